package index

import "math"

// A search splits a term's list by coarse cell and week (termCells) the
// first time it reads it, and that needs the cell and week of every slot
// of the list: read one by one from all over an array of a million, that
// was most of what a term's first search cost at 1M, and why the first
// search of each client was slower than the second (issue 9). The state
// file keeps, beside each list, the number of each entry's run: entries
// of one cell and week share a number, numbered in order of first
// appearance in the list. Splitting the part of a list the state file
// holds then reads the cell and week of one slot per run, not per entry.

// noRun is the run number of an entry whose run is not kept: of a list
// not split by cell, or beyond the numbers a uint16 holds.
const noRun = math.MaxUint16

// runsOf numbers the runs of the lists of terms, in that order, n
// entries in all. The caller holds ix.mu for reading.
func (ix *Index) runsOf(terms []string, n int) []uint16 {
	out := make([]uint16, 0, n)
	ids := map[uint64]int{}
	for _, t := range terms {
		l := *ix.postings[t]
		if !searchedByCell(t) {
			for range l {
				out = append(out, noRun)
			}
			continue
		}
		clear(ids)
		for _, slot := range l {
			k := ix.places[slot].key()
			id, ok := ids[k]
			if !ok {
				id = len(ids)
				ids[k] = id
			}
			out = append(out, uint16(min(id, noRun)))
		}
	}
	return out
}
