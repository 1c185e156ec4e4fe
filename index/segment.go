package index

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/golang/snappy"
)

// A segment is what one batch changed, in the form retrieval reads at
// open: a header with, per vacancy, its id, employer, hot fields and
// selective terms, per employer its id, and the ids the batch deleted;
// then the records themselves, each a JSON document, read only when a
// candidate is scored or a caller asks for it. Opening an index decodes
// the headers and leaves the records where they are (memory-mapped), so
// it costs a few small fields per vacancy, not a record decode.
//
// Layout: magic, u64 header length, then uvarint-framed header, then the
// record bytes. Offsets in the header count from the start of the records.

const segMagic = "IPSMSEG7"

// segVac is one vacancy as a segment header lists it.
type segVac struct {
	id, employer string
	hot          retrieval.Hot
	// occ, words and cells are its occupation terms, title word terms
	// (wordTerm) and cell terms, when writing.
	occ, words, cells []string
	// terms are the indexes in segment.terms of occ, then words, then
	// cells, then the employer's term, when decoding; nCells of them are
	// cells.
	terms       []uint32
	nCells      int
	hasEmployer bool
	off, n      uint32 // the compressed block holding the record
	k           uint32 // the record's place in the block
}

// segEmp is one employer as a segment header lists it.
type segEmp struct {
	id     string
	brief  empBrief // what a search's bounds need of it
	off, n uint32
	k      uint32
}

// Records are stored in blocks of up to blockLen, each block
// snappy-compressed (as bleve compresses its stored fields in chunks):
// one record alone barely compresses, a block of similar records does
// better. Reading one record decompresses its block, so the block is
// small: at 1M vacancies of the shared benchmark, with blocks of 16,
// decompressing took a quarter of all matching time, since a search reads
// records scattered over the whole index, one per block.
const blockLen = 4

// packBlocks compresses raws into s.recs in blocks and returns where each
// record went. Blocks are compressed on every core, in runs of blocks, and
// laid out in order: compression was a third of a batch's serial work.
func (s *segment) packBlocks(raws [][]byte) []recPlace {
	out := make([]recPlace, len(raws))
	nBlocks := (len(raws) + blockLen - 1) / blockLen
	workers := cores(nBlocks)
	per := (nBlocks + workers - 1) / workers
	runs := make([][]byte, workers)
	ends := make([][]uint32, workers) // per run, each block's end in its run
	onCores(workers, func(w int) {
		var buf, enc, run []byte
		for b := w * per; b < min(nBlocks, (w+1)*per); b++ {
			buf = buf[:0]
			for _, r := range raws[b*blockLen : min((b+1)*blockLen, len(raws))] {
				buf = binary.AppendUvarint(buf, uint64(len(r)))
				buf = append(buf, r...)
			}
			enc = snappy.Encode(enc[:cap(enc)], buf)
			run = append(run, enc...)
			ends[w] = append(ends[w], uint32(len(run)))
		}
		runs[w] = run
	})
	b := 0
	for w, run := range runs {
		base := uint32(len(s.recs))
		s.recs = append(s.recs, run...)
		start := base
		for _, end := range ends[w] {
			for i := b * blockLen; i < min((b+1)*blockLen, len(raws)); i++ {
				out[i] = recPlace{off: start, n: base + end - start, k: uint32(i - b*blockLen)}
			}
			start = base + end
			b++
		}
	}
	return out
}

// recPlace is where a record is in a segment's record bytes.
type recPlace struct{ off, n, k uint32 }

// unpackRecord returns record k of a compressed block, decompressed into
// buf when it has room.
func unpackRecord(buf, block []byte, k uint32) ([]byte, error) {
	b, err := snappy.Decode(buf[:cap(buf)], block)
	if err != nil {
		return nil, err
	}
	for i := uint32(0); ; i++ {
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)-w) {
			return nil, errSegTruncated
		}
		if i == k {
			return b[w : w+int(n)], nil
		}
		b = b[w+int(n):]
	}
}

// segment is a decoded header with its record bytes.
type segment struct {
	seq        uint64
	terms      []string // the header's term table, when decoding
	vacs       []segVac
	emps       []segEmp
	delV, delE []string
	recs       []byte
	// body is the header after its batch number, when it was written
	// ahead of the segment's turn (see preparedPart); nil otherwise.
	body []byte
}

// record returns the bytes of a record.
func (s *segment) record(off, n uint32) []byte { return s.recs[off : off+n : off+n] }

// segWriter numbers a segment's terms as its header is written.
type segWriter struct {
	terms    map[string]int
	termList []string
}

