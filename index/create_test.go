package index

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deadPID can never be a process on Linux (pid_max is at most 2^22).
const deadPID = "4194305"

func names(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, d := range des {
		out = append(out, d.Name())
	}
	sort.Strings(out)
	return out
}

// applyAndReopen writes the sample batch, closes, and checks a fresh Open
// reads it back.
func applyAndReopen(t *testing.T, dir string, ix *Index) {
	t.Helper()
	ctx := context.Background()
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	ix, err = Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	defer ix.Close()
	e, v := ix.Count()
	assert.Equal(t, []int{1, 3}, []int{e, v})
}

func TestCreateLeavesOnlyTheIndex(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "ix")
	ix, err := Open(context.Background(), Options{Path: dir})
	require.NoError(t, err)
	assert.Equal(t, []string{"ix"}, names(t, parent), "no temporary sibling is left behind")
	assert.Equal(t, []string{metaFile, storeDir}, names(t, dir))
	applyAndReopen(t, dir, ix)
}

func TestCreateAfterACrashMidCreation(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "ix")
	// A crash while building: a half-built sibling of a dead process...
	half := filepath.Join(parent, ".ix.creating-"+deadPID+"-0a1b2c")
	require.NoError(t, os.MkdirAll(filepath.Join(half, storeDir), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(half, metaFile), []byte(`{"storage":`), 0o644))
	// ...and a crash while moving a store in beside a journal: the target
	// has a store but no index_meta.json.
	require.NoError(t, os.MkdirAll(filepath.Join(dir, storeDir), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, storeDir, "root.bolt"), []byte("torn"), 0o644))
	j, err := journal.Open(filepath.Join(dir, "journal"))
	require.NoError(t, err)
	at := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	_, err = j.AddSpecialists(context.Background(), store.Specialist{ID: "sara"})
	require.NoError(t, err)
	_, err = j.AddContacts(context.Background(), employer.Contact{ID: "c1", EmployerID: "e1", Specialist: "sara", At: at,
		Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction})
	require.NoError(t, err)
	require.NoError(t, j.Close())

	ix, err := Open(context.Background(), Options{Path: dir})
	require.NoError(t, err)
	assert.Equal(t, []string{"ix"}, names(t, parent), "the dead process's half-built folder is removed")
	assert.Equal(t, []string{metaFile, "journal", storeDir}, names(t, dir))
	applyAndReopen(t, dir, ix)

	j, err = journal.Open(filepath.Join(dir, "journal"))
	require.NoError(t, err)
	defer j.Close()
	cs, err := j.Contacts(context.Background(), store.Filter{})
	require.NoError(t, err)
	assert.Len(t, cs, 1, "the journal beside the index is kept")
}

func TestCreateInAnEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(context.Background(), Options{Path: dir})
	require.NoError(t, err)
	assert.Equal(t, []string{metaFile, storeDir}, names(t, dir))
	applyAndReopen(t, dir, ix)
}

func TestCreateRefusesAFolderOfOtherFiles(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "mine")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, storeDir), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, storeDir, "groceries.txt"), []byte("milk"), 0o644))
	_, err := Open(context.Background(), Options{Path: dir})
	require.ErrorIs(t, err, ErrNotIndex, "a store folder that is not bleve's is the user's")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o644))
	require.NoError(t, os.RemoveAll(filepath.Join(dir, storeDir)))
	_, err = Open(context.Background(), Options{Path: dir})
	require.ErrorIs(t, err, ErrNotIndex)
	assert.Contains(t, err.Error(), "notes.txt")
	assert.Equal(t, []string{"notes.txt"}, names(t, dir), "nothing written into or deleted from a user's folder")
	assert.Equal(t, []string{"mine"}, names(t, parent))
}

func TestOpenRebuildsAnIndexLeftIncompleteByInPlaceCreation(t *testing.T) {
	ctx := context.Background()
	m := buildMapping()

	// Stopped after bleve wrote its mapping, before the mapping version.
	noVersion := filepath.Join(t.TempDir(), "ix")
	bi, err := bleve.NewUsing(noVersion, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, nil)
	require.NoError(t, err)
	require.NoError(t, bi.Close())
	ix, err := Open(ctx, Options{Path: noVersion})
	require.NoError(t, err, "an index with no version and no document was never finished")
	applyAndReopen(t, noVersion, ix)

	// Stopped after index_meta.json, before the mapping reached the store.
	noMapping := filepath.Join(t.TempDir(), "ix")
	require.NoError(t, os.MkdirAll(noMapping, 0o755))
	meta, err := os.ReadFile(filepath.Join(noVersion, metaFile))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(noMapping, metaFile), meta, 0o644))
	ix, err = Open(ctx, Options{Path: noMapping})
	require.NoError(t, err, "an index with no mapping was never finished")
	applyAndReopen(t, noMapping, ix)
}

func TestOpenKeepsAnUnversionedIndexThatHasDocuments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	bi, err := bleve.NewUsing(dir, buildMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, nil)
	require.NoError(t, err)
	require.NoError(t, bi.Index("v/x", map[string]any{"kind": "vacancy"}))
	require.NoError(t, bi.Close())
	_, err = Open(context.Background(), Options{Path: dir})
	require.ErrorIs(t, err, ErrMappingVersion, "documents are never thrown away to rebuild")

	bi, err = bleve.Open(dir)
	require.NoError(t, err)
	defer bi.Close()
	n, err := bi.DocCount()
	require.NoError(t, err)
	assert.Equal(t, uint64(1), n)
}

func TestConcurrentCreatorsOneWins(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	var wg sync.WaitGroup
	res := make([]error, 4)
	ixs := make([]*Index, 4)
	for i := range res {
		wg.Go(func() {
			ixs[i], res[i] = Open(context.Background(), Options{Path: dir, LockTimeout: 100 * time.Millisecond})
		})
	}
	wg.Wait()
	won := 0
	for i, err := range res {
		if err == nil {
			won++
			require.NoError(t, ixs[i].Close())
			continue
		}
		require.ErrorIs(t, err, ErrLocked)
	}
	assert.Equal(t, 1, won)
	assert.Equal(t, []string{"ix"}, names(t, filepath.Dir(dir)))
	ix, err := Open(context.Background(), Options{Path: dir})
	require.NoError(t, err)
	applyAndReopen(t, dir, ix)
}
