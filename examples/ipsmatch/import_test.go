package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/workspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const importData = "testdata/import"

// importJSON runs import --json and returns its summary.
func importJSON(t *testing.T, wantCode int, args ...string) workspace.Report {
	t.Helper()
	out, stderr, code := runCLI(t, append([]string{"import", "--json"}, args...)...)
	require.Equal(t, wantCode, code, stderr)
	var sum workspace.Report
	require.NoError(t, json.Unmarshal([]byte(out), &sum), out)
	return sum
}

// openIndex opens an index the CLI wrote, for checks, and closes it after
// the test.
func openIndex(t *testing.T, dir string) *index.Index {
	t.Helper()
	ix, err := index.Open(context.Background(), index.Options{Path: dir})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

func TestImportJSONLDVariantsThenMatch(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runCLI(t, "import", "--into", dir, importData+"/jsonld")
	require.Equal(t, 0, code, stderr)
	for _, f := range []string{"array.json (jsonld)", "graph.json (jsonld)", "object.json (jsonld)", "page.html (html)"} {
		assert.Contains(t, out, f)
	}
	assert.Contains(t, stderr, "skipped testdata/import/jsonld/array.json #3: no title")
	assert.Contains(t, out, "flags: no coordinates 1", "the warehouse posting has no geo")
	assert.Contains(t, out, "not mapped: jobBenefits 1")
	assert.Contains(t, out, "total: 4 files, 10 imported, 0 updated, 0 unchanged, 1 skipped, 0 failed")

	out, stderr, code = runCLI(t, "match", "--index", dir, "--client", importData+"/client.json", "--json", "--today", "2025-03-20")
	require.Equal(t, 0, code, stderr)
	var res match.Results
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	var got []string
	for _, r := range res.Results {
		got = append(got, r.ID)
	}
	assert.ElementsMatch(t, []string{"jp-KP-1", "jp-AC-2", "jp-LP-4", "jp-KA-5"}, got,
		"the Italian client's words find the kitchen jobs of every variant, in English and Italian")
}

func TestImportVerboseListsEveryNote(t *testing.T) {
	out, stderr, code := runCLI(t, "import", "--into", t.TempDir(), "--verbose", importData+"/jsonld/object.json")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "object.json jp-KP-1: unmapped jobBenefits: 'Staff meal' not mapped")
}

func TestImportCSVWithSemicolonsAndBOM(t *testing.T) {
	dir := t.TempDir()
	sum := importJSON(t, 0, "--into", dir, importData+"/csv")
	require.Len(t, sum.Files, 2)
	assert.Equal(t, "csv-employers", sum.Files[0].Format)
	assert.Equal(t, "csv-vacancies", sum.Files[1].Format)
	assert.Equal(t, 4, sum.Total.Added)

	ix := openIndex(t, dir)
	emp, ok := ix.Employer("emp-1")
	require.True(t, ok, "the BOM does not end up in the id column's name")
	assert.InDelta(t, 44.49, emp.Location.Lat, 1e-9, "decimal comma")
	v, ok := ix.Vacancy("vac-1")
	require.True(t, ok)
	assert.InDelta(t, 9.8, v.Pay.Min, 1e-9)
	assert.Equal(t, "2025-04-30", v.ValidThrough.String(), "DD/MM/YYYY")
}

func TestImportBadFileWritesNothingFromIt(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runCLI(t, "import", "--into", dir, importData+"/bad")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "failed testdata/import/bad/vacancies_bad.csv line 3")
	assert.Contains(t, stderr, "the row has 5 columns, the header has 4")
	assert.Contains(t, out, "employers_good.csv (csv-employers): 1 imported")
	assert.Contains(t, out, "vacancies_bad.csv (csv-vacancies): failed, nothing written")

	ix := openIndex(t, dir)
	_, ok := ix.Employer("emp-7")
	assert.True(t, ok, "the good file in the same run is imported")
	_, ok = ix.Vacancy("vac-70")
	assert.False(t, ok, "not even the good row before the bad one is written")
}

func TestReimportIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	first := importJSON(t, 0, "--into", dir, importData+"/jsonld", importData+"/csv")
	again := importJSON(t, 0, "--into", dir, importData+"/jsonld", importData+"/csv")
	assert.Positive(t, first.Total.Added)
	assert.Zero(t, again.Total.Added)
	assert.Zero(t, again.Total.Updated)
	assert.Equal(t, first.Total.Added, again.Total.Unchanged)
	assert.Equal(t, first.Total.Skipped, again.Total.Skipped)
}

