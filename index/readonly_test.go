package index

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func moreVacancies(from, n int) Batch {
	var b Batch
	for i := range n {
		b.Vacancies = append(b.Vacancies, employer.Vacancy{ID: fmt.Sprintf("w%04d", from+i), Title: "Warehouse operative"})
	}
	return b
}

// A reader opens an index that a writer holds, sees it as it was when it
// opened while the writer goes on, and cannot write; the writer's own
// lock still keeps a second writer out.
func TestReadersBesideAWriter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	w, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	defer w.Close()
	_, err = w.Apply(ctx, sampleBatch())
	require.NoError(t, err)

	r1, err := Open(ctx, Options{Path: dir, ReadOnly: true})
	require.NoError(t, err, "a reader opens while the writer holds the index")
	_, n := r1.Count()
	assert.Equal(t, 3, n)
	got, ok := r1.Vacancy("v1")
	require.True(t, ok)
	assert.Equal(t, "Kitchen porter", got.Title)

	for i := range 20 { // enough batches for the writer to merge segments
		_, err = w.Apply(ctx, moreVacancies(i*50, 50))
		require.NoError(t, err)
	}
	_, n = r1.Count()
	assert.Equal(t, 3, n, "a reader sees the index as it was when it opened")
	r2, err := Open(ctx, Options{Path: dir, ReadOnly: true})
	require.NoError(t, err)
	_, n = r2.Count()
	assert.Equal(t, 1003, n, "a new reader sees every batch written before it opened")

	_, err = r1.Apply(ctx, moreVacancies(5000, 1))
	assert.ErrorIs(t, err, ErrReadOnly)

	_, err = Open(ctx, Options{Path: dir, LockTimeout: 200 * time.Millisecond})
	assert.ErrorIs(t, err, ErrLocked, "a second writer is still refused")

	require.NoError(t, r1.Close())
	require.NoError(t, r2.Close())
	left, _ := os.ReadDir(filepath.Join(dir, readersDir))
	assert.Empty(t, left, "readers leave no snapshot behind")
}

func TestReadOnlyNeedsAnIndex(t *testing.T) {
	_, err := Open(context.Background(), Options{Path: t.TempDir(), ReadOnly: true})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = Open(context.Background(), Options{ReadOnly: true})
	assert.Error(t, err, "an index in memory has no reader")
}

// A reader in another process, while this one writes: the lock that
// keeps writers out is per process, so this is the case that matters.
func TestReaderProcessBesideWriter(t *testing.T) {
	if dir := os.Getenv("IPSMATCH_TEST_READER_DIR"); dir != "" {
		ix, err := Open(context.Background(), Options{Path: dir, ReadOnly: true})
		if err != nil {
			fmt.Println("reader error:", err)
			os.Exit(3)
		}
		_, n := ix.Count()
		fmt.Println("vacancies:", n)
		_ = ix.Close()
		os.Exit(0)
	}
	ctx := context.Background()
	dir := t.TempDir()
	w, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	defer w.Close()
	_, err = w.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run", "^TestReaderProcessBesideWriter$")
	cmd.Env = append(os.Environ(), "IPSMATCH_TEST_READER_DIR="+dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "vacancies: 3")
}
