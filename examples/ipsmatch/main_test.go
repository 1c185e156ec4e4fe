package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// runCLI runs one command line and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb, getenv: noEnv}, args)
	return out.String(), errb.String(), code
}

// noEnv is an environment with no LANG, LC_ALL or COLUMNS, so that tests
// see English at the default width wherever they run.
func noEnv(string) string { return "" }

// TestMatchGolden pins the JSON contract and the ranking for every demo
// client: any change to scoring shows up here as a diff to review (rerun
// with -update to accept it).
func TestMatchGolden(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	clients, err := demo.Clients()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(clients), 8)
	for _, c := range clients {
		t.Run(c.ID, func(t *testing.T) {
			out, stderr, code := runCLI(t, "match", "--client", c.ID, "--json", "--limit", "10", "--today", demo.Today)
			require.Equal(t, 0, code, stderr)
			var doc map[string]any
			require.NoError(t, json.Unmarshal([]byte(out), &doc), "output is JSON")
			for _, k := range []string{"client", "today", "results", "excluded"} {
				require.Contains(t, doc, k)
			}
			for _, r := range doc["results"].([]any) {
				for _, k := range []string{"rank", "id", "employer_id", "title", "score", "action", "distance_km", "commute_minutes", "reasons"} {
					require.Contains(t, r, k)
				}
			}
			golden := filepath.Join("testdata", "golden", "match-"+c.ID+".json")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./examples/ipsmatch -run TestMatchGolden -update")
			assert.JSONEq(t, string(want), out)
		})
	}
}

func TestMatchTableOnDemo(t *testing.T) {
	out, stderr, code := runCLI(t, "match", "--client", "lucia", "--limit", "3")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Vacancies for client lucia on "+demo.Today)
	assert.Contains(t, out, "specialist may introduce")
	assert.Contains(t, out, "left out:")
}

func TestUnknownClientListsKnownOnes(t *testing.T) {
	_, stderr, code := runCLI(t, "match", "--client", "nobody")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `no client "nobody"; known clients: amina`)
}

func TestUsageErrors(t *testing.T) {
	_, stderr, code := runCLI(t, "match", "--limit", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage: ipsmatch match")
	_, _, code = runCLI(t, "frobnicate")
	assert.Equal(t, 2, code)
}

func TestClientsListsDemo(t *testing.T) {
	out, _, code := runCLI(t, "clients")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "karim")
	assert.Contains(t, out, "anything nearby")
}

// copyDemo writes the demo town's data files into a new folder.
func copyDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "clients"), 0o755))
	for _, n := range []string{"specialists.jsonl", "employers.jsonl", "vacancies.jsonl", "contacts.jsonl", "placements.jsonl"} {
		b, err := os.ReadFile(filepath.Join("..", "demo", "data", n))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), b, 0o644))
	}
	names, _ := filepath.Glob(filepath.Join("..", "demo", "data", "clients", "*.json"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "clients", filepath.Base(n)), b, 0o644))
	}
	return dir
}

// Building an index from a folder, then importing a folder with one bad
// record: the error names file, line and field, nothing from the bad batch
// is written and nothing already stored is lost.
func TestIndexBadFolderLosesNothing(t *testing.T) {
	data := copyDemo(t)
	ix := filepath.Join(t.TempDir(), "ix")
	out, stderr, code := runCLI(t, "index", "--data", data, "--index", ix)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "indexed 131 employers and 440 vacancies")

	before, _, code := runCLI(t, "match", "--index", ix, "--client", "lucia", "--json", "--today", demo.Today)
	require.Equal(t, 0, code)

	bad := t.TempDir()
	good := `{"id":"new-1","title":"Kitchen porter","location":{"lat":44.49,"lon":11.34}}`
	broken := `{"id":"new-2","title":"Cook","location":{"lat":144.49,"lon":11.34}}`
	require.NoError(t, os.WriteFile(filepath.Join(bad, "vacancies.jsonl"), []byte(good+"\n"+broken+"\n"), 0o644))
	_, stderr, code = runCLI(t, "index", "--data", bad, "--index", ix)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `vacancies.jsonl line 2: record "new-2": field "location.lat"`)

	after, _, code := runCLI(t, "match", "--index", ix, "--client", "lucia", "--json", "--today", demo.Today)
	require.Equal(t, 0, code)
	assert.JSONEq(t, before, after, "the index is as it was")
	assert.NotContains(t, after, "new-1")

	// Re-indexing the same folder is idempotent.
	out, stderr, code = runCLI(t, "index", "--data", data, "--index", ix)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "0 added, 0 updated, 571 unchanged")
}

func TestIndexRefusesAnotherMappingVersion(t *testing.T) {
	_, stderr, code := runCLI(t, "match", "--index", t.TempDir(), "--client", "lucia")
	assert.Equal(t, 1, code)
	assert.True(t, strings.Contains(stderr, "is not an ipsmatch index"), stderr)
}
