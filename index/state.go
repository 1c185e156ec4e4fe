package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"unsafe"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// A state file holds what Open builds from the segment headers (the slot
// arrays, posting lists, id tables and cell numbers) as it stood after one
// batch, in the form the index uses them, so that Open maps it instead of
// decoding a header per batch and inserting every id into a map. At
// 1,000,000 vacancies decoding the headers took 3 to 4 seconds; the
// state opens in a fraction of that, and what a search never touches is
// never read from disk.
//
// The writer saves one when it closes after applying batches; Open uses
// the newest state no later than bleve's batch number and decodes only
// the segments written after it. A state is a cache: written to a
// temporary file, synced and renamed, so a crash leaves the previous
// one; and one that is missing, from another build (see stateLayout) or
// unreadable is ignored, and Open reads the segments as before.

const (
	stateMagic = "IPSMSTA1"
	stateEnd   = "IPSMSTAE"
)

func stateName(seq uint64) string { return fmt.Sprintf("%016d.state", seq) }

// stateLayout fingerprints the in-memory layout of what a state holds
// raw, so a build with another layout (or byte order) ignores it.
var stateLayout = func() uint64 {
	h := fnv.New64a()
	fmt.Fprint(h, binary.NativeEndian.Uint16([]byte{1, 0}), segMagic, "runs1")
	for _, t := range []reflect.Type{reflect.TypeFor[retrieval.Hot](), reflect.TypeFor[recRef](), reflect.TypeFor[recPlace]()} {
		fmt.Fprint(h, t.Name(), t.Size())
		for i := range t.NumField() {
			f := t.Field(i)
			fmt.Fprint(h, f.Name, f.Offset, f.Type.String())
		}
	}
	return h.Sum64()
}()

// raw returns the bytes of a slice of pointer-free values.
func raw[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(s[0])))
}

// stateWriter appends 8-byte aligned sections.
type stateWriter struct{ b []byte }

func (w *stateWriter) section(p []byte) {
	w.b = binary.LittleEndian.AppendUint64(w.b, uint64(len(p)))
	w.b = append(w.b, p...)
	for len(w.b)%8 != 0 {
		w.b = append(w.b, 0)
	}
}

