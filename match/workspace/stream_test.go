package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallParts makes batches of n records for one test, so that a few lines
// stand for a file of hundreds of thousands.
func smallParts(t *testing.T, n int) {
	old := partSize
	partSize = n
	t.Cleanup(func() { partSize = old })
}

func writeLines(t *testing.T, name string, lines []string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o600))
	return p
}

func vacancyLines(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf(`{"id":"big-%02d","employer_id":"bakery","title":"Kitchen porter %d","location":{"lat":44.4949,"lon":11.3426},"posted":"2026-11-10"}`, i, i))
	}
	return out
}

func importOne(t *testing.T, w *Workspace, path string) FileReport {
	t.Helper()
	rep, err := w.ImportFiles(context.Background(), []string{path}, FileOptions{})
	require.NoError(t, err)
	require.Len(t, rep.Files, 1)
	return rep.Files[0]
}

func TestLargeFileIsWrittenInBatches(t *testing.T) {
	smallParts(t, 3)
	w, _ := newIndex(t)
	_, before := w.Index.Count()
	f := importOne(t, w, writeLines(t, "vacancies.jsonl", vacancyLines(10)))
	require.Empty(t, f.Error)
	assert.Equal(t, 4, f.Batches, "10 vacancies in batches of 3")
	assert.Equal(t, 10, f.Added)
	_, after := w.Index.Count()
	assert.Equal(t, before+10, after)

	again := importOne(t, w, writeLines(t, "vacancies.jsonl", vacancyLines(10)))
	assert.Equal(t, 10, again.Unchanged, "importing again writes nothing twice")
}

func TestBadRecordLateInALargeFileWritesNothing(t *testing.T) {
	smallParts(t, 3)
	for name, bad := range map[string]string{
		"invalid":   `{"id":"big-x","employer_id":"bakery","title":"","posted":"2026-11-10"}`,
		"unknown":   `{"id":"big-x","employer_id":"bakery","title":"Porter","salary":12}`,
		"duplicate": vacancyLines(1)[0],
	} {
		t.Run(name, func(t *testing.T) {
			w, _ := newIndex(t)
			_, before := w.Index.Count()
			lines := append(vacancyLines(10), bad)
			f := importOne(t, w, writeLines(t, "vacancies.jsonl", lines))
			require.NotEmpty(t, f.Error)
			assert.Contains(t, f.Error, "line 11", "the error names the line")
			assert.Zero(t, f.Batches)
			assert.Zero(t, f.Added)
			_, after := w.Index.Count()
			assert.Equal(t, before, after, "the first nine batches' worth was not written either")
		})
	}
}

func TestForbiddenContactLateInALargeFileRecordsNothing(t *testing.T) {
	smallParts(t, 2)
	w, _ := newIndex(t)
	before := len(contacts(t, w))
	var lines []string
	for i := range 7 {
		lines = append(lines, fmt.Sprintf(`{"id":"bulk-%d","employer_id":"bakery","specialist":"anna.rossi","at":"2026-11-1%dT10:00:00Z","type":"phone","purpose":"thank_you"}`, i, i))
	}
	// luca chose not to disclose: no one presents him to an employer.
	lines = append(lines, `{"id":"bulk-x","employer_id":"shop","specialist":"anna.rossi","at":"2026-11-20T10:00:00Z","type":"face_to_face","purpose":"present_candidate","client_id":"luca"}`)
	f := importOne(t, w, writeLines(t, "contacts.jsonl", lines))
	require.ErrorIs(t, f.Err, match.ErrDisclosureForbids)
	assert.NotContains(t, f.Error, "wrote", "nothing was written, so nothing is claimed")
	assert.Len(t, contacts(t, w), before, "the seven allowed contacts before it were not recorded either")

	f = importOne(t, w, writeLines(t, "contacts.jsonl", lines[:7]))
	require.Empty(t, f.Error)
	assert.Equal(t, 4, f.Batches)
	assert.Len(t, contacts(t, w), before+7)
}

func TestJSONLDPostingsAreWrittenInBatches(t *testing.T) {
	smallParts(t, 4)
	w, _ := newIndex(t)
	_, before := w.Index.Count()
	var ps []string
	for i := range 9 {
		ps = append(ps, fmt.Sprintf(`{"@type":"JobPosting","identifier":"p%d","title":"Cameriere %d","datePosted":"2026-11-01",`+
			`"hiringOrganization":{"@type":"Organization","name":"Trattoria %d"},`+
			`"jobLocation":{"@type":"Place","geo":{"latitude":44.49,"longitude":11.34}}}`, i, i, i%2))
	}
	p := filepath.Join(t.TempDir(), "feed.json")
	require.NoError(t, os.WriteFile(p, []byte("["+strings.Join(ps, ",")+"]"), 0o600))
	f := importOne(t, w, p)
	require.Empty(t, f.Error)
	assert.Equal(t, 11, f.Added, "9 vacancies and the 2 employers they name")
	assert.GreaterOrEqual(t, f.Batches, 3)
	_, after := w.Index.Count()
	assert.Equal(t, before+9, after)
}

// stoppingGeocoder places every address, and stops the import (as a
// kill or Ctrl-C would) at its nth call.
type stoppingGeocoder struct {
	calls, n int
	stop     context.CancelFunc
}

func (g *stoppingGeocoder) Geocode(context.Context, string) ([]geocode.Result, error) {
	g.calls++
	if g.calls == g.n {
		g.stop()
	}
	return []geocode.Result{{Location: geocode.Point{Lat: 44.49, Lon: 11.34}, Precision: geocode.Street, Label: "Bologna"}}, nil
}

func TestStoppedWhileWritingLeavesWholeBatchesAndSaysSo(t *testing.T) {
	smallParts(t, 3)
	w, _ := newIndex(t)
	_, before := w.Index.Count()
	var lines []string
	for i := range 10 {
		lines = append(lines, fmt.Sprintf(`{"id":"addr-%02d","employer_id":"bakery","title":"Porter %d","address":"Via Emilia %d, Bologna","posted":"2026-11-10"}`, i, i, i))
	}
	path := writeLines(t, "vacancies.jsonl", lines)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	g := &stoppingGeocoder{n: 8, stop: cancel} // in the third batch
	rep, err := w.ImportFiles(ctx, []string{path}, FileOptions{ImportOptions: ImportOptions{Geocoder: g}})
	if err == nil {
		require.Len(t, rep.Files, 1)
		err = rep.Files[0].Err
	}
	require.ErrorIs(t, err, context.Canceled)
	require.Len(t, rep.Files, 1)
	f := rep.Files[0]
	assert.Equal(t, 2, f.Batches)
	assert.Equal(t, 6, f.Added, "the report counts what the two whole batches wrote")
	assert.Contains(t, f.Error, "2 batches of 6 records were written before it")
	_, after := w.Index.Count()
	assert.Equal(t, before+6, after, "whole batches only")

	rep, err = w.ImportFiles(context.Background(), []string{path},
		FileOptions{ImportOptions: ImportOptions{Geocoder: &stoppingGeocoder{n: -1}}})
	require.NoError(t, err)
	f = rep.Files[0]
	require.Empty(t, f.Error)
	assert.Equal(t, 4, f.Added, "importing again finishes the rest")
	assert.Equal(t, 6, f.Unchanged)
}
