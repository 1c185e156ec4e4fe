package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Warm splits, ahead of the searches that would, the posting lists a
// search reads cell by cell and week by week (see termCells): those of
// occupations and title words, the longest first, down to warmMin
// entries; then those of cells, which a search reads whole, each slot's
// week from its place, until they are split (see eachInCell). A search
// splits a
// list the first time it reads it, and on a freshly opened index of
// 1,000,000 vacancies those first splits were most of what made the
// first searches slower than later ones (issue 9). A serving process
// calls it in a goroutine of its own after Open; it holds the index for
// reading one list at a time, so writes and searches go on meanwhile.
// It returns when every list is split, with ctx's error when ctx is done
// first, or ErrClosed when the index is closed first.
func (ix *Index) Warm(ctx context.Context) error {
	ix.mu.RLock()
	if ix.closed {
		ix.mu.RUnlock()
		return ErrClosed
	}
	type sized struct {
		term string
		cell bool
		n    int
	}
	var terms []sized
	for t, l := range ix.postings {
		_, cell := ix.cellNums[t]
		if cell || searchedByCell(t) && len(*l) >= warmMin {
			terms = append(terms, sized{t, cell, len(*l)})
		}
	}
	ix.mu.RUnlock()
	slices.SortFunc(terms, func(a, b sized) int {
		if a.cell != b.cell {
			if b.cell {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	for _, t := range terms {
		if err := ctx.Err(); err != nil {
			return err
		}
		if ix.peekCells(t.term) != nil {
			continue
		}
		ix.mu.RLock()
		if ix.closed {
			ix.mu.RUnlock()
			return ErrClosed
		}
		ix.cellsOf(t.term)
		ix.mu.RUnlock()
	}
	ix.log.Debug("index warmed", "lists", len(terms))
	return nil
}

// warmMin is the shortest list of an occupation or title word that Warm
// splits: a search splits a shorter one in well under a millisecond. On
// the project's own town at 1M, the lists left out are half of those
// lists and a seventh of their entries, and Warm takes 0.39-0.53 s of one
// core instead of 0.73-0.75 s, so the first searches share the second
// core with it for less time.
var warmMin = 10_000