// encodeState writes the index's current state. The caller holds ix.mu.
func (ix *Index) encodeState() []byte {
	w := stateWriter{b: make([]byte, 0, 64+len(ix.hots)*int(unsafe.Sizeof(retrieval.Hot{}))*2)}
	w.b = append(w.b, stateMagic...)
	w.b = binary.LittleEndian.AppendUint64(w.b, stateLayout)
	w.b = binary.LittleEndian.AppendUint64(w.b, ix.seq)
	seqs := make([]uint64, len(ix.segs))
	for i, s := range ix.segs {
		seqs[i] = s.seq
	}
	w.section(raw(seqs))
	w.section(raw(ix.hots))
	w.section(raw(ix.recs))
	w.section(raw(ix.live))
	w.section(raw([]uint64{uint64(ix.nLive)}))
	cells := make([]string, len(ix.cellNums))
	for t, n := range ix.cellNums {
		cells[n] = t
	}
	blob, ends := joinStrings(cells)
	w.section(blob)
	w.section(raw(ends))
	terms := make([]string, 0, len(ix.postings))
	for t := range ix.postings {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	blob, ends = joinStrings(terms)
	w.section(blob)
	w.section(raw(ends))
	listEnds := make([]uint64, len(terms))
	var lists []int32
	for i, t := range terms {
		lists = append(lists, *ix.postings[t]...)
		listEnds[i] = uint64(len(lists))
	}
	w.section(raw(listEnds))
	w.section(raw(lists))
	w.section(raw(ix.runsOf(terms, len(lists))))
	vs := ix.vacs.sorted()
	w.section(vs.blob)
	w.section(raw(vs.ends))
	w.section(raw(vs.vals))
	es := ix.emps.sorted()
	w.section(es.blob)
	w.section(raw(es.ends))
	w.section(raw(es.vals))
	blob, ends = joinStrings(ix.empIDs)
	w.section(blob)
	w.section(raw(ends))
	flags, sectors := make([]uint8, len(ix.briefs)), make([]string, len(ix.briefs))
	for i, b := range ix.briefs {
		flags[i], sectors[i] = b.flags, b.sector
	}
	w.section(flags)
	blob, ends = joinStrings(sectors)
	w.section(blob)
	w.section(raw(ends))
	w.b = append(w.b, stateEnd...)
	return w.b
}

func joinStrings(ss []string) ([]byte, []uint32) {
	var blob []byte
	ends := make([]uint32, len(ss))
	for i, s := range ss {
		blob = append(blob, s...)
		ends[i] = uint32(len(blob))
	}
	return blob, ends
}

// saveState writes the current state beside the segments, durably, and
// removes older states. The caller holds ix.writeMu.
func (ix *Index) saveState() error {
	ix.mu.RLock()
	data := ix.encodeState()
	seq := ix.seq
	ix.mu.RUnlock()
	dir := filepath.Join(ix.opt.Path, segDir)
	if err := writeFileSynced(dir, stateName(seq), data); err != nil {
		return err
	}
	olds, err := stateFiles(ix.opt.Path)
	if err != nil {
		return err
	}
	for _, s := range olds {
		if s != seq {
			_ = os.Remove(filepath.Join(dir, stateName(s)))
		}
	}
	ix.stateSeq = seq
	return nil
}

// stateFiles lists the sequence numbers of the state files, in order.
func stateFiles(root string) ([]uint64, error) {
	names, err := segDirNames(root)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, name := range names {
		if seq, ok := seqOf(name, ".state"); ok {
			out = append(out, seq)
		}
	}
	slices.Sort(out)
	return out, nil
}

var errStateLayout = errors.New("written by a build with another layout")

// loaded is a state file read and checked, not yet installed.
type loaded struct {
	file     *mappedFile
	seq      uint64
	seqs     []uint64
	hots     []retrieval.Hot
	recs     []recRef
	live     []uint64
	nLive    int
	cells    []string
	terms    string
	termEnds []uint32
	listEnds []uint64
	lists    []int32
	runs     []uint16 // beside lists: see runsOf
	vacs     sortedIDs[int32]
	emps     sortedIDs[recRef]
	empIDs   []string // by number, as Hot.Emp counts (employers_hot.go)
	briefs   []empBrief
}

// stateReader reads sections; the first error sticks.
type stateReader struct {
	b   []byte
	err error
}

func (r *stateReader) section() []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < 8 {
		r.err = errSegTruncated
		return nil
	}
	n := binary.LittleEndian.Uint64(r.b)
	padded := (n + 7) &^ 7
	if padded > uint64(len(r.b)-8) {
		r.err = errSegTruncated
		return nil
	}
	out := r.b[8 : 8+n : 8+n]
	r.b = r.b[8+padded:]
	return out
}

// view reads a section as a slice of T, in place.
func view[T any](r *stateReader) []T {
	b := r.section()
	var zero T
	size := int(unsafe.Sizeof(zero))
	if r.err != nil || len(b) == 0 {
		return nil
	}
	if len(b)%size != 0 || uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(zero) != 0 {
		r.err = errSegTruncated
		return nil
	}
	n := len(b) / size
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)[:n:n]
}

// readState maps and checks the state file seq.
func readState(root string, seq uint64) (*loaded, error) {
	m, err := mapFile(filepath.Join(root, segDir, stateName(seq)))
	if err != nil {
		return nil, err
	}
	st, err := parseState(m.m)
	if err != nil {
		_ = m.close()
		return nil, err
	}
	st.file, st.seq = m, seq
	return st, nil
}

