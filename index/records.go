package index

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/golang/snappy"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
)

// recRef says where a record's bytes are: a segment and a span in it.
type recRef struct {
	seg int32
	recPlace
}

// storedVac is a vacancy's record as a segment keeps it: the enriched
// vacancy and what the index derived from it at write time, so that
// reading it back decodes JSON once and analyses nothing.
type storedVac struct {
	V         *employer.Vacancy `json:"v"`
	Tokens    []string          `json:"t,omitempty"`
	Readings  []Reading         `json:"r,omitempty"`
	Essential []string          `json:"e,omitempty"`
	Optional  []string          `json:"o,omitempty"`
}

// entryChunk caches decoded entries for a run of slots.
const entryChunkLen = 4096

type entryChunk [entryChunkLen]atomic.Pointer[Entry]

// cachedEmployer is a decoded employer with the record it came from, so
// that a stale decode (the employer was updated since) is never served.
type cachedEmployer struct {
	ref recRef
	emp *employer.Employer
}

func (ix *Index) bytesOf(r recRef) []byte { return ix.segs[r.seg].record(r.off, r.n) }

// jsonOf returns a record's JSON.
func (ix *Index) jsonOf(r recRef) ([]byte, error) { return unpackRecord(nil, ix.bytesOf(r), r.k) }

// withJSON calls f with a record's JSON, which f must not keep: it lies
// in a buffer lent for the call. Decoding a record copies what it keeps,
// and a block decompressed into a new buffer for each record read was a
// tenth of a search's time on first reading its records at 1M.
func (ix *Index) withJSON(r recRef, f func([]byte) error) error {
	block := ix.bytesOf(r)
	bp, _ := blockPool.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	if n, err := snappy.DecodedLen(block); err == nil && n > cap(*bp) {
		*bp = make([]byte, n+n/4)
	}
	raw, err := unpackRecord(*bp, block, r.k)
	if err == nil {
		err = f(raw)
	}
	blockPool.Put(bp)
	return err
}

var blockPool sync.Pool

// loadSegments builds the slot arrays and posting lists from the segment
// headers bleve's batch number vouches for.
func (ix *Index) loadSegments(ctx context.Context) error {
	v, err := ix.bi.GetInternal([]byte(seqKey))
	if err != nil {
		return fmt.Errorf("index: reading batch number: %w", err)
	}
	var upTo uint64
	if len(v) > 0 {
		if upTo, err = strconv.ParseUint(string(v), 10, 64); err != nil {
			return fmt.Errorf("index: %s: batch number %q: %w", ix.opt.Path, v, err)
		}
	}
	seqs, err := segmentFiles(ix.opt.Path, upTo, !ix.opt.ReadOnly)
	if err != nil {
		return fmt.Errorf("index: listing segments of %s: %w", ix.opt.Path, err)
	}
	if n, err := ix.loadState(upTo, seqs); err != nil {
		return err
	} else if n > 0 {
		// The state covers the first n segments; the rest are batches
		// written since.
		segs, err := ix.readSegments(ctx, seqs[n:])
		if err != nil {
			return err
		}
		for _, s := range segs {
			ix.addSegment(s, nil)
		}
		ix.seq = upTo
		return nil
	}
	segs, err := ix.readSegments(ctx, seqs)
	if err != nil {
		return err
	}
	total := 0
	for _, s := range segs {
		total += len(s.vacs)
	}
	ix.vacs = newIDTable[int32]()
	ix.hots = make([]retrieval.Hot, 0, total)
	ix.recs = make([]recRef, 0, total)
	ix.places = make([]slotPlace, 0, total)
	for _, s := range segs {
		ix.addSegment(s, nil)
	}
	ix.seq = upTo
	return nil
}

// readSegments maps and decodes the headers of the segments seqs, on
// every core: each header is independent of the others.
func (ix *Index) readSegments(ctx context.Context, seqs []uint64) ([]*segment, error) {
	segs := make([]*segment, len(seqs))
	files := make([]*mappedFile, len(seqs))
	errs := make([]error, len(seqs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(seqs)))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(seqs); i += workers {
				if errs[i] = ctx.Err(); errs[i] != nil {
					return
				}
				m, err := mapSegment(ix.opt.Path, seqs[i])
				if err != nil {
					errs[i] = fmt.Errorf("index: segment %s: %w", segName(seqs[i]), err)
					continue
				}
				files[i] = m
				if segs[i], err = decodeSegment(m.m); err != nil {
					errs[i] = fmt.Errorf("index: segment %s of %s is unreadable: %w", segName(seqs[i]), ix.opt.Path, err)
				}
			}
		})
	}
	wg.Wait()
	for _, m := range files {
		if m != nil {
			ix.files = append(ix.files, m)
		}
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return segs, nil
}

func (ix *Index) closeFiles() error {
	var err error
	for _, m := range ix.files {
		if cerr := m.close(); err == nil {
			err = cerr
		}
	}
	ix.files = nil
	return err
}

