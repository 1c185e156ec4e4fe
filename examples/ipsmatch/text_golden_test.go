package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runAt runs one command line laid out for width columns, with the given
// environment (nil: none), and returns stdout, stderr and the exit code.
func runAt(t *testing.T, width int, environ map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, width: width, getenv: func(k string) string { return environ[k] }}
	code := run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

// TestTextGolden pins what a specialist reads for a demo client's match
// and leads, a specialist's plan and the team's report, in each language
// at 80 and 120 columns (rerun with -update to accept a change), and that
// no line is wider than the terminal.
func TestTextGolden(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	commands := map[string][]string{
		"match":  {"match", "--client", "lucia", "--limit", "5"},
		"leads":  {"leads", "--client", "karim", "--limit", "5"},
		"plan":   {"plan", "--specialist", "anna.rossi"},
		"report": {"report"},
	}
	for name, args := range commands {
		for _, lang := range []string{"en", "it", "es", "da"} {
			for _, width := range []int{80, 120} {
				t.Run(fmt.Sprintf("%s-%s-%d", name, lang, width), func(t *testing.T) {
					out, stderr, code := runAt(t, width, nil, append(args, "--lang", lang, "--today", demo.Today)...)
					require.Equal(t, 0, code, stderr)
					for i, line := range strings.Split(out, "\n") {
						assert.LessOrEqual(t, utf8.RuneCountInString(line), width, "line %d is wider than the terminal: %q", i+1, line)
					}
					golden := filepath.Join("testdata", "golden", "text", fmt.Sprintf("%s-%s-%d.txt", name, lang, width))
					if *update {
						require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
						require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
					}
					want, err := os.ReadFile(golden)
					require.NoError(t, err, "run go test ./examples/ipsmatch -run TestTextGolden -update")
					assert.Equal(t, string(want), out)
				})
			}
		}
	}
}

// An id the next command needs is never cut, however narrow the terminal.
func TestTablesNeverCutIDs(t *testing.T) {
	out, stderr, code := runAt(t, 80, nil, "leads", "--client", "karim", "--today", demo.Today, "--json")
	require.Equal(t, 0, code, stderr)
	text, _, _ := runAt(t, 60, nil, "leads", "--client", "karim", "--today", demo.Today)
	for _, id := range []string{"supermercato-sole", "caffe-aurora"} {
		require.Contains(t, out, id)
		assert.Contains(t, text, "  "+id+"  ", "the table shows %s whole", id)
	}
}

func TestWidthFromColumns(t *testing.T) {
	e := &env{getenv: func(k string) string { return map[string]string{"COLUMNS": "132"}[k] }}
	assert.Equal(t, 132, e.columns())
	e = &env{getenv: func(string) string { return "" }}
	assert.Equal(t, defaultWidth, e.columns(), "no terminal and no COLUMNS")
	e = &env{width: 90}
	assert.Equal(t, 90, e.columns(), "an explicit width wins")
}

func TestLanguageFromEnvironment(t *testing.T) {
	out, stderr, code := runAt(t, 100, map[string]string{"LANG": "it_IT.UTF-8"}, "match", "--client", "lucia", "--limit", "1", "--today", demo.Today)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Offerte di lavoro per l'utente lucia al 23/11/2026")
	out, _, _ = runAt(t, 100, map[string]string{"LANG": "it_IT.UTF-8", "LC_ALL": "da_DK.UTF-8"}, "match", "--client", "lucia", "--limit", "1", "--lang", "es", "--today", demo.Today)
	assert.Contains(t, out, "Vacantes para el usuario lucia al 23/11/2026", "--lang wins over LC_ALL and LANG")
	_, stderr, code = runAt(t, 100, nil, "match", "--client", "lucia", "--lang", "fr")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unsupported language")
}

// A reason's structured form (factor, effect, score) is the same in every
// language; only its text is translated.
func TestReasonsStructureIsLanguageNeutral(t *testing.T) {
	type reason struct {
		Factor string  `json:"factor"`
		Effect string  `json:"effect"`
		Score  float64 `json:"score"`
		Text   string  `json:"text"`
	}
	type doc struct {
		Results []struct {
			ID      string   `json:"id"`
			Reasons []reason `json:"reasons"`
		} `json:"results"`
	}
	read := func(lang string) doc {
		out, stderr, code := runAt(t, 100, nil, "match", "--client", "lucia", "--limit", "5", "--json", "--lang", lang, "--today", demo.Today)
		require.Equal(t, 0, code, stderr)
		var d doc
		require.NoError(t, json.Unmarshal([]byte(out), &d))
		return d
	}
	en, it := read("en"), read("it")
	require.Equal(t, len(en.Results), len(it.Results))
	commute := 0
	for i := range en.Results {
		require.Equal(t, en.Results[i].ID, it.Results[i].ID, "the ranking does not depend on the language")
		require.Equal(t, len(en.Results[i].Reasons), len(it.Results[i].Reasons))
		for j, r := range en.Results[i].Reasons {
			ir := it.Results[i].Reasons[j]
			assert.Equal(t, []any{r.Factor, r.Effect, r.Score}, []any{ir.Factor, ir.Effect, ir.Score})
			if r.Factor == "commute" {
				commute++
				assert.Contains(t, r.Text, "within the client's limit of")
				assert.Contains(t, ir.Text, "entro il limite dell'utente di")
			}
		}
	}
	assert.Positive(t, commute, "lucia's vacancies have a commute reason")
}
