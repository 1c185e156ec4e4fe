package journal_test

import (
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// TestBatchAllOrNothingAtEveryCut cuts the file at every byte inside a
// batch, as kill -9 mid-write can, and checks that a reader and a writer
// see all of the batch or none of it, and that the writer then appends
// after the last whole batch.
func TestBatchAllOrNothingAtEveryCut(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c0", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	before := int64(len(read(t, dir)))
	_, err = j.AddContacts(ctx, contact("c1", "2025-03-02T09:30:00Z"), contact("c2", "2025-03-03T09:30:00Z"))
	require.NoError(t, err)
	_, err = j.AddPlacements(ctx, placement("p1", "2025-04-01")) // a later batch, cut too
	require.NoError(t, err)
	require.NoError(t, j.Close())
	whole := []byte(read(t, dir))

	cut := filepath.Join(t.TempDir(), "cut")
	for n := before; n <= int64(len(whole)); n++ {
		require.NoError(t, os.RemoveAll(cut))
		require.NoError(t, os.MkdirAll(cut, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(cut, journal.FileName), whole[:n], 0o644))

		r, err := journal.OpenReadOnly(cut)
		require.NoError(t, err, "cut at %d", n)
		got, err := r.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		ids := contactIDs(got)
		if len(ids) != 1 && len(ids) != 3 {
			t.Fatalf("cut at byte %d of %d: reader sees %v, want c0 alone or c0, c1, c2", n, len(whole), ids)
		}
		require.NoError(t, r.Close())

		w, err := journal.Open(cut)
		require.NoError(t, err, "cut at %d", n)
		got, err = w.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Equal(t, ids, contactIDs(got), "cut at %d: the writer sees what the reader saw", n)
		added, err := w.AddContacts(ctx, contact("c9", "2025-03-09T09:30:00Z"))
		require.NoError(t, err, "cut at %d: append after the cut", n)
		require.Equal(t, 1, added)
		require.NoError(t, w.Close())

		w, err = journal.Open(cut)
		require.NoError(t, err, "cut at %d: reopen after the append", n)
		got, err = w.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Equal(t, append(ids, "c9"), contactIDs(got), "cut at %d", n)
		require.NoError(t, w.Close())
	}
}

// commitFor returns the commit line that ends a batch of the given lines.
func commitFor(t *testing.T, lines ...string) string {
	t.Helper()
	var b []byte
	for _, l := range lines {
		if l != "" {
			b = append(append(b, l...), '\n')
		}
	}
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	return fmt.Sprintf(`{"commit":%d,"crc32c":%d}`, n, crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)))
}