func parseState(b []byte) (*loaded, error) {
	head := len(stateMagic) + 16
	if len(b) < head+len(stateEnd) || string(b[:len(stateMagic)]) != stateMagic || string(b[len(b)-len(stateEnd):]) != stateEnd {
		return nil, errSegTruncated
	}
	if binary.LittleEndian.Uint64(b[len(stateMagic):]) != stateLayout {
		return nil, errStateLayout
	}
	st := &loaded{seq: binary.LittleEndian.Uint64(b[len(stateMagic)+8:])}
	r := &stateReader{b: b[head : len(b)-len(stateEnd)]}
	st.seqs = view[uint64](r)
	st.hots = view[retrieval.Hot](r)
	st.recs = view[recRef](r)
	st.live = view[uint64](r)
	if n := view[uint64](r); len(n) == 1 {
		st.nLive = int(n[0])
	} else if r.err == nil {
		r.err = errSegTruncated
	}
	cellBlob, cellEnds := r.section(), view[uint32](r)
	st.terms, st.termEnds = string(r.section()), view[uint32](r)
	st.listEnds, st.lists = view[uint64](r), view[int32](r)
	st.runs = view[uint16](r)
	st.vacs = sortedIDs[int32]{blob: r.section(), ends: view[uint32](r), vals: view[int32](r)}
	st.emps = sortedIDs[recRef]{blob: r.section(), ends: view[uint32](r), vals: view[recRef](r)}
	empBlob, empEnds := r.section(), view[uint32](r)
	briefFlags := r.section()
	sectorBlob, sectorEnds := r.section(), view[uint32](r)
	if r.err != nil {
		return nil, r.err
	}
	// Check what the index will index by, so that a damaged file is
	// refused here and not met as a panic in a search.
	n := len(st.hots)
	ok := len(st.recs) == n && len(st.live) == (n+63)/64 && len(st.termEnds) == len(st.listEnds) && len(st.runs) == len(st.lists) &&
		len(st.vacs.ends) == len(st.vacs.vals) && len(st.emps.ends) == len(st.emps.vals) &&
		ends32(st.termEnds, len(st.terms)) && ends32(cellEnds, len(cellBlob)) &&
		ends32(st.vacs.ends, len(st.vacs.blob)) && ends32(st.emps.ends, len(st.emps.blob)) && ends32(empEnds, len(empBlob)) &&
		len(briefFlags) == len(empEnds) && len(sectorEnds) == len(empEnds) && ends32(sectorEnds, len(sectorBlob))
	for i := 1; ok && i < len(st.listEnds); i++ {
		ok = st.listEnds[i-1] <= st.listEnds[i]
	}
	ok = ok && (len(st.listEnds) == 0 || st.listEnds[len(st.listEnds)-1] == uint64(len(st.lists)))
	for _, s := range st.lists {
		if !ok {
			break
		}
		ok = s >= 0 && int(s) < n
	}
	for _, s := range st.vacs.vals {
		if !ok {
			break
		}
		ok = s >= 0 && int(s) < n
	}
	for i := range st.hots {
		if !ok {
			break
		}
		h := &st.hots[i]
		ok = h.Slot == int32(i) && h.CellNums[0] < int32(len(cellEnds)) && h.CellNums[1] < int32(len(cellEnds)) &&
			h.Emp >= 0 && (h.Emp == 0 || h.Emp < int32(len(empEnds)))
	}
	for _, r := range st.recs {
		if !ok {
			break
		}
		ok = r.seg >= 0 && int(r.seg) < len(st.seqs)
	}
	for _, r := range st.emps.vals {
		if !ok {
			break
		}
		ok = r.seg >= 0 && int(r.seg) < len(st.seqs)
	}
	if !ok {
		return nil, errSegTruncated
	}
	st.cells = splitAt(string(cellBlob), cellEnds)
	st.empIDs = splitAt(string(empBlob), empEnds)
	st.briefs = make([]empBrief, len(st.empIDs))
	for i, s := range splitAt(string(sectorBlob), sectorEnds) {
		st.briefs[i] = empBrief{flags: briefFlags[i], sector: s}
	}
	return st, nil
}

// splitAt cuts s at ends.
func splitAt(s string, ends []uint32) []string {
	out, start := make([]string, len(ends)), uint32(0)
	for i, e := range ends {
		out[i], start = s[start:e], e
	}
	return out
}

// ends32 reports whether ends are non-decreasing offsets within n.
func ends32(ends []uint32, n int) bool {
	prev := uint32(0)
	for _, e := range ends {
		if e < prev {
			return false
		}
		prev = e
	}
	return prev <= uint32(n) && uint64(n) <= uint64(^uint32(0))
}

