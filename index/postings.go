package index

import (
	"cmp"
	"fmt"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Beside bleve, the index keeps posting lists of the selective terms
// (occupation terms, location cells and employers) as lists of slots, built
// at open from the segment headers. Measured on 100,000 generated
// vacancies, 2 cores: the same tiered retrieval as bleve queries took p50
// 20 ms with one segment and 40 ms with the segments of batched imports;
// as slot lists they take well under a millisecond. A list may hold slots
// retired by later batches; readers skip them by the live bit.

// list returns term's posting list. The caller holds ix.mu.
func (ix *Index) list(term string) []int32 {
	if l := ix.postings[term]; l != nil {
		return *l
	}
	return nil
}

// VacanciesOf returns the vacancies that name employer id, sorted by id.
func (ix *Index) VacanciesOf(id string) []*Entry {
	ix.mu.RLock()
	var out []*Entry
	for _, slot := range ix.list(employerTerm(id)) {
		if ix.isLive(slot) {
			if e, err := ix.entryAt(slot); err == nil {
				out = append(out, e)
			}
		}
	}
	ix.mu.RUnlock()
	slices.SortFunc(out, func(a, b *Entry) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// employerTerm is the posting of an employer's vacancies.
func employerTerm(id string) string { return "e:" + id }

// newArea makes an area of cell terms (see retrieval.CellTerm, retrieval.CellRemote,
// retrieval.CellUnknown); nil terms give nil, everywhere.
func (ix *Index) newArea(terms []string) *retrieval.Area {
	if terms == nil {
		return nil
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	// Bits as long as the area's highest cell needs (Contains reads
	// nothing beyond them): a search makes an area per band of distance.
	most := int32(-1)
	for _, t := range terms {
		if n, ok := ix.cellNums[t]; ok {
			most = max(most, n)
		}
	}
	a := &retrieval.Area{Terms: terms, Bits: make([]uint64, (most+64)/64)}
	seen := map[string]bool{}
	for _, t := range terms {
		if n, ok := ix.cellNums[t]; ok {
			a.Bits[n/64] |= 1 << (n % 64)
		}
		if c := retrieval.CoarseOf(t); !seen[c] {
			seen[c] = true
			if n, ok := ix.cellNums[c]; ok {
				a.Coarse = append(a.Coarse, n)
				for int(n/64) >= len(a.CoarseBits) {
					a.CoarseBits = append(a.CoarseBits, 0)
				}
				a.CoarseBits[n/64] |= 1 << (n % 64)
			}
		}
	}
	return a
}

// termCells is one term's posting list split by the coarse cell of each
// vacancy (retrieval.Hot.CellNums[0]) and, within a cell, by the week it
// was posted (retrieval.PostedWeek), so that Select reads only what lies
// in an area and in the weeks it asks for. It is built on a term's first
// search, not at Open (splitting every term up front cost seconds at 1M),
// and kept up to date by Apply.
type termCells struct {
	m map[int32]*weekLists
}

func (tc *termCells) add(h retrieval.Hot) {
	wl := tc.m[h.CellNums[0]]
	if wl == nil {
		wl = &weekLists{}
		tc.m[h.CellNums[0]] = wl
	}
	wl.add(retrieval.PostedWeek(h.Posted), h.Slot)
}

// weekLists are one cell's part of a term's list: a list per week of
// posting, newest week first, each sorted by slot.
type weekLists struct {
	weeks []int32
	lists [][]int32
}

// add appends slot, which is above every slot already listed, to week's
// list.
func (wl *weekLists) add(week, slot int32) {
	i, found := slices.BinarySearchFunc(wl.weeks, week, func(a, b int32) int { return cmp.Compare(b, a) })
	if !found {
		wl.weeks = slices.Insert(wl.weeks, i, week)
		wl.lists = slices.Insert(wl.lists, i, nil)
	}
	wl.lists[i] = append(wl.lists[i], slot)
}

// span returns the range of wl's weeks, [i, j), that area's weeks hold:
// all of them when the area is not aged. A nil wl has none.
func (wl *weekLists) span(area *retrieval.Area) (i, j int) {
	if wl == nil {
		return 0, 0
	}
	if area == nil || !area.Aged {
		return 0, len(wl.weeks)
	}
	for i < len(wl.weeks) && wl.weeks[i] > area.To {
		i++
	}
	for j = i; j < len(wl.weeks) && wl.weeks[j] >= area.From; j++ {
	}
	return i, j
}

// get returns week's list, nil when it has none.
func (wl *weekLists) get(week int32) []int32 {
	if wl == nil {
		return nil
	}
	for i, w := range wl.weeks {
		if w == week {
			return wl.lists[i]
		}
	}
	return nil
}

// searchedByCell reports whether a search splits term's list by cell on
// its first reading: an occupation's or a title word's, not a cell's
// (see eachInCell) or an employer's.
func searchedByCell(term string) bool {
	i := strings.IndexByte(term, ':')
	if i < 0 {
		return false // remote, nowhere
	}
	switch term[:i] {
	case "c", "u", "m", "s", "t":
		return true
	}
	return false
}

// cellsOf returns term's list split by cell, building it on first use.
// The caller holds ix.mu for reading.
func (ix *Index) cellsOf(term string) *termCells {
	if tc := ix.peekCells(term); tc != nil {
		return tc
	}
	// Split without holding cellMu, so that a long list does not hold
	// up searches reading other terms: ix.mu, held for reading, keeps
	// the list and the slots as they are.
	tc := ix.splitByCell(ix.list(term), ix.runs[term])
	ix.cellMu.Lock()
	defer ix.cellMu.Unlock()
	if old := ix.byCell[term]; old != nil {
		return old
	}
	if ix.byCell == nil {
		ix.byCell = map[string]*termCells{}
	}
	ix.byCell[term] = tc
	return tc
}

// splitByCell splits a posting list by cell and week. It reads each
// slot's hot fields once and lays the lists out in one array, each with
// room for exactly what it holds (Apply's appends then move the list
// they grow): inserting weeks and growing lists one slot at a time made
// the first search of a common word at 1M cost milliseconds more.
// Retired slots are left out. The caller holds ix.mu for reading.
func (ix *Index) splitByCell(list []int32, runs []uint16) *termCells {
	// Where the state file numbered the runs, an entry's key is its
	// run's (see runs.go), read from the run's first slot. Elsewhere,
	// each slot's key is read in a loop that does nothing else: the
	// reads are independent, so the processor has many of them under way.
	runs = runs[:min(len(runs), len(list))]
	ks := make([]uint64, len(list)-len(runs)) // of the entries past runs
	for i, slot := range list[len(runs):] {
		ks[i] = ix.places[slot].key()
	}
	var runID []int32 // run number -> key number + 1
	// Key numbers by cell, then by week within the cell: an array by
	// cell number, from a pool, rather than a map.
	sc := splitScratch.Get().(*[]int32)
	if len(*sc) < len(ix.cellNums) {
		*sc = make([]int32, len(ix.cellNums)+len(ix.cellNums)/4)
	}
	at := *sc // cell number -> 1 + its place in cells, 0 when not met
	type cellKeys struct {
		cell       int32
		weeks, ids []int32
	}
	var cells []cellKeys
	var keys []uint64
	var counts []int32
	idOf := func(k uint64) int32 {
		cell, week := int32(uint32(k>>32)), int32(uint32(k))
		c := at[cell] - 1
		if c < 0 {
			c = int32(len(cells))
			cells = append(cells, cellKeys{cell: cell})
			at[cell] = c + 1
		}
		ck := &cells[c]
		for j, w := range ck.weeks {
			if w == week {
				return ck.ids[j]
			}
		}
		id := int32(len(keys))
		ck.weeks, ck.ids = append(ck.weeks, week), append(ck.ids, id)
		keys, counts = append(keys, k), append(counts, 0)
		return id
	}
	op := splitOf.Get().(*[]int32)
	if cap(*op) < len(list) {
		*op = make([]int32, len(list))
	}
	of := (*op)[:len(list)] // each slot's key, -1 when retired
	defer splitOf.Put(op)
	// Slots of one cell and week mostly come together (see layOut).
	last, lastID := uint64(math.MaxUint64), int32(-1)
	for i, slot := range list {
		if !ix.isLive(slot) {
			of[i] = -1
			continue
		}
		if i < len(runs) && runs[i] != noRun {
			r := int(runs[i])
			if r >= len(runID) {
				runID = append(runID, make([]int32, r+1-len(runID))...)
			}
			if runID[r] == 0 {
				runID[r] = idOf(ix.places[slot].key()) + 1
			}
			of[i] = runID[r] - 1
		} else {
			var k uint64
			if i >= len(runs) {
				k = ks[i-len(runs)]
			} else {
				k = ix.places[slot].key() // a run not numbered
			}
			if k != last {
				last, lastID = k, idOf(k)
			}
			of[i] = lastID
		}
		counts[of[i]]++
	}
	for _, ck := range cells {
		at[ck.cell] = 0
	}
	splitScratch.Put(sc)
	backing := make([]int32, 0, len(list))
	lists := make([][]int32, len(keys))
	for id, n := range counts {
		at := len(backing)
		backing = backing[:at+int(n)]
		lists[id] = backing[at:at:len(backing)]
	}
	for i, slot := range list {
		if id := of[i]; id >= 0 {
			lists[id] = append(lists[id], slot)
		}
	}
	tc := &termCells{m: make(map[int32]*weekLists)}
	for id, k := range keys {
		cell, week := int32(uint32(k>>32)), int32(uint32(k))
		wl := tc.m[cell]
		if wl == nil {
			wl = &weekLists{}
			tc.m[cell] = wl
		}
		wl.weeks = append(wl.weeks, week)
		wl.lists = append(wl.lists, lists[id])
	}
	// Weeks newest first: a cell has a few dozen at most.
	for _, wl := range tc.m {
		for i := 1; i < len(wl.weeks); i++ {
			for j := i; j > 0 && wl.weeks[j] > wl.weeks[j-1]; j-- {
				wl.weeks[j], wl.weeks[j-1] = wl.weeks[j-1], wl.weeks[j]
				wl.lists[j], wl.lists[j-1] = wl.lists[j-1], wl.lists[j]
			}
		}
	}
	return tc
}

// splitScratch lends splitByCell an array by cell number, all zero, and
// splitOf one for each entry's key number: Warm splits thousands of
// lists one after another.
var (
	splitScratch = sync.Pool{New: func() any { return new([]int32) }}
	splitOf      = sync.Pool{New: func() any { return new([]int32) }}
)

// slotPlace is where a slot's vacancy is, as retrieval.Area asks: its
// cells (retrieval.Hot.CellNums, coarse then fine) and the week it was
// posted (retrieval.PostedWeek). The index keeps it per slot in an array
// of its own, an eighth of the size of the hot fields: splitting a long
// list, and telling which slots of a coarse cell lie in an area, read
// each slot's hot fields from all over them (issue 9).
type slotPlace struct{ coarse, fine, week int32 }

func placeOf(h retrieval.Hot) slotPlace {
	return slotPlace{h.CellNums[0], h.CellNums[1], retrieval.PostedWeek(h.Posted)}
}

// key is the key a slot's lists are split by (see termCells): its coarse
// cell and week.
func (p slotPlace) key() uint64 { return uint64(uint32(p.coarse))<<32 | uint64(uint32(p.week)) }

// inArea is area.Contains for the vacancy at slot, from its place.
func (ix *Index) inArea(area *retrieval.Area, slot int32) bool {
	if area == nil {
		return true
	}
	p := ix.places[slot]
	if area.Aged && (p.week < area.From || p.week > area.To) {
		return false
	}
	if area.Has(p.coarse) || area.Has(p.fine) {
		return !area.Outside
	}
	return area.Outside
}

// peekCells returns term's list split by cell if it has been built.
func (ix *Index) peekCells(term string) *termCells {
	ix.cellMu.Lock()
	defer ix.cellMu.Unlock()
	return ix.byCell[term]
}

func (ix *Index) hasByCell() bool {
	ix.cellMu.Lock()
	defer ix.cellMu.Unlock()
	return len(ix.byCell) > 0
}

// cellNum numbers a cell term, once. The caller holds ix.mu for writing.
func (ix *Index) cellNum(term string) int32 {
	n, ok := ix.cellNums[term]
	if !ok {
		n = int32(len(ix.cellNums))
		ix.cellNums[term] = n
		if retrieval.CoarseOf(term) == term {
			ix.coarse = append(ix.coarse, term)
		}
	}
	return n
}

// eachOutside calls f for each coarse cell (and the remote and unknown
// cells) that holds places outside the cells of area, an Outside area:
// whole when none of its places is among them, so that its vacancies
// need no look at their hot fields. A coarse cell that is one of the
// area's own is left out. The caller holds ix.mu for reading.
func (ix *Index) eachOutside(area *retrieval.Area, f func(term string, cell int32, whole bool)) {
	for _, t := range ix.coarse {
		c := ix.cellNums[t]
		if area.Has(c) {
			continue
		}
		f(t, c, !area.Touches(c))
	}
}

// newMark returns an empty retrieval.Mark sized for the index.
func (ix *Index) newMark() retrieval.Mark {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return make(retrieval.Mark, (len(ix.hots)+63)/64)
}

// Select calls in for every unmarked current vacancy carrying one of
// terms that lies in area, with its hot fields (Entry reads the record),
// and marks it. So each vacancy is visited once in a search, however many
// of the terms it carries and however many calls select it. Within an
// area, Select reads the terms' lists of the area's cells only, so its
// cost follows what the area holds, not the whole index. Visiting order
// is unspecified.
func (ix *Index) selectTerms(terms []string, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	for _, t := range terms {
		ix.eachIn(t, area, true, func(slot int32) {
			if mark.SetIn(area, slot) {
				in(ix.hots[slot])
			}
		})
	}
	return nil
}

// touchChunk is how many slots touch reads ahead of their use.
const touchChunk = 128

// touchSink keeps touch's reads from being dropped as unused.
var touchSink atomic.Int64

// touch reads the hot fields of slots, both ends of each (a slot's hot
// fields span two cache lines), in a loop that does nothing else, so that
// the processor has many of the reads under way at once: a slot's hot
// fields lie where the last slot's did not, and read one at a time,
// between a search's bounding of each, every read waited on memory.
// Reading a wide search's candidates this way halved what it cost at 1M
// (issue 9).
func (ix *Index) touch(slots []int32) {
	var s int64
	for _, slot := range slots {
		h := &ix.hots[slot]
		s += int64(h.Slot) + int64(h.Skills)
	}
	if s == 42 {
		touchSink.Add(1)
	}
}

// eachIn calls f for every current vacancy carrying term that lies in
// area, reading the term's lists of the area's cells only; hot says f
// reads the slots' hot fields, which are then read ahead (see eachLive).
// The caller holds ix.mu for reading.
func (ix *Index) eachIn(term string, area *retrieval.Area, hot bool, f func(slot int32)) {
	// whole: every slot visited lies in the area, and only whether it is
	// current is looked at, not its place.
	inArea := func(slot int32) bool { return ix.inArea(area, slot) }
	visit := func(list []int32, whole bool) {
		if whole {
			ix.eachLive(list, nil, hot, f)
		} else {
			ix.eachLive(list, inArea, hot, f)
		}
	}
	if area == nil {
		visit(ix.list(term), true)
		return
	}
	tc := ix.cellsOf(term)
	if area.Outside {
		// Cell by cell, leaving out the cells within the area and the
		// weeks outside it: walking the whole list and looking at every
		// slot's place, once for each class of weeks, was most of a
		// search whose preferred commute left the rest of the region to
		// read last (issue 9).
		ix.eachOutside(area, func(_ string, c int32, whole bool) {
			wl := tc.m[c]
			i, j := wl.span(area)
			for k := i; k < j; k++ {
				visit(wl.lists[k], whole)
			}
		})
		return
	}
	for _, c := range area.Coarse {
		wl := tc.m[c]
		i, j := wl.span(area)
		// A cell of the area's own precision lies wholly in it, and span
		// kept only the area's weeks: no membership test is needed.
		whole := area.Whole(c)
		for k := i; k < j; k++ {
			visit(wl.lists[k], whole)
		}
	}
}

// countOutside counts the unmarked current vacancies carrying one of
// terms that lie outside area, marking each: what a search left out as
// too far. It walks the terms' whole lists, cell by cell.
func (ix *Index) countOutside(terms []string, area *retrieval.Area, mark retrieval.Mark) (int, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return 0, ErrClosed
	}
	n := 0
	if area == nil || area.Aged || area.Outside {
		for _, t := range terms {
			for _, slot := range ix.list(t) {
				if ix.isLive(slot) && !ix.inArea(area, slot) && mark.SetSlot(slot) {
					n++
				}
			}
		}
		return n, nil
	}
	// By the terms' lists split by cell: a cell the area does not touch
	// lies wholly outside, and its slots need no look at their hot
	// fields, which made counting a short list's vacancies out of reach
	// a third of such a search at 1M (issue 9).
	touched := make(map[int32]bool, len(area.Coarse))
	for _, c := range area.Coarse {
		touched[c] = true
	}
	for _, t := range terms {
		for cell, wl := range ix.cellsOf(t).m {
			part := touched[cell]
			for _, l := range wl.lists {
				for _, slot := range l {
					if !ix.isLive(slot) || (part && ix.inArea(area, slot)) {
						continue
					}
					if mark.SetSlot(slot) {
						n++
					}
				}
			}
		}
	}
	return n, nil
}

// countTerms counts the unmarked current vacancies carrying one of terms
// that lie in area, marking each. Within an area of whole cells it reads
// the terms' lists of those cells and no hot fields: counting the related
// work a search left unread was most of what a short list cost after its
// search at 1M (issue 9).
func (ix *Index) countTerms(terms []string, area *retrieval.Area, mark retrieval.Mark) (int, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return 0, ErrClosed
	}
	n := 0
	for _, t := range terms {
		ix.eachIn(t, area, false, func(slot int32) {
			if mark.SetSlot(slot) {
				n++
			}
		})
	}
	return n, nil
}

// countIn returns how many current vacancies lie in area: every vacancy
// has one cell per precision, so the cells' lists do not overlap.
func (ix *Index) countIn(area *retrieval.Area) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if area == nil {
		return ix.nLive
	}
	n := 0
	if area.Outside {
		for slot := range ix.hots {
			if ix.isLive(int32(slot)) && ix.inArea(area, int32(slot)) {
				n++
			}
		}
		return n
	}
	if !area.Aged {
		// From the live count of each cell: walking the cells' lists of
		// an area of 40 km at 1M took milliseconds a search.
		for _, c := range area.Terms {
			if k, ok := ix.cellNums[c]; ok && int(k) < len(ix.cellLive) {
				n += int(ix.cellLive[k])
			}
		}
		return n
	}
	for _, c := range area.Terms {
		for _, slot := range ix.list(c) {
			if ix.isLive(slot) && ix.inArea(area, slot) {
				n++
			}
		}
	}
	return n
}

// selectArea calls in for every current vacancy in area (every vacancy
// for a nil area), with its hot fields.
func (ix *Index) selectArea(area *retrieval.Area, in func(retrieval.Hot)) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	if area == nil {
		ix.vacs.each(func(_ string, slot int32) { in(ix.hots[slot]) })
		return nil
	}
	if area.Outside {
		// The cells outside, each whole or looked at slot by slot.
		ix.eachOutside(area, func(t string, _ int32, whole bool) {
			ix.eachInCell(t, area, func(slot int32) {
				if whole || ix.inArea(area, slot) {
					in(ix.hots[slot])
				}
			})
		})
		return nil
	}
	for _, c := range area.Terms {
		ix.eachInCell(c, area, func(slot int32) { in(ix.hots[slot]) })
	}
	return nil
}

