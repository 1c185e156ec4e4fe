package index

import (
	"context"
	"strings"
	"sync"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// Title words have posting lists of their own beside the occupation and
// cell terms, one per analysed term of a title's language (wordTerm), so a
// client's words are looked up cell by cell within reach, as occupations
// are, and not through bleve. At 1,000,000 vacancies of the shared
// benchmark, asking bleve for a common word ("assistant") within the wide
// cells around a client collected tens of thousands of hits a search and
// took half of all matching time; the same lists read within the area's
// coarse cells cost what the area holds. bleve still indexes titles for
// Query, which embedders use.

// wordTerm is the posting of titles in lang holding the analysed term t.
// Languages without an analyzer of their own share one field, as in bleve
// (titleField).
func wordTerm(lang, t string) string {
	return "t:" + strings.TrimPrefix(titleField(lang), "title_") + ":" + t
}

// wordPhrase is one phrase of a words search: a title in the phrase's
// analysed terms' language is selected when it holds at least needRead of
// terms (needUnread when the taxonomy could not read it).
type wordPhrase struct {
	terms                []string // wordTerms, distinct
	needRead, needUnread int
}

// phrases analyses words in every title language: least of the terms in
// any title, or, for a phrase the taxonomy understood (allUnlessUnread),
// all of them in a title it read and least in one it could not.
func (ix *Index) phrases(words string, least int, allUnlessUnread bool) []wordPhrase {
	var out []wordPhrase
	for field, lang := range titleFields() {
		ts := analyze(ix.analyzer(lang), words)
		if len(ts) == 0 {
			continue
		}
		p := wordPhrase{terms: make([]string, len(ts)), needRead: least, needUnread: least}
		for i, t := range ts {
			p.terms[i] = "t:" + strings.TrimPrefix(field, "title_") + ":" + t
		}
		if allUnlessUnread {
			p.needRead = len(ts)
		}
		if min(p.needRead, p.needUnread) > len(ts) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// counts is a count per slot, reused between searches: a search's words
// touch thousands of slots, and a map per search cost more than the
// search.
type counts struct {
	n       []uint8
	touched []int32
}

var countsPool sync.Pool

func (ix *Index) getCounts() *counts {
	c, _ := countsPool.Get().(*counts)
	if c == nil {
		c = &counts{}
	}
	if len(c.n) < len(ix.hots) {
		c.n = make([]uint8, len(ix.hots)+len(ix.hots)/8)
	}
	return c
}

func (c *counts) release() {
	for _, s := range c.touched {
		c.n[s] = 0
	}
	c.touched = c.touched[:0]
	countsPool.Put(c)
}

// selectTitleWords is Select for the vacancies whose title holds at least
// minWords of the terms of words (any of them when minWords is 0), and for
// phrases the taxonomy understood (readWords): each selects unread titles
// with any of its words, and read titles with all of them (see
// Query.AllWordsUnlessUnread). Every title language is tried, each with
// its analyzer. It reads the words' posting lists within area only.
func (ix *Index) selectTitleWords(ctx context.Context, words string, minWords int, readWords []string, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var ps []wordPhrase
	if words != "" {
		ps = ix.phrases(words, max(1, minWords), false)
	}
	for _, w := range readWords {
		ps = append(ps, ix.phrases(w, 1, true)...)
	}
	return ix.selectPhrases(ps, area, mark, in)
}

func (ix *Index) selectPhrases(ps []wordPhrase, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	for _, p := range ps {
		ix.selectPhrase(p, area, mark, in)
	}
	return nil
}

// selectPhrase selects the titles in area that hold enough of p's terms.
// The caller holds ix.mu for reading.
func (ix *Index) selectPhrase(p wordPhrase, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) {
	if p.needRead <= 1 && p.needUnread <= 1 {
		// Any one term will do: no counting.
		for _, t := range p.terms {
			ix.eachIn(t, area, func(h *retrieval.Hot) {
				if mark.Set(*h) {
					in(*h)
				}
			})
		}
		return
	}
	c := ix.getCounts()
	defer c.release()
	for _, t := range p.terms {
		ix.eachIn(t, area, func(h *retrieval.Hot) {
			if c.n[h.Slot] == 0 {
				c.touched = append(c.touched, h.Slot)
			}
			c.n[h.Slot] = min(c.n[h.Slot]+1, 254)
		})
	}
	for _, slot := range c.touched {
		h := &ix.hots[slot]
		need := p.needRead
		if h.Unread {
			need = p.needUnread
		}
		if int(c.n[slot]) >= min(need, 254) && mark.Set(*h) {
			in(*h)
		}
	}
}
