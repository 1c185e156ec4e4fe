package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A vacancy title holding an escape sequence that would clear the screen
// is printed as visible text in the table, and kept intact in JSON.
func TestTerminalEscapesInTitlesAreShownNotObeyed(t *testing.T) {
	data := copyDemo(t)
	path := filepath.Join(data, "vacancies.jsonl")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	b = []byte(strings.ReplaceAll(string(b), `"title":"`, `"title":"\u001b[2J\u0007`))
	require.NoError(t, os.WriteFile(path, b, 0o644))

	out, stderr, code := runCLI(t, "match", "--data", data, "--client", "lucia", "--today", demo.Today)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `\x1b[2J\x07`)
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\x07")

	out, stderr, code = runCLI(t, "match", "--data", data, "--client", "lucia", "--json", "--today", demo.Today)
	require.Equal(t, 0, code, stderr)
	var doc struct {
		Results []struct{ Title string } `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.NotEmpty(t, doc.Results)
	assert.True(t, strings.HasPrefix(doc.Results[0].Title, "\x1b[2J\a"), "JSON keeps the title as it is: %q", doc.Results[0].Title)
}

// An error about a record in a folder whose name holds an escape sequence,
// with an id that holds more, shows them escaped on stderr.
func TestTerminalEscapesInErrorsAreShownNotObeyed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data\x1b[2J")
	require.NoError(t, os.Mkdir(dir, 0o755))
	bad := `{"id":"v\u001b]0;pwned\u0007","title":"Cook","location":{"lat":144.49,"lon":11.34}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "vacancies.jsonl"), []byte(bad+"\n"), 0o644))
	_, stderr, code := runCLI(t, "index", "--data", dir, "--index", filepath.Join(t.TempDir(), "ix"))
	require.Equal(t, 1, code)
	assert.Contains(t, stderr, `data\x1b[2J`)
	assert.Contains(t, stderr, `v\x1b]0;pwned\a`, "%q quotes the id")
	assert.NotContains(t, stderr, "\x1b")
	assert.NotContains(t, stderr, "\x07")
}
