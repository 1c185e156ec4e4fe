package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Warm splits, ahead of the searches that would, the posting lists a
// search reads cell by cell and week by week (see termCells): those of
// occupations, title words and cells, longest first. A search splits a
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
		n    int
	}
	var terms []sized
	for t, l := range ix.postings {
		if searchedByCell(t) {
			terms = append(terms, sized{t, len(*l)})
		}
	}
	ix.mu.RUnlock()
	slices.SortFunc(terms, func(a, b sized) int {
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

// searchedByCell reports whether a search reads term's list split by
// cell: an occupation's, a title word's or a cell's, not an employer's.
func searchedByCell(term string) bool {
	i := strings.IndexByte(term, ':')
	if i < 0 {
		return true // remote, nowhere
	}
	switch term[:i] {
	case "c", "u", "m", "s", "t", "g5", "g6":
		return true
	}
	return false
}