// encodeSegment writes s (its records already packed into s.recs at the
// places its entries name) as bytes.
func encodeSegment(s *segment) []byte {
	body := s.body
	if body == nil {
		body = headerBody(s)
	}
	num := binary.AppendUvarint(nil, s.seq)
	out := make([]byte, 0, len(segMagic)+8+len(num)+len(body)+len(s.recs))
	out = append(out, segMagic...)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(num)+len(body)))
	out = append(append(out, num...), body...)
	return append(out, s.recs...)
}

// headerBody writes s's header after its batch number.
func headerBody(s *segment) []byte {
	// Number the terms in one pass and remember each vacancy's numbers,
	// so that writing the header looks nothing up again: two look-ups
	// per term were a third of encoding a batch of 10,000 vacancies.
	w := segWriter{terms: make(map[string]int, len(s.vacs))}
	nums := make([]uint32, 0, len(s.vacs)*16)
	for _, v := range s.vacs {
		for _, ts := range [3][]string{v.occ, v.words, v.cells} {
			for _, t := range ts {
				nums = append(nums, w.term(t))
			}
		}
		if v.employer != "" {
			// The employer as its term's number plus one (0: none),
			// not its id again.
			nums = append(nums, w.term(employerTerm(v.employer))+1)
		}
	}
	h := binary.AppendUvarint(nil, uint64(len(w.termList)))
	for _, t := range w.termList {
		h = appendString(h, t)
	}
	h = binary.AppendUvarint(h, uint64(len(s.vacs)))
	for _, v := range s.vacs {
		h = appendString(h, v.id)
		ts := [3][]string{v.occ, v.words, v.cells}
		n := len(ts[0]) + len(ts[1]) + len(ts[2])
		emp := uint32(0)
		if v.employer != "" {
			emp = nums[n]
		}
		h = binary.AppendUvarint(h, uint64(emp))
		h = appendHot(h, v.hot)
		for _, l := range ts {
			h = binary.AppendUvarint(h, uint64(len(l)))
			for _, t := range nums[:len(l)] {
				h = binary.AppendUvarint(h, uint64(t))
			}
			nums = nums[len(l):]
		}
		if v.employer != "" {
			nums = nums[1:]
		}
		h = binary.AppendUvarint(h, uint64(v.off))
		h = binary.AppendUvarint(h, uint64(v.n))
		h = binary.AppendUvarint(h, uint64(v.k))
	}
	h = binary.AppendUvarint(h, uint64(len(s.emps)))
	for _, e := range s.emps {
		h = appendString(h, e.id)
		h = append(h, e.brief.flags)
		h = appendString(h, e.brief.sector)
		h = binary.AppendUvarint(h, uint64(e.off))
		h = binary.AppendUvarint(h, uint64(e.n))
		h = binary.AppendUvarint(h, uint64(e.k))
	}
	for _, ids := range [][]string{s.delV, s.delE} {
		h = binary.AppendUvarint(h, uint64(len(ids)))
		for _, id := range ids {
			h = appendString(h, id)
		}
	}
	return h
}

// term returns t's number, numbering it if it is new.
func (w *segWriter) term(t string) uint32 {
	n, ok := w.terms[t]
	if !ok {
		n = len(w.termList)
		w.terms[t] = n
		w.termList = append(w.termList, t)
	}
	return uint32(n)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

const (
	hotHasLocation = 1 << iota
	hotRemote
	hotReserved
	hotCompetitive
	hotUnread
	hotHoursMinStated
)

func appendHot(b []byte, h retrieval.Hot) []byte {
	var flags byte
	for i, f := range []bool{h.HasLocation, h.Remote, h.Reserved, h.Competitive, h.Unread, h.HoursMinStated} {
		if f {
			flags |= 1 << i
		}
	}
	b = append(b, flags, h.Shifts, h.PayUnit, h.Env)
	b = binary.LittleEndian.AppendUint16(b, uint16(h.Start))
	b = binary.LittleEndian.AppendUint32(b, uint32(h.Posted))
	b = binary.LittleEndian.AppendUint32(b, uint32(h.ValidThrough))
	b = binary.LittleEndian.AppendUint64(b, h.Skills)
	for _, f := range []float64{h.Lat, h.Lon, h.HoursLo, h.HoursHi, h.PayMin, h.PayMax} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
	}
	return b
}

// segReader decodes a header; the first error sticks.
type segReader struct {
	b   []byte
	err error
}

func (r *segReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errSegTruncated
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *segReader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.err = errSegTruncated
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *segReader) string() string { return string(r.bytes(int(r.uvarint()))) }

