package match

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/peerbench"
	"github.com/stretchr/testify/require"
)

// peerIndex imports up to n vacancies of a peer benchmark folder (and their
// employers) into an index on disk in batches, and reopens it, so that the
// engine answers from the segments as a served index would.
func peerIndex(t *testing.T, dir string, n int) *Engine {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := index.Open(ctx, index.Options{Path: path})
	require.NoError(t, err)
	var es peerbench.Employers
	require.NoError(t, peerbench.ReadVacancies(dir, n, 2000, &es, func(vs []employer.Vacancy) error {
		_, err := ix.Apply(ctx, index.Batch{Vacancies: vs})
		return err
	}))
	_, err = ix.Apply(ctx, index.Batch{Employers: es.List()})
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	ix, err = index.Open(ctx, index.Options{Path: path})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	e, err := New(Config{Index: ix})
	require.NoError(t, err)
	return e
}

// requirePeerSameAsReference indexes up to n vacancies of a folder in the
// shared benchmark's format (all for 0) and holds every step-th of its
// client questions to the brute-force reference's top 20.
func requirePeerSameAsReference(t *testing.T, dir string, n, step int) {
	t.Helper()
	e := peerIndex(t, dir, n)
	ps, err := peerbench.ReadProfiles(dir)
	require.NoError(t, err)
	for i := 0; i < len(ps); i += step {
		requireSameAsReference(t, e, ps[i], Options{Today: peerbench.Today, Limit: 20})
	}
}

// TestPeerFixtureAgreesWithReference runs the shared benchmark's format
// end to end on the tiny fixture kept in internal/peerbench.
func TestPeerFixtureAgreesWithReference(t *testing.T) {
	requirePeerSameAsReference(t, "../internal/peerbench/testdata", 0, 1)
}

// TestPeerSliceAgreesWithReference: on the first 20,000 vacancies of data
// nobody on the team generated (IPSMATCH_PEERBENCH_DIR, a folder written by
// the shared benchmark's gen), every 10th of its client questions gets
// exactly the brute-force reference's top 20. Among them are job types the
// taxonomy does not read, which go through word retrieval within reach.
func TestPeerSliceAgreesWithReference(t *testing.T) {
	dir := os.Getenv("IPSMATCH_PEERBENCH_DIR")
	if dir == "" {
		t.Skip("IPSMATCH_PEERBENCH_DIR not set")
	}
	if testing.Short() {
		t.Skip("imports 20,000 vacancies")
	}
	requirePeerSameAsReference(t, dir, 20_000, 10)
}
