package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/require"
)

// splitText is a list split by cell and week, as text: cells in order,
// weeks newest first, slots in order.
func splitText(tc *termCells) string {
	var cells []int32
	for c := range tc.m {
		cells = append(cells, c)
	}
	slices.Sort(cells)
	var b strings.Builder
	for _, c := range cells {
		wl := tc.m[c]
		for i, w := range wl.weeks {
			fmt.Fprintf(&b, "%d/%d:%v ", c, w, wl.lists[i])
		}
	}
	return b.String()
}

// TestRunsSplitAsSlotsDo: a list split with the run numbers the state
// file keeps, for the part of it the state holds, is the list split slot
// by slot: after reopening, after later batches append to the lists and
// retire slots of them, and where some entries' runs are not kept.
func TestRunsSplitAsSlotsDo(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ix")
	vs := stateTown(t, dir)
	ix := openDisk(t, dir)
	require.Positive(t, ix.stateSeq, "opened from the state")
	same := func(when string, allKept bool) {
		t.Helper()
		n := 0
		for term, l := range ix.postings {
			runs, ok := ix.runs[term]
			if !searchedByCell(term) {
				require.False(t, ok, term)
				continue
			}
			require.True(t, ok || !allKept, term)
			n += len(runs)
			want := splitText(ix.splitByCell(*l, nil))
			require.Equal(t, want, splitText(ix.splitByCell(*l, runs)), "%s: %s", when, term)
			some := slices.Clone(runs)
			for i := range some {
				if i%3 == 0 {
					some[i] = noRun
				}
			}
			require.Equal(t, want, splitText(ix.splitByCell(*l, some)), "%s: %s, some runs not kept", when, term)
		}
		require.Positive(t, n, "%s: runs kept", when)
	}
	same("reopened", true)

	upd := slices.Clone(vs[200:260])
	for i := range upd {
		upd[i].Title = "Lavapiatti"
		upd[i].Posted = employer.Date{}
	}
	_, err := ix.Apply(ctx, Batch{Vacancies: upd, DeleteVacancies: []string{vs[300].ID}})
	require.NoError(t, err)
	same("after a batch", false)
}