func (r *segReader) hot() retrieval.Hot {
	b := r.bytes(4 + 2 + 8 + 8 + 6*8)
	if b == nil {
		return retrieval.Hot{}
	}
	f := func(i int) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b[22+8*i:])) }
	return retrieval.Hot{HasLocation: b[0]&hotHasLocation != 0, Remote: b[0]&hotRemote != 0,
		Reserved: b[0]&hotReserved != 0, Competitive: b[0]&hotCompetitive != 0, Unread: b[0]&hotUnread != 0, HoursMinStated: b[0]&hotHoursMinStated != 0, Shifts: b[1], PayUnit: b[2], Env: b[3],
		Start:  int16(binary.LittleEndian.Uint16(b[4:])),
		Posted: int32(binary.LittleEndian.Uint32(b[6:])), ValidThrough: int32(binary.LittleEndian.Uint32(b[10:])),
		Skills: binary.LittleEndian.Uint64(b[14:]),
		Lat:    f(0), Lon: f(1), HoursLo: f(2), HoursHi: f(3), PayMin: f(4), PayMax: f(5)}
}

var errSegTruncated = fmt.Errorf("truncated header")

// segmentRecords returns a segment of data's records only, its header
// left undecoded.
func segmentRecords(data []byte) (*segment, error) {
	if len(data) < len(segMagic)+8 || string(data[:len(segMagic)]) != segMagic {
		return nil, fmt.Errorf("not a segment")
	}
	hl := binary.LittleEndian.Uint64(data[len(segMagic):])
	body := data[len(segMagic)+8:]
	if hl > uint64(len(body)) {
		return nil, errSegTruncated
	}
	return &segment{recs: body[hl:]}, nil
}

// decodeSegment reads the header of data; the records stay in data.
func decodeSegment(data []byte) (*segment, error) {
	s, err := segmentRecords(data)
	if err != nil {
		return nil, err
	}
	hl := binary.LittleEndian.Uint64(data[len(segMagic):])
	r := segReader{b: data[len(segMagic)+8 : len(segMagic)+8+int(hl)]}
	s.seq = r.uvarint()
	nt := r.uvarint()
	if nt > uint64(len(r.b)) {
		return nil, errSegTruncated
	}
	s.terms = make([]string, nt)
	for i := range s.terms {
		s.terms[i] = r.string()
	}
	nv := r.uvarint()
	if nv > uint64(len(r.b)) {
		return nil, errSegTruncated
	}
	s.vacs = make([]segVac, nv)
	idx := make([]uint32, 0, 8*nv) // one array for every vacancy's terms
	termsAt := func() int {
		n := r.uvarint()
		if n > uint64(len(r.b)) {
			r.err = errSegTruncated
			return 0
		}
		for range n {
			k := r.uvarint()
			if k >= nt {
				r.err = errSegTruncated
				return 0
			}
			idx = append(idx, uint32(k))
		}
		return int(n)
	}
	// The ids go into one string per segment, sliced: a million small
	// strings cost Open more in allocation and collection than in copying.
	var idBuf []byte
	idEnds := make([]int, len(s.vacs))
	for i := range s.vacs {
		v := &s.vacs[i]
		idBuf = append(idBuf, r.bytes(int(r.uvarint()))...)
		idEnds[i] = len(idBuf)
		emp := r.uvarint()
		v.hot = r.hot()
		start := len(idx)
		termsAt() // occupations
		termsAt() // title words
		v.nCells = termsAt()
		if emp > 0 {
			if emp > nt {
				return nil, errSegTruncated
			}
			v.hasEmployer = true
			idx = append(idx, uint32(emp-1))
		}
		v.terms = idx[start:len(idx):len(idx)]
		v.off, v.n, v.k = uint32(r.uvarint()), uint32(r.uvarint()), uint32(r.uvarint())
		if uint64(v.off)+uint64(v.n) > uint64(len(s.recs)) {
			r.err = errSegTruncated
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	ids, start := string(idBuf), 0
	for i := range s.vacs {
		s.vacs[i].id, start = ids[start:idEnds[i]], idEnds[i]
	}
	ne := r.uvarint()
	if ne > uint64(len(r.b)) {
		return nil, errSegTruncated
	}
	s.emps = make([]segEmp, ne)
	for i := range s.emps {
		e := &s.emps[i]
		e.id = r.string()
		if f := r.bytes(1); f != nil {
			e.brief.flags = f[0]
		}
		e.brief.sector = r.string()
		e.off, e.n, e.k = uint32(r.uvarint()), uint32(r.uvarint()), uint32(r.uvarint())
		if uint64(e.off)+uint64(e.n) > uint64(len(s.recs)) {
			r.err = errSegTruncated
		}
	}
	for _, ids := range []*[]string{&s.delV, &s.delE} {
		n := r.uvarint()
		if n > uint64(len(r.b)) {
			return nil, errSegTruncated
		}
		*ids = make([]string, n)
		for i := range *ids {
			(*ids)[i] = r.string()
		}
	}
	return s, r.err
}