// install makes st the index's state, with the record bytes of its
// segments mapped (their headers are not decoded). Only Open calls it,
// on an empty index.
func (ix *Index) install(st *loaded, segs []*segment) {
	ix.segs = segs
	ix.hots, ix.recs = st.hots, st.recs
	ix.live = slices.Clone(st.live) // retiring a slot writes to it
	ix.nLive = st.nLive
	ix.cache = make([]*entryChunk, (len(ix.hots)+entryChunkLen-1)/entryChunkLen)
	for i := range ix.cache {
		ix.cache[i] = new(entryChunk)
	}
	ix.cellNums = make(map[string]int32, len(st.cells))
	ix.coarse = nil
	for i, c := range st.cells {
		ix.cellNums[c] = int32(i)
		if retrieval.CoarseOf(c) == c {
			ix.coarse = append(ix.coarse, c)
		}
	}
	// Counted, not stored: a pass over the hot fields costs a few
	// milliseconds at 1M.
	ix.cellLive = make([]int32, len(st.cells))
	ix.unread = make([]uint64, len(ix.live))
	ix.places = make([]slotPlace, len(ix.hots), cap(ix.hots))
	for slot := range ix.hots {
		ix.places[slot] = placeOf(ix.hots[slot])
		if ix.isLive(int32(slot)) {
			ix.countCells(ix.hots[slot], 1)
		}
		if ix.hots[slot].Unread {
			ix.unread[slot/64] |= 1 << (slot % 64)
		}
	}
	ix.empIDs, ix.briefs = st.empIDs, st.briefs
	ix.empNums = make(map[string]int32, len(st.empIDs))
	for i, id := range st.empIDs[min(1, len(st.empIDs)):] {
		ix.empNums[id] = int32(i + 1)
	}
	ix.postings = make(map[string]*[]int32, len(st.termEnds))
	ix.runs = make(map[string][]uint16, len(st.termEnds))
	start, from := uint32(0), uint64(0)
	for i, e := range st.termEnds {
		to := st.listEnds[i]
		l := st.lists[from:to:to] // appending copies it to the heap
		ix.postings[st.terms[start:e]] = &l
		if searchedByCell(st.terms[start:e]) {
			ix.runs[st.terms[start:e]] = st.runs[from:to:to]
		}
		start, from = e, to
	}
	ix.vacs = newIDTable[int32]()
	ix.vacs.base, ix.vacs.n = st.vacs, len(st.vacs.ends)
	ix.emps = newIDTable[recRef]()
	ix.emps.base, ix.emps.n = st.emps, len(st.emps.ends)
	ix.files = append(ix.files, st.file)
	ix.seq, ix.stateSeq = st.seq, st.seq
}

// loadState installs the newest usable state no later than upTo and
// returns how many of seqs (the committed segments, in order) it covers;
// 0 when there is none to use, and the caller reads every segment.
func (ix *Index) loadState(upTo uint64, seqs []uint64) (int, error) {
	states, err := stateFiles(ix.opt.Path)
	if err != nil {
		return 0, fmt.Errorf("index: listing states of %s: %w", ix.opt.Path, err)
	}
	for i := len(states) - 1; i >= 0; i-- {
		if states[i] > upTo {
			continue
		}
		st, err := readState(ix.opt.Path, states[i])
		if err == nil && (len(st.seqs) > len(seqs) || !slices.Equal(st.seqs, seqs[:len(st.seqs)])) {
			err = errors.New("names segments the index does not hold")
			_ = st.file.close()
		}
		if err != nil {
			ix.log.Warn("index state not used; reading the segments", "path", ix.opt.Path, "state", stateName(states[i]), "err", err)
			continue
		}
		segs, err := ix.mapRecords(st.seqs)
		if err != nil {
			_ = st.file.close()
			return 0, err
		}
		if !recordsWithin(st, segs) {
			_ = st.file.close()
			ix.log.Warn("index state not used; reading the segments", "path", ix.opt.Path, "state", stateName(states[i]), "err", "records outside their segments")
			continue
		}
		ix.install(st, segs)
		return len(st.seqs), nil
	}
	return 0, nil
}

// mapRecords maps the segments seqs for their records only: a state
// holds what their headers say.
func (ix *Index) mapRecords(seqs []uint64) ([]*segment, error) {
	segs := make([]*segment, len(seqs))
	for i, seq := range seqs {
		m, err := mapSegment(ix.opt.Path, seq)
		if err != nil {
			return nil, fmt.Errorf("index: segment %s: %w", segName(seq), err)
		}
		ix.files = append(ix.files, m)
		if segs[i], err = segmentRecords(m.m); err != nil {
			return nil, fmt.Errorf("index: segment %s of %s is unreadable: %w", segName(seq), ix.opt.Path, err)
		}
		segs[i].seq = seq
	}
	return segs, nil
}

// recordsWithin reports whether every record st names lies within its
// segment's record bytes.
func recordsWithin(st *loaded, segs []*segment) bool {
	in := func(r recRef) bool { return uint64(r.off)+uint64(r.n) <= uint64(len(segs[r.seg].recs)) }
	for _, r := range st.recs {
		if !in(r) {
			return false
		}
	}
	for _, r := range st.emps.vals {
		if !in(r) {
			return false
		}
	}
	return true
}
