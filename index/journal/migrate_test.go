package journal_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// legacy is a file as the journal wrote it before schema 2: no header, one
// committed line per record, a job's end as the placement again, and a
// line torn by a crash at the end.
const legacy = `{"kind":"contact","record":{"id":"c1","employer_id":"e1","specialist":"anna","at":"2025-03-01T09:30:00Z","type":"face_to_face","purpose":"introduction"}}
{"kind":"placement","record":{"id":"p1","client_id":"c-01","employer_id":"e1","title":"kitchen porter","hours":18,"start":"2025-04-01"}}
{"kind":"contact","record":{"id":"c2","employer_id":"e1","specialist":"marco","at":"2025-03-02T09:30:00Z","type":"phone","purpose":"learn_business"}}
{"kind":"placement","record":{"id":"p1","client_id":"c-01","employer_id":"e1","title":"kitchen porter","hours":18,"start":"2025-04-01","end":"2025-05-01","end_reason":"quit"}}
{"kind":"contact","record":{"id":"c3","emplo`

func TestLegacyFileIsReadAndMigratedOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, journal.FileName)
	require.NoError(t, os.WriteFile(path, []byte(legacy), 0o644))

	r, err := journal.OpenReadOnly(dir)
	require.NoError(t, err)
	defer r.Close()
	check := func(s store.Store, who string) {
		t.Helper()
		cs, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Equal(t, []string{"c1", "c2"}, contactIDs(cs), who)
		p, err := s.Placement(ctx, "p1")
		require.NoError(t, err)
		assert.Equal(t, "2025-05-01", p.End.String(), who)
		vs, err := s.Versions(ctx, store.KindPlacement, "p1")
		require.NoError(t, err)
		assert.Len(t, vs, 2, who)
		assert.Equal(t, store.OpEnd, vs[1].Op, who)
		roster, err := s.Specialists(ctx)
		require.NoError(t, err)
		assert.Equal(t, []store.Specialist{{ID: "anna"}, {ID: "marco"}}, roster, "%s: the specialists the log names", who)
	}
	check(r, "a reader of the old file")
	assert.Equal(t, legacy, read(t, dir), "a reader does not migrate")

	w, err := journal.Open(dir)
	require.NoError(t, err)
	check(w, "the writer that migrated it")
	migrated := read(t, dir)
	assert.True(t, strings.HasPrefix(migrated, `{"journal":"ipsmatch","schema":2}`+"\n"), migrated)
	assert.NotContains(t, migrated, `"c3"`, "the torn line is left behind")
	leftovers, err := filepath.Glob(filepath.Join(dir, "*.tmp"))
	require.NoError(t, err)
	assert.Empty(t, leftovers)
	check(r, "a reader after the file was replaced")
	_, err = w.AddContacts(ctx, contact("c4", "2025-03-04T09:30:00Z"))
	require.NoError(t, err)
	require.NoError(t, w.Close())

	w, err = journal.Open(dir)
	require.NoError(t, err)
	defer w.Close()
	assert.True(t, strings.HasPrefix(read(t, dir), migrated), "migrated once: the second open appends")
	cs, err := r.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, []string{"c1", "c2", "c4"}, contactIDs(cs))
}

func TestNewerSchemaIsRefused(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, journal.FileName), []byte(`{"journal":"ipsmatch","schema":3}`+"\n"), 0o644))
	for _, opener := range []func(string) (*journal.Journal, error){journal.Open, journal.OpenReadOnly} {
		_, err := opener(dir)
		require.ErrorIs(t, err, store.ErrSchemaVersion)
		assert.ErrorContains(t, err, journal.FileName)
		assert.ErrorContains(t, err, "schema 3")
		assert.NotErrorIs(t, err, store.ErrCorrupt, "a newer file is not a broken one")
	}
}
