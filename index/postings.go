package index

import (
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Beside bleve, the index keeps posting lists of the selective terms
// (occupation terms and location cells) in memory. Measured on 100,000
// generated vacancies, 2 cores: the same tiered retrieval and exclusion
// counts as bleve queries took p50 20 ms with one segment and 40 ms with
// the segments of batched imports; as map look-ups they take well under a
// millisecond, which leaves the time budget to scoring. bleve still stores
// every record, analyses text per language and answers word queries.

// putVac stores e and its postings, replacing any earlier version. The
// caller holds ix.mu for writing.
func (ix *Index) putVac(e *Entry) {
	if old, ok := ix.vacs[e.ID]; ok {
		ix.unpost(old)
		e.hot.num = old.hot.num
	} else if n := len(ix.free); n > 0 {
		e.hot.num = ix.free[n-1]
		ix.free = ix.free[:n-1]
	} else {
		e.hot.num = int32(len(ix.slots))
		ix.slots = append(ix.slots, nil)
		ix.hots = append(ix.hots, Hot{})
	}
	ix.slots[e.hot.num] = e
	ix.vacs[e.ID] = e
	e.hot.cellNums = [2]int32{-1, -1}
	for i, c := range e.Cells[:min(2, len(e.Cells))] {
		e.hot.cellNums[i] = ix.cellNum(c)
	}
	e.hot.Posted = epochDay(e.Posted)
	e.hot.ValidThrough = epochDay(e.ValidThrough)
	e.hot.Reserved, e.hot.Competitive = e.Reserved(), e.Competitive()
	e.hot.HoursLo, e.hot.HoursHi = e.Hours.Min, e.Hours.Max
	if e.hot.HoursLo == 0 {
		e.hot.HoursLo = e.hot.HoursHi
	}
	if e.hot.HoursHi == 0 {
		e.hot.HoursHi = e.hot.HoursLo
	}
	e.hot.Shifts = employer.ShiftMask(e.Shifts)
	e.hot.Remote = e.Remote == employer.FullRemote
	if e.Location != nil {
		e.hot.Lat, e.hot.Lon, e.hot.HasLocation = e.Location.Lat, e.Location.Lon, true
	}
	if e.EmployerID != "" {
		e.emp.Store(ix.emps[e.EmployerID])
		ix.post(employerTerm(e.EmployerID), e)
	}
	ix.hots[e.hot.num] = e.hot
	for _, t := range e.Occ {
		ix.post(t, e)
	}
	for _, t := range e.Cells {
		ix.post(t, e)
	}
}

// delVac removes the vacancy with id; it reports whether there was one.
func (ix *Index) delVac(id string) bool {
	old, ok := ix.vacs[id]
	if ok {
		ix.unpost(old)
		delete(ix.vacs, id)
		ix.slots[old.hot.num] = nil
		ix.free = append(ix.free, old.hot.num)
	}
	return ok
}

func (ix *Index) post(term string, e *Entry) {
	m := ix.postings[term]
	if m == nil {
		m = map[string]*Entry{}
		ix.postings[term] = m
	}
	m[e.ID] = e
}

// VacanciesOf returns the vacancies that name employer id, sorted by id.
func (ix *Index) VacanciesOf(id string) []*Entry {
	ix.mu.RLock()
	m := ix.postings[employerTerm(id)]
	out := make([]*Entry, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	ix.mu.RUnlock()
	slices.SortFunc(out, func(a, b *Entry) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// employerTerm is the in-memory posting of an employer's vacancies.
func employerTerm(id string) string { return "e:" + id }

// relink points the vacancies of employer id at emp (nil when deleted).
// The caller holds ix.mu for writing.
func (ix *Index) relink(id string, emp *employer.Employer) {
	for _, e := range ix.postings[employerTerm(id)] {
		e.emp.Store(emp)
	}
}

func (ix *Index) unpost(e *Entry) {
	if e.EmployerID != "" {
		if m := ix.postings[employerTerm(e.EmployerID)]; m != nil {
			delete(m, e.ID)
			if len(m) == 0 {
				delete(ix.postings, employerTerm(e.EmployerID))
			}
		}
	}
	for _, ts := range [][]string{e.Occ, e.Cells} {
		for _, t := range ts {
			if m := ix.postings[t]; m != nil {
				delete(m, e.ID)
				if len(m) == 0 {
					delete(ix.postings, t)
				}
			}
		}
	}
}

// Area is a set of location cells, built with NewArea. A nil *Area is
// everywhere. Membership is a bit test on the cells' numbers, not a map
// look-up: it runs once per candidate.
type Area struct {
	terms []string
	bits  []uint64
}

// NewArea makes an area of cell terms (see CellTerm, CellRemote,
// CellUnknown); nil terms give nil, everywhere.
func (ix *Index) NewArea(terms []string) *Area {
	if terms == nil {
		return nil
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	a := &Area{terms: terms, bits: make([]uint64, (len(ix.cellNums)+63)/64)}
	for _, t := range terms {
		if n, ok := ix.cellNums[t]; ok {
			a.bits[n/64] |= 1 << (n % 64)
		}
	}
	return a
}

// In reports whether e lies in the area.
func (a *Area) In(e *Entry) bool {
	if a == nil {
		return true
	}
	for _, n := range e.hot.cellNums {
		if n >= 0 && int(n/64) < len(a.bits) && a.bits[n/64]&(1<<(n%64)) != 0 {
			return true
		}
	}
	return false
}

// cellNum numbers a cell term, once. The caller holds ix.mu for writing.
func (ix *Index) cellNum(term string) int32 {
	n, ok := ix.cellNums[term]
	if !ok {
		n = int32(len(ix.cellNums))
		ix.cellNums[term] = n
	}
	return n
}

// Mark remembers which vacancies a search has already visited. It is a
// bit per vacancy slot, so marking costs no map insert.
type Mark []uint64

// NewMark returns an empty Mark sized for the index.
func (ix *Index) NewMark() Mark {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return make(Mark, (len(ix.slots)+63)/64)
}

// Has reports whether e is marked.
func (m Mark) Has(e *Entry) bool {
	i := int(e.hot.num)
	return i/64 < len(m) && m[i/64]&(1<<(i%64)) != 0
}

// Set marks e and reports whether it was not marked before.
func (m Mark) Set(e *Entry) bool {
	i := int(e.hot.num)
	if i/64 >= len(m) || m[i/64]&(1<<(i%64)) != 0 {
		return false
	}
	m[i/64] |= 1 << (i % 64)
	return true
}

// Select calls in for every unmarked vacancy carrying one of terms that
// lies in area, and out for every one that lies outside it, marking each.
// So each vacancy is visited once in a search, however many of the terms
// it carries and however many calls select it. Visiting order is
// unspecified.
func (ix *Index) Select(terms []string, area *Area, mark Mark, in, out func(*Entry)) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	for _, t := range terms {
		for _, e := range ix.postings[t] {
			if !mark.Set(e) {
				continue
			}
			if area.In(e) {
				in(e)
			} else if out != nil {
				out(e)
			}
		}
	}
	return nil
}

// CountIn returns how many vacancies lie in area: a sum of posting sizes,
// since every vacancy has one cell per precision.
func (ix *Index) CountIn(area *Area) int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if area == nil {
		return len(ix.vacs)
	}
	n := 0
	for _, c := range area.terms {
		n += len(ix.postings[c])
	}
	return n
}

// SelectArea calls in for every vacancy in area (every vacancy for a nil
// area), with its hot fields.
func (ix *Index) SelectArea(area *Area, in func(*Entry, Hot)) error {

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	if area == nil {
		// Every vacancy: walk the slot arrays, not the map, so that each
		// candidate is two sequential reads.
		for i, e := range ix.slots {
			if e != nil {
				in(e, ix.hots[i])
			}
		}
		return nil
	}
	for _, c := range area.terms {
		for _, e := range ix.postings[c] {
			in(e, e.hot)
		}
	}
	return nil
}