// eachInCell calls f for every current vacancy in the cell term's list
// posted in area's weeks (all of them when area is not aged). The caller
// holds ix.mu for reading.
func (ix *Index) eachInCell(cell string, area *retrieval.Area, f func(slot int32)) {
	if !area.Aged {
		ix.eachLive(ix.list(cell), nil, true, f)
		return
	}
	// By weeks: the cell's list split as a term's is (one cell), once
	// Warm has split it.
	if tc := ix.peekCells(cell); tc != nil {
		for _, wl := range tc.m {
			i, j := wl.span(area)
			for _, l := range wl.lists[i:j] {
				ix.eachLive(l, nil, true, f)
			}
		}
		return
	}
	// Until then, whole, each slot's week read from its place: a cell's
	// slots lie together (see layOut), so reading their places is cheap.
	// Split by week on first use, as a term's list is, the hundreds of
	// cells a search of a wide commute reads made its first search after
	// Open three times its second (issue 9).
	ix.eachLive(ix.list(cell), func(slot int32) bool {
		w := ix.places[slot].week
		return w >= area.From && w <= area.To
	}, true, f)
}

// eachLive calls f for the current slots of list that keep takes (all
// of them when keep is nil), their hot fields touched ahead in batches
// (see touch) when f reads them (hot). The caller holds ix.mu for
// reading.
func (ix *Index) eachLive(list []int32, keep func(slot int32) bool, hot bool, f func(slot int32)) {
	var buf [touchChunk]int32
	for len(list) > 0 {
		chunk := list[:min(len(list), touchChunk)]
		list = list[len(chunk):]
		in := buf[:0]
		for _, slot := range chunk {
			if ix.isLive(slot) && (keep == nil || keep(slot)) {
				in = append(in, slot)
			}
		}
		if hot {
			ix.touch(in)
		}
		for _, slot := range in {
			f(slot)
		}
	}
}

// Entry returns the record of the vacancy with hot fields h, as Select
// and selectArea handed them out. It reads the record on first use; the
// entry is the version h describes even if a later batch replaced it.
func (ix *Index) entryOf(h retrieval.Hot) (*Entry, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return nil, ErrClosed
	}
	if int(h.Slot) >= len(ix.hots) || h.Slot < 0 {
		return nil, fmt.Errorf("index: no vacancy at slot %d", h.Slot)
	}
	return ix.entryAt(h.Slot)
}