// addSegment makes a committed segment current, in batch order: its
// vacancies replace earlier versions, then its deletes apply. It counts
// what changed into st; st is nil at Open, when nothing has been decoded
// yet. The caller holds ix.mu for writing (or is Open).
func (ix *Index) addSegment(s *segment, st *Stats) {
	si := int32(len(ix.segs))
	ix.segs = append(ix.segs, s)
	// Resolve the segment's terms once, not once per vacancy.
	lists := make([]*[]int32, len(s.terms))
	for i, t := range s.terms {
		l := ix.postings[t]
		if l == nil {
			l = new([]int32)
			ix.postings[t] = l
		}
		lists[i] = l
	}
	cellNums := map[uint32]int32{}
	empNums := map[uint32]int32{}
	// Terms already split by cell (see termCells) take the new slots too.
	var tcs []*termCells
	if ix.hasByCell() {
		tcs = make([]*termCells, len(s.terms))
		for i, t := range s.terms {
			tcs[i] = ix.peekCells(t)
		}
	}
	ix.hots = grow(ix.hots, len(s.vacs))
	ix.places = grow(ix.places, len(s.vacs))
	ix.recs = grow(ix.recs, len(s.vacs))
	for i := range s.vacs {
		v := &s.vacs[i]
		slot := int32(len(ix.hots))
		h := v.hot
		h.Slot = slot
		h.CellNums = [2]int32{-1, -1}
		// Occupation and title word terms come first: the terms a
		// search reads cell by cell (see termCells).
		nSplit := len(v.terms) - v.nCells
		if v.hasEmployer {
			nSplit--
		}
		for k, t := range v.terms[nSplit : nSplit+min(2, v.nCells)] {
			n, ok := cellNums[t]
			if !ok {
				n = ix.cellNum(s.terms[t])
				cellNums[t] = n
			}
			h.CellNums[k] = n
		}
		if v.hasEmployer {
			t := v.terms[len(v.terms)-1]
			n, ok := empNums[t]
			if !ok {
				n = ix.empNum(strings.TrimPrefix(s.terms[t], employerTerm("")))
				empNums[t] = n
			}
			h.Emp = n
		}
		ix.hots = append(ix.hots, h)
		ix.places = append(ix.places, placeOf(h))
		ix.recs = append(ix.recs, recRef{seg: si, recPlace: recPlace{off: v.off, n: v.n, k: v.k}})
		if int(slot)/64 >= len(ix.live) {
			ix.live = append(ix.live, 0)
		}
		if int(slot)/64 >= len(ix.unread) {
			ix.unread = append(ix.unread, 0)
		}
		if int(slot)/entryChunkLen >= len(ix.cache) {
			ix.cache = append(ix.cache, new(entryChunk))
		}
		if old, ok := ix.vacs.get(v.id); ok {
			ix.retire(old)
			if st != nil {
				st.VacanciesUpdated++
			}
		} else if st != nil {
			st.VacanciesAdded++
		}
		ix.vacs.set(v.id, slot)
		ix.live[slot/64] |= 1 << (slot % 64)
		if h.Unread {
			ix.unread[slot/64] |= 1 << (slot % 64)
		}
		ix.nLive++
		ix.countCells(h, 1)
		for _, t := range v.terms {
			*lists[t] = append(*lists[t], slot)
		}
		if tcs != nil {
			// Cell terms too: an area read by weeks splits its cells'
			// lists (see selectArea).
			for _, t := range v.terms {
				if tc := tcs[t]; tc != nil {
					tc.add(h)
				}
			}
		}
	}
	for _, e := range s.emps {
		_, had := ix.emps.get(e.id)
		ix.emps.set(e.id, recRef{seg: si, recPlace: recPlace{off: e.off, n: e.n, k: e.k}})
		if st != nil {
			// Only a live batch can find employers or entries decoded;
			// at open nothing is.
			ix.empCache.Delete(e.id)
			ix.relink(e.id)
		}
		ix.setBrief(e.id, e.brief)
		if st != nil && had {
			st.EmployersUpdated++
		} else if st != nil {
			st.EmployersAdded++
		}
	}
	for _, id := range s.delV {
		if slot, ok := ix.vacs.get(id); ok {
			ix.retire(slot)
			ix.vacs.del(id)
			if st != nil {
				st.Deleted++
			}
		}
	}
	for _, id := range s.delE {
		if _, ok := ix.emps.get(id); ok {
			ix.emps.del(id)
			ix.empCache.Delete(id)
			ix.relink(id)
			ix.setBrief(id, empBrief{})
			if st != nil {
				st.Deleted++
			}
		}
	}
	// The header has done its work: slots and postings hold what retrieval
	// needs, and the record bytes stay where they are.
	s.vacs, s.emps, s.delV, s.delE, s.terms = nil, nil, nil, nil, nil
}

// grow makes room for n more elements of s, at least doubling its
// capacity when it must move: growing by a quarter, as append does for
// large slices, copied the hot fields of a million vacancies twenty
// times over an import, a tenth of its serial work.
func grow[E any](s []E, n int) []E {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, cap(s)))
}

