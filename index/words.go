package index

import (
	"context"
	"slices"
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
// all of them in a title it read and least in one it could not. The
// result is shared between searches: callers must not change it.
func (ix *Index) phrases(words string, least int, allUnlessUnread bool) []wordPhrase {
	key := phraseKey{words, least, allUnlessUnread}
	ix.phraseMu.Lock()
	ps, ok := ix.phraseOf[key]
	ix.phraseMu.Unlock()
	if ok {
		return ps
	}
	ps = slices.Clip(ix.analysePhrases(words, least, allUnlessUnread))
	ix.phraseMu.Lock()
	defer ix.phraseMu.Unlock()
	if ix.phraseOf == nil || len(ix.phraseOf) >= maxPhrases {
		ix.phraseOf = map[phraseKey][]wordPhrase{}
	}
	ix.phraseOf[key] = ps
	return ps
}

// phraseKey names the arguments of one phrases call.
type phraseKey struct {
	words           string
	least           int
	allUnlessUnread bool
}

// maxPhrases bounds the analysed phrases kept: a search asks for the same
// words once per tier and band of distance it reads, a dozen times or
// more, and analysing them in every title language each time was 4% of
// match time at 1M. The analyzers never change, so a kept
// phrase stays right; the map is emptied when full.
const maxPhrases = 4096

func (ix *Index) analysePhrases(words string, least int, allUnlessUnread bool) []wordPhrase {
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

// counts marks the slots a words search has looked at (n is 1 for each,
// and touched lists them to clear), reused between searches: a search's
// words touch thousands of slots, and a map per search cost more than
// the search.
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
	// A term no title holds selects nothing. A phrase is analysed in
	// every title language and an index's titles are mostly in one or
	// two, so dropping such terms (the phrase still needs as many of the
	// rest) spares reading every cell and week of the area for them.
	kept := p.terms[:0:0]
	for _, t := range p.terms {
		if len(ix.list(t)) > 0 {
			kept = append(kept, t)
		}
	}
	if len(kept) < min(p.needRead, p.needUnread) {
		return
	}
	p.terms = kept
	c := ix.getCounts()
	defer c.release()
	lists := make([][]int32, len(p.terms))
	var unread []int32
	// Buffers for the lists walked, reused cell after cell: cloning them
	// per cell was a fifth of what a search allocated.
	dbuf := make([][]int32, 0, len(p.terms))
	ubuf := make([][]int32, 1)
	whole := area == nil // the lists visited lie wholly in the area
	each := func(visit func()) {
		if area == nil || area.Outside {
			for i, t := range p.terms {
				lists[i] = ix.list(t)
			}
			unread = ix.list(retrieval.UnreadTerm)
			visit()
			return
		}
		tcs := make([]*termCells, len(p.terms))
		for i, t := range p.terms {
			tcs[i] = ix.cellsOf(t)
		}
		var utc *termCells
		if p.needRead != p.needUnread {
			utc = ix.cellsOf(retrieval.UnreadTerm)
		}
		// Within a cell, week by week of posting, newest first: a title
		// holds its terms in its own week's lists only.
		wls := make([]*weekLists, len(tcs))
		at, end := make([]int, len(tcs)), make([]int, len(tcs))
		for _, cell := range area.Coarse {
			whole = area.Whole(cell)
			for i := range tcs {
				wls[i] = tcs[i].m[cell]
				at[i], end[i] = wls[i].span(area)
			}
			var uwl *weekLists
			if utc != nil {
				uwl = utc.m[cell]
			}
			for {
				week, found := int32(0), false
				for i := range wls {
					if at[i] < end[i] && (!found || wls[i].weeks[at[i]] > week) {
						week, found = wls[i].weeks[at[i]], true
					}
				}
				if !found {
					break
				}
				for i := range wls {
					lists[i] = nil
					if at[i] < end[i] && wls[i].weeks[at[i]] == week {
						lists[i] = wls[i].lists[at[i]]
						at[i]++
					}
				}
				unread = uwl.get(week)
				visit()
			}
		}
	}
	each(func() {
		if p.needRead == p.needUnread {
			ix.selectAtLeast(lists, drivers(dbuf, lists, p.needRead), p.needRead, 0, area, whole, mark, c, in)
			return
		}
		ix.selectAtLeast(lists, drivers(dbuf, lists, p.needRead), p.needRead, onlyRead, area, whole, mark, c, in)
		// Unread titles: from the shortest lists, or from the cell's
		// unread titles when there are fewer of those.
		d := drivers(dbuf, lists, p.needUnread)
		n := 0
		for _, l := range d {
			n += len(l)
		}
		if len(unread) < n {
			// Every unread title is counted, even when one word will do.
			ubuf[0] = unread
			ix.selectAtLeast(lists, ubuf, max(1, p.needUnread), onlyUnread|mustCount, area, whole, mark, c, in)
			return
		}
		ix.selectAtLeast(lists, d, p.needUnread, onlyUnread, area, whole, mark, c, in)
	})
}

// drivers are the lists a title holding need of them must appear in at
// least once: the len(lists)-need+1 shortest, since such a title misses at
// most len(lists)-need of them. A common word ("assistant") is then read
// only when every rarer word of the phrase could be missing. They are
// written over buf.
func drivers(buf, lists [][]int32, need int) [][]int32 {
	d := append(buf[:0], lists...)
	slices.SortFunc(d, func(a, b []int32) int { return len(a) - len(b) })
	return d[:max(0, min(len(d), len(d)-need+1))]
}

// Which titles selectAtLeast takes, and whether it counts a title's lists
// when one will do (its drivers are not among them).
const (
	onlyRead = 1 << iota
	onlyUnread
	mustCount
)

// selectAtLeast selects the live titles in area, of the postings of
// drivers, that appear in at least need of lists (each sorted by slot),
// and only read or unread ones when only says so (see mustCount). c remembers the slots
// already looked at. The caller holds ix.mu for reading.
//
// When whole, the lists are of one cell wholly in the area and of its
// weeks, and no slot's place is looked at: a slot's hot fields are read
// only once it is selected, and whether its title was read comes from a
// bitset. Reading each visited slot's hot fields, scattered over the
// index's array, was most of this function's time at 1M (issue 9).
func (ix *Index) selectAtLeast(lists, drivers [][]int32, need, only int, area *retrieval.Area, whole bool, mark retrieval.Mark, c *counts, in func(retrieval.Hot)) {
	for _, d := range drivers {
		for _, slot := range d {
			unread := ix.unread[slot/64]&(1<<(slot%64)) != 0
			if (only&onlyRead != 0 && unread) || (only&onlyUnread != 0 && !unread) || c.n[slot] != 0 {
				continue
			}
			c.n[slot] = 1
			c.touched = append(c.touched, slot)
			if !ix.isLive(slot) || (!whole && !ix.inArea(area, slot)) {
				continue
			}
			if need > 1 || only&mustCount != 0 {
				k := 0
				for _, l := range lists {
					if _, ok := slices.BinarySearch(l, slot); ok {
						k++
					}
				}
				if k < need {
					continue
				}
			}
			if mark.SetIn(area, slot) {
				in(ix.hots[slot])
			}
		}
	}
}