func TestImportNeverOverwritesAKnownEmployer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	importJSON(t, 0, "--into", dir, importData+"/jsonld/object.json")
	ix, err := index.Open(ctx, index.Options{Path: dir})
	require.NoError(t, err)
	v, _ := ix.Vacancy("jp-KP-1")
	emp, ok := ix.Employer(v.EmployerID)
	require.True(t, ok)
	known := *emp
	known.Notes = "met the owner on Tuesday"
	_, err = ix.Apply(ctx, index.Batch{Employers: []employer.Employer{known}})
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	sum := importJSON(t, 0, "--into", dir, importData+"/jsonld/object.json")
	assert.Equal(t, 2, sum.Total.Unchanged)
	ix = openIndex(t, dir)
	emp, _ = ix.Employer(v.EmployerID)
	assert.Equal(t, "met the owner on Tuesday", emp.Notes, "what the team recorded is kept")
}

func TestImportUsage(t *testing.T) {
	unknown := filepath.Join(t.TempDir(), "data.csv")
	require.NoError(t, os.WriteFile(unknown, []byte("id\n"), 0o600))
	_, stderr, code := runCLI(t, "import", "--into", t.TempDir(), unknown)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "cannot tell what")

	_, _, code = runCLI(t, "import", importData+"/csv")
	assert.Equal(t, 2, code, "--into is required")

	sum := importJSON(t, 0, "--into", t.TempDir(), "--format", "csv-vacancies", "--sep", ";",
		"--headers", "Codice=id,Titolo=title", writeFile(t, "annunci.csv", "Codice;Titolo\nx1;Lavapiatti\n"))
	assert.Equal(t, 1, sum.Total.Added)
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

func TestUnderstandItalianKitchenWords(t *testing.T) {
	out, stderr, code := runCLI(t, "understand", "lavoro in cucina")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "kitchen-assistant")
	assert.Contains(t, out, "cucina (it)")

	out, _, code = runCLI(t, "understand", "--json", "lavoro in cucina", "zzz")
	require.Equal(t, 0, code)
	var got []understood
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 2)
	require.NotEmpty(t, got[0].Readings)
	assert.Equal(t, "9412", got[0].Readings[0].ISCO)
	assert.Equal(t, "it", got[0].Readings[0].Lang)
	assert.Empty(t, got[1].Readings)
}

func TestTaxonomyCommandSwitchesTheIndexToESCO(t *testing.T) {
	dir := t.TempDir()
	importJSON(t, 0, "--into", dir, importData+"/jsonld")
	out, stderr, code := runCLI(t, "taxonomy", "--esco", "../../index/taxonomy/testdata/esco-tiny", "--into", dir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "loaded ESCO from ../../index/taxonomy/testdata/esco-tiny: 5 occupations")
	assert.Contains(t, out, "re-read 5 vacancies")

	out, stderr, code = runCLI(t, "understand", "--index", dir, "scullery hand")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "9412.9", "the index now reads ESCO labels")
}

func TestImportContactsIntoTheJournal(t *testing.T) {
	dir := t.TempDir()
	importJSON(t, 0, "--into", dir, importData+"/csv/employers.csv")
	good := writeFile(t, "contacts.csv", "id;employer_id;specialist;date;type;purpose\n"+
		"c1;emp-1;marco.bianchi;03/03/2025;face_to_face;introduction\n"+
		"c2;emp-2;marco.bianchi;05/03/2025;face_to_face;learn_business\n")
	bad := writeFile(t, "contacts_unknown.csv", "id,employer_id,specialist,date,type,purpose\n"+
		"c3,emp-1,marco.bianchi,2025-03-06,phone,thank_you\n"+
		"c4,emp-99,marco.bianchi,2025-03-06,phone,introduction\n")
	// The roster comes last on the command line: files are imported in
	// dependency order, so the contacts still find their specialist.
	roster := writeFile(t, "specialists.jsonl", `{"id":"marco.bianchi","name":"Marco Bianchi"}`+"\n")
	out, stderr, code := runCLI(t, "import", "--into", dir, good, bad, roster)
	assert.Equal(t, 1, code)
	assert.Less(t, strings.Index(out, "specialists.jsonl"), strings.Index(out, "contacts.csv"), "the roster is written first")
	assert.Contains(t, out, "(csv-contacts): 2 imported")
	assert.Contains(t, stderr, `record "c4": field "employer_id"`)

	j, err := journal.Open(filepath.Join(dir, "journal"))
	require.NoError(t, err)
	defer j.Close()
	cs, err := j.Contacts(context.Background(), store.Filter{})
	require.NoError(t, err)
	assert.Len(t, cs, 2, "nothing from the file with an unknown employer")
}