// retire marks a slot as no longer current.
func (ix *Index) retire(slot int32) {
	ix.live[slot/64] &^= 1 << (slot % 64)
	ix.nLive--
	ix.countCells(ix.hots[slot], -1)
}

// countCells adds d to the live counts of h's cells. The caller holds
// ix.mu for writing.
func (ix *Index) countCells(h retrieval.Hot, d int32) {
	for _, n := range h.CellNums {
		if n < 0 {
			continue
		}
		for int(n) >= len(ix.cellLive) {
			ix.cellLive = append(ix.cellLive, 0)
		}
		ix.cellLive[n] += d
	}
}

func (ix *Index) isLive(slot int32) bool { return ix.live[slot/64]&(1<<(slot%64)) != 0 }

// entryAt returns the decoded entry of slot, decoding and caching it on
// first use. The caller holds ix.mu.
func (ix *Index) entryAt(slot int32) (*Entry, error) {
	p := &ix.cache[slot/entryChunkLen][slot%entryChunkLen]
	if e := p.Load(); e != nil {
		return e, nil
	}
	e, err := ix.decodeEntry(slot)
	if err != nil {
		return nil, err
	}
	if !p.CompareAndSwap(nil, e) {
		return p.Load(), nil
	}
	if old, ok := ix.cached.add(slot, ix.opt.CachedVacancies); ok {
		ix.cache[old/entryChunkLen][old%entryChunkLen].Store(nil)
	}
	return e, nil
}

// cacheRing remembers which slots hold a decoded entry, in the order they
// were decoded, so that the oldest is dropped when the cache is full.
type cacheRing struct {
	mu    sync.Mutex
	slots []int32
	next  int
}

// add records slot and returns the slot to drop, if the ring was full.
func (r *cacheRing) add(slot int32, limit int) (int32, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.slots) < limit {
		r.slots = append(r.slots, slot)
		return 0, false
	}
	old := r.slots[r.next]
	r.slots[r.next] = slot
	r.next = (r.next + 1) % len(r.slots)
	return old, true
}

// peekEntry is entryAt without caching what it decodes, for callers that
// read every record once.
func (ix *Index) peekEntry(slot int32) (*Entry, error) {
	if e := ix.cache[slot/entryChunkLen][slot%entryChunkLen].Load(); e != nil {
		return e, nil
	}
	return ix.decodeEntry(slot)
}

func (ix *Index) decodeEntry(slot int32) (*Entry, error) {
	var sv storedVac
	err := ix.withJSON(ix.recs[slot], func(raw []byte) error { return decodeVac(raw, &sv) })
	if err != nil || sv.V == nil {
		return nil, fmt.Errorf("index: stored vacancy at slot %d is unreadable: %v", slot, err)
	}
	v := sv.V
	e := &Entry{hot: ix.hots[slot], Vacancy: v, TitleTokens: sv.Tokens, Cells: cellTerms(v.Location, v.Remote),
		Occ: vacancyOccTerms(v.Occupation, sv.Readings), Readings: sv.Readings, EssentialIDs: sv.Essential, OptionalIDs: sv.Optional}
	if v.EmployerID != "" {
		e.emp.Store(ix.employerAt(v.EmployerID))
	}
	return e, nil
}

// employerAt returns the current employer with id, nil when absent. The
// caller holds ix.mu.
func (ix *Index) employerAt(id string) *employer.Employer {
	ref, ok := ix.emps.get(id)
	if !ok {
		return nil
	}
	if c, ok := ix.empCache.Load(id); ok && c.(*cachedEmployer).ref == ref {
		return c.(*cachedEmployer).emp
	}
	var e employer.Employer
	err := ix.withJSON(ref, func(raw []byte) error { return decodeEmployer(raw, &e) })
	if err != nil {
		ix.log.Warn("unreadable employer", "id", id, "err", err)
		return nil
	}
	// The cache is bounded, like the decoded vacancies: listing every
	// employer, or a long day of searches, would otherwise keep them all,
	// 80 MB of small objects at 1,000,000 vacancies that every garbage
	// collection scans. Past the bound it starts again; a decoded vacancy
	// keeps its own employer.
	if _, loaded := ix.empCache.Swap(id, &cachedEmployer{ref: ref, emp: &e}); !loaded &&
		ix.empCount.Add(1) > int64(max(1, ix.opt.CachedVacancies/2)) {
		ix.empCache.Clear()
		ix.empCount.Store(0)
	}
	return &e
}

// relink points the decoded vacancies of employer id at its current
// version (nil when deleted). The caller holds ix.mu for writing.
func (ix *Index) relink(id string) {
	var emp *employer.Employer
	for _, slot := range ix.list(employerTerm(id)) {
		if e := ix.cache[slot/entryChunkLen][slot%entryChunkLen].Load(); e != nil {
			if emp == nil {
				emp = ix.employerAt(id)
			}
			e.emp.Store(emp)
		}
	}
}
