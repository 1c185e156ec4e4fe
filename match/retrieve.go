package match

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/ipsmatch/ipsmatch/preference"
)

// tierCands are the vacancies of one block of a tier within the client's
// reach, in rings of distance from the client's home, nearest first.
type tierCands struct {
	rings    []ring
	occMax   float64 // the best occupation score in this tier
	occBound float64 // the best occupation score in any later tier
	fresh    float64 // the best posting-age score in this block
}

// ring holds candidates at least minKm from home (straight line).
type ring struct {
	minKm float64
	picks []pick
}

// pick is a candidate's hot fields: bounding its score reads a compact
// array, and the record is read (index.Entry) only for a candidate whose
// bound could still make the list.
type pick struct {
	h retrieval.Hot
}

// reader reads a search's candidates tier by tier, on demand, and each
// tier block by block: a block is a band of distance from home and a
// class of weeks of posting, and the blocks are read best bound first
// (near and recent before far or old). A tier, or the blocks of one, that
// the bound shows cannot contribute is never read. It counts what lies
// beyond reach (too far) in the tiers it reads, and the unrelated work
// (other work) when it has read every tier.
type reader struct {
	e      *Engine
	w      *want
	area   *retrieval.Area
	blocks []block // the area by distance and weeks, best bound first
	tiers  []tier
	mark   retrieval.Mark
	bufs   *buffers
	read   int // tiers read so far
	block  int // the block of tiers[read] to read next
	// restMax[i] is the highest bound of blocks i onwards in the tier
	// being read.
	restMax []float64
	// skipped are the tiers with blocks left unread by the bound.
	skipped []int
	// terms are the occupation terms of the tiers read.
	terms []string
	// related counts the candidates within reach of the tiers read.
	related, tooFar int
	// lastRead is how many vacancies the last block read selected.
	lastRead int
}

// band is the part of a search's area whose cells lie at least minKm from
// home (straight line).
type band struct {
	area  *retrieval.Area
	minKm float64
}

// block is a band limited to some weeks of posting, whose vacancies'
// posting age scores at most fresh (postedScore).
type block struct {
	area  *retrieval.Area
	minKm float64
	fresh float64
}

// maxBands bounds how many bands of distance a search's area is read in.
// At 1M on the shared profiles, more than half of the candidates a search
// read lay in rings the bound then skipped.
const maxBands = 6

// readByBands is false only in a test that reads every tier whole, to
// show that reading by blocks changes nothing a client or specialist sees.
var readByBands = true

func (e *Engine) newReader(w *want, bufs *buffers) *reader {
	cells, minKm := w.area()
	r := &reader{e: e, w: w, area: e.src.NewArea(cells), tiers: steps(w.tiers(), w.jobs), bufs: bufs}
	if w.mustJob {
		// A step whose best occupation score, before the weight of the
		// choice it matched, falls short of a must leaves out every
		// vacancy it reads: on the project's own town at 1M, a must job
		// type the taxonomy could not read read 6,900 titles holding one
		// of its words, only to leave each out (issue 9).
		cw := 1.0
		for i, j := range w.jobs {
			if j.strength == preference.Must {
				cw = min(cw, choiceWeight(i))
			}
		}
		r.tiers = slices.DeleteFunc(r.tiers, func(t tier) bool { return t.occMax < mustOccupation*cw-1e-9 })
	}
	if len(w.jobs) == 0 {
		// Everything within reach is one tier.
		r.tiers = []tier{{occMax: 1}}
	} else {
		r.mark = e.src.NewMark()
	}
	// The area read first, by bands: within a must commute limit, or
	// within a preferred one, whose rings and the rest follow.
	whole, past := r.area, []band(nil)
	if cells == nil {
		if near, nearKm, rings, beyond := w.nearArea(); near != nil {
			cells, minKm, whole = near, nearKm, e.src.NewArea(near)
			within := slices.Clone(near)
			for _, rg := range rings {
				past = append(past, band{area: e.src.NewArea(rg.cells), minKm: rg.minKm})
				within = append(within, rg.cells...)
			}
			past = append(past, band{area: e.src.NewArea(within).Complement(), minKm: beyond})
		}
	}
	bs := w.bands(cells, minKm, e.src.NewArea)
	if len(bs) <= 1 {
		bs = []band{{area: whole}}
	}
	r.blocks = w.blocks(append(bs, past...))
	return r
}

// weeksPerClass is how many weeks of posting one block of a search
// reads. At 1M on the shared profiles, bounding each block by its newest
// posting left a third of the candidates that bands of distance alone
// read. Two weeks a block rather than one cost the same there and 5% less
// on the project's own town of 100,000, where a search reads fewer
// candidates and each block read costs more of the whole.
const weeksPerClass = 2

// blocks splits each band by weeks of posting, newest first, and orders
// the blocks by the best score a vacancy in one can reach, best first:
// the order does not depend on the tier, since the occupation's share of
// the bound is the same in every block of a tier. The blocks of one band
// together hold what the band holds. A search without an area (no
// commute limit) reads its tiers whole.
func (w *want) blocks(bs []band) []block {
	if !readByBands || bs[0].area == nil || w.todayDay < 0 {
		out := make([]block, len(bs))
		for i, b := range bs {
			out[i] = block{area: b.area, minKm: b.minKm, fresh: 1}
		}
		return out
	}
	// The classes of weeks: this week (and any later), then
	// weeksPerClass at a time, back to the weeks whose every day scores
	// no more than a posting of unknown date, which go with those in one
	// class.
	type class struct {
		from, to int32
		fresh    float64
	}
	now := retrieval.PostedWeek(w.todayDay)
	classes := []class{{now, retrieval.AnyWeek, 1}}
	for to := now - 1; to >= 0; to -= weeksPerClass {
		from := max(0, to-weeksPerClass+1)
		// The newest day of the class scores best.
		fresh := postedScore(int(w.todayDay-(to*7+6)), true)
		if fresh <= postedScore(0, false) || from == 0 {
			classes = append(classes, class{retrieval.UnknownWeek, to, max(fresh, postedScore(0, false))})
			break
		}
		classes = append(classes, class{from, to, fresh})
	}
	if now <= 0 {
		classes = append(classes, class{retrieval.UnknownWeek, retrieval.UnknownWeek, postedScore(0, false)})
	}
	type bounded struct {
		b     block
		bound float64
	}
	all := make([]bounded, 0, len(bs)*len(classes))
	for _, b := range bs {
		for _, c := range classes {
			all = append(all, bounded{block{area: b.area.Weeks(c.from, c.to), minKm: b.minKm, fresh: c.fresh}, w.upperBoundAt(1, b.minKm, c.fresh)})
		}
	}
	slices.SortStableFunc(all, func(a, b bounded) int { return cmp.Compare(b.bound, a.bound) })
	out := make([]block, len(all))
	for i, a := range all {
		out[i] = a.b
	}
	return out
}

// bands splits the area's cells into at most maxBands by their nearest
// point's distance from home (minKm, which bounds the commute to every
// place in the cell), nearest first. Remote work and postings of unknown
// place go in the first, as rings put them first.
func (w *want) bands(cells []string, minKm []float64, newArea func([]string) *retrieval.Area) []band {
	if !readByBands || cells == nil || w.p.Home == nil || w.reachKm <= 0 || len(cells) <= maxBands {
		return nil
	}
	width := (w.reachKm*1.05 + 0.3) / maxBands
	var cs [maxBands][]string
	var mins [maxBands]float64
	for i := range mins {
		mins[i] = math.Inf(1)
	}
	for i, c := range cells {
		km := minKm[i]
		b := min(maxBands-1, int(km/width))
		cs[b] = append(cs[b], c)
		mins[b] = min(mins[b], km)
	}
	out := make([]band, 0, maxBands)
	for b := range cs {
		if len(cs[b]) > 0 {
			out = append(out, band{area: newArea(cs[b]), minKm: mins[b]})
		}
	}
	return out
}

// steps turns the tiers into reading steps, each with its own best
// occupation score, read best first: the client's occupation codes (the
// same occupation), titles met by the words of a job type the taxonomy
// read, titles holding k of the words of each job type it could not read
// (for each k), the unit groups, then the later tiers. Each code, unit group and job type's
// words is bounded by the best it can score for any job type that has it:
// its level, times the occupation's weight in the wish and the job type's
// place on the client's list (choiceWeight). A vacancy first met at a
// step has none of the earlier steps' terms (and fewer words than they
// asked), so its occupation scores at most that step's best and the bound
// is tight. At 1M, bounding the whole first tier as the same occupation
// read thousands of records a search that could not make the list, and a
// title sharing one common word ("assistant") with the client's three was
// bounded as if it held all three.
func steps(ts []tier, jobs []jobWant) []tier {
	if len(ts) == 0 || ts[0].occMax != simSame {
		return ts
	}
	t := ts[0]
	// The best each code and unit group scores, over the job types and
	// occupations that have it (simOcc).
	best := map[string]float64{}
	for i := range jobs {
		j := &jobs[i]
		for k, o := range j.occs {
			cw := j.weight[k] * choiceWeight(i)
			best[retrieval.CodeTerm(o.ID)] = max(best[retrieval.CodeTerm(o.ID)], simSame*cw)
			if len(o.ISCO) == 4 {
				unit := simUnit * cw
				if j.themes != nil {
					unit *= themeSpread
				}
				best[retrieval.UnitTerm(o.ISCO)] = max(best[retrieval.UnitTerm(o.ISCO)], unit)
			}
		}
	}
	var out []tier
	byBound := map[float64]int{} // the step of term steps with that bound
	for _, term := range t.terms {
		b, ok := best[term]
		if !ok {
			// A term no job type's occupation gives: bound as the tier.
			b = simSame
		}
		if i, ok := byBound[b]; ok {
			out[i].terms = append(out[i].terms, term)
			continue
		}
		byBound[b] = len(out)
		out = append(out, tier{terms: []string{term}, occMax: b})
	}
	// Titles met by the words of a job type the taxonomy read (unread
	// titles with its words, read titles with all of them) and carrying
	// none of the client's codes score at most simWords for that job
	// type: by those words, or less by a unit group, a minor group,
	// related work or a theme, each a step of its own. Bounded as the
	// same occupation, as they once were, they made half of the records a
	// search read at 1M that could not make the list.
	for i := range jobs {
		if j := &jobs[i]; j.wordsText != "" && j.understood {
			out = append(out, tier{readWords: []string{j.wordsText}, occMax: simWords * choiceWeight(i)})
		}
	}
	if t.words != "" {
		out = append(out, wordSteps(jobs)...)
	}
	out = append(out, ts[1:]...)
	out = slices.DeleteFunc(out, func(st tier) bool { return len(st.terms) == 0 && st.words == "" && len(st.readWords) == 0 })
	// Best first, whatever the factor's constants are.
	slices.SortStableFunc(out, func(a, b tier) int { return cmp.Compare(b.occMax, a.occMax) })
	for i := range out {
		out[i].occBound = 0
		if i+1 < len(out) {
			out[i].occBound = out[i+1].occMax
		}
	}
	return out
}

// wordSteps reads titles by the words of each job type the taxonomy could
// not read, by how many of them they hold: a title holding k of a job
// type's n words (its fewest in any language) scores on words at most
// simWords times k over n, times the job type's place on the list; and
// by one word naming a theme of a broad wish, at most simThemeWord. Each
// job type has steps of its own: counted over all of the client's words
// together, a title with one word of each of two job types was bounded as
// if it held two of one.
func wordSteps(jobs []jobWant) []tier {
	var out []tier
	for i := range jobs {
		j := &jobs[i]
		cw := choiceWeight(i)
		if j.wordsText != "" && !j.understood {
			n := 0
			for _, ws := range j.words {
				if len(ws) > 0 && (n == 0 || len(ws) < n) {
					n = len(ws)
				}
			}
			if n == 0 {
				out = append(out, tier{words: j.wordsText, occMax: simWords * cw})
			}
			for k := n; k >= 1; k-- {
				out = append(out, tier{words: j.wordsText, minWords: k, occMax: simWords * cw * float64(k) / float64(n)})
			}
		}
		if j.themeText != "" {
			out = append(out, tier{words: j.themeText, occMax: simThemeWord * cw})
		}
	}
	return out
}

// next reads the next band of a tier; ok is false when every tier has
// been read. A candidate whose hot bound is below floor, the score of the
// last result kept when the block is read, is left out as it is read:
// the threshold only rises, so scoring would skip it unread, and keeping
// only the others spares copying every candidate of a wide search twice
// (into the candidates, then into rings). Copied first, the candidates of
// the widest searches at 1M were a quarter of their time (issue 9).
func (r *reader) next(ctx context.Context, floor float64) (tc tierCands, ok bool, err error) {
	if r.read == len(r.tiers) {
		return tierCands{}, false, nil
	}
	t, b := r.tiers[r.read], r.blocks[r.block]
	first := r.block == 0
	if first && len(r.blocks) > 1 {
		r.boundBlocks(t)
	}
	if r.block++; r.block == len(r.blocks) {
		r.read, r.block = r.read+1, 0
	}
	occMax := t.occMax
	if len(r.w.jobs) == 0 {
		occMax = 1
	}
	c := collector{w: r.w, occMax: occMax, floor: floor, picks: r.bufs.candidates()}
	// Blocks do not overlap: a search of no job type needs no mark.
	sel := r.e.src.SelectArea
	if len(r.w.jobs) > 0 {
		sel = func(area *retrieval.Area, in func(retrieval.Hot)) error { return r.selectIn(ctx, t, area, in) }
	}
	if x, y, ok := r.halves(b.area); ok {
		err = r.selectOnTwo(x, y, &c, sel)
	} else {
		err = sel(b.area, c.add)
	}
	entries, n := c.picks, c.n
	r.bufs.keepCandidates(entries)
	r.lastRead = n
	if err != nil {
		return tierCands{}, false, err
	}
	if len(r.w.jobs) == 0 {
		return tierCands{rings: r.w.rings(entries, n, r.bufs), occMax: 1, fresh: b.fresh}, true, nil
	}
	if first {
		r.terms = append(r.terms, t.terms...)
	}
	r.related += n
	return tierCands{rings: r.w.rings(entries, n, r.bufs), occMax: t.occMax, occBound: t.occBound, fresh: b.fresh}, true, nil
}

// collector gathers a block's candidates, leaving out those whose hot
// bound is below floor (see next); n counts every vacancy it was given.
type collector struct {
	w             *want
	occMax, floor float64
	picks         []pick
	n             int
}

func (c *collector) add(h retrieval.Hot) {
	c.n++
	if c.floor > 0 && c.w.hotBelow(h, c.occMax, c.floor) {
		return
	}
	c.picks = append(c.picks, pick{h})
}

// selectIn calls in for the unmarked vacancies of tier t in area.
func (r *reader) selectIn(ctx context.Context, t tier, area *retrieval.Area, in func(retrieval.Hot)) error {
	if t.words != "" || len(t.readWords) > 0 {
		// Words are looked up within reach only, cell by cell, as
		// occupations are: a common word matches a large share of the
		// whole index, and reading every hit made the slowest searches
		// (issue 9).
		if err := r.e.src.SelectTitleWords(ctx, t.words, t.minWords, t.readWords, area, r.mark, in); err != nil {
			return err
		}
	}
	// Occupation terms are read cell by cell within reach: walking their
	// lists region-wide visited fifteen vacancies out of reach for every
	// one in reach at 1M (issue 9).
	return r.e.src.Select(t.terms, area, r.mark, in)
}

// more reports whether tiers remain unread.
func (r *reader) more() bool { return r.read < len(r.tiers) }

// restBound is the highest score a vacancy can reach in the blocks of
// the tier being read not yet read; ok is false when none remain.
// Bounds of blocks after the next are taken too, though the order makes
// them no higher, since rounding could break a tie either way.
func (r *reader) restBound() (b float64, ok bool) {
	if r.block == 0 {
		return 0, false
	}
	return r.restMax[r.block], true
}

// boundBlocks fills restMax for tier t.
func (r *reader) boundBlocks(t tier) {
	r.restMax = slices.Grow(r.restMax[:0], len(r.blocks))[:len(r.blocks)]
	for i := len(r.blocks) - 1; i >= 0; i-- {
		r.restMax[i] = r.w.upperBoundAt(t.occMax, r.blocks[i].minKm, r.blocks[i].fresh)
		if i+1 < len(r.blocks) {
			r.restMax[i] = max(r.restMax[i], r.restMax[i+1])
		}
	}
}

// skipRest leaves the tier's blocks not yet read unread, and goes on to
// the next tier.
func (r *reader) skipRest() {
	if r.block > 0 && r.block < len(r.blocks) {
		r.skipped = append(r.skipped, r.read)
	}
	r.read, r.block = r.read+1, 0
}

// count adds the reader's counts to res: when the list is short, the
// vacancies of the tiers read that lie out of reach (counting them costs a
// walk of their lists region-wide, which a full list does not need), and
// unrelated work (or, for a must job type, the wrong kind of work) once
// every tier has been read, when it is exact.
func (r *reader) count(ctx context.Context, res *Results, short bool) error {
	if len(r.w.jobs) == 0 && r.area != nil {
		// Everything out of the area is too far.
		_, total := r.e.ix.Count()
		r.tooFar += total - r.e.src.CountIn(r.area)
	}
	if short && r.area != nil && len(r.terms) > 0 {
		n, err := r.e.src.CountOutside(r.terms, r.area, r.mark)
		if err != nil {
			return err
		}
		r.tooFar += n
	}
	addCount(res, ExTooFar, r.tooFar)
	if len(r.w.jobs) == 0 || r.more() {
		return nil
	}
	// Every tier was reached: what the bound skipped is related work
	// within reach too. Each tier with blocks skipped is counted once
	// over the whole area, since every vacancy of the blocks read is
	// marked already. Title words counted block by block analysed the
	// words and walked the cells again for each block: for one must job
	// type at 1M, that was most of the search (issue 9).
	for _, ti := range r.skipped {
		t := r.tiers[ti]
		if t.words != "" || len(t.readWords) > 0 {
			if err := r.e.src.SelectTitleWords(ctx, t.words, t.minWords, t.readWords, r.area, r.mark, func(retrieval.Hot) { r.related++ }); err != nil {
				return err
			}
		}
		n, err := r.e.src.CountTerms(t.terms, r.area, r.mark)
		if err != nil {
			return err
		}
		r.related += n
	}
	if r.w.mustJob {
		addCount(res, ExJobType, r.e.src.CountIn(r.area)-r.related)
	} else {
		addCount(res, ExOtherWork, r.e.src.CountIn(r.area)-r.related)
	}
	return nil
}

func addCount(res *Results, reason string, n int) {
	if n > 0 {
		res.Excluded[reason] += n
	}
}

// maxRings bounds how finely candidates are split by distance.
const maxRings = 24

// rings groups entries by straight-line distance from the client's home,
// so that scoring can stop at a distance beyond which no vacancy could make
// the list. Remote vacancies and those without a location come first.
// Without a home or a commute preference, distance does not score and
// there is one ring; so there is when fewer than 64 were read (read,
// before next left some out), so that leaving them out changes no order
// of reading.
func (w *want) rings(entries []pick, read int, bufs *buffers) []ring {
	if w.p.Home == nil || w.p.Commute == nil || read < 64 {
		return []ring{{picks: entries}}
	}
	width := math.Max(0.25, w.reachKm*2/maxRings)
	home := *w.p.Home
	cosLat := math.Cos(home.Lat * math.Pi / 180)
	// A counting sort into one array: candidate lists run to tens of
	// thousands, and growing a slice per ring would copy them repeatedly.
	bucket := bufs.bytes(len(entries))
	var counts [maxRings]int
	for i, pk := range entries {
		b := 0
		if pk.h.HasLocation && !pk.h.Remote {
			dx := (pk.h.Lon - home.Lon) * cosLat * 111.32
			dy := (pk.h.Lat - home.Lat) * 110.57
			b = min(maxRings-1, int(math.Sqrt(dx*dx+dy*dy)/width))
		}
		bucket[i] = uint8(b)
		counts[b]++
	}
	var starts [maxRings + 1]int
	for b := range maxRings {
		starts[b+1] = starts[b] + counts[b]
	}
	sorted := bufs.sortedOf(len(entries))
	next := starts
	for i, pk := range entries {
		sorted[next[bucket[i]]] = pk
		next[bucket[i]]++
	}
	out := make([]ring, 0, maxRings)
	for b := range maxRings {
		if counts[b] > 0 {
			// The equirectangular distance is within 1% of the great
			// circle at these ranges; the margin keeps the bound safe.
			out = append(out, ring{minKm: math.Max(0, float64(b)*width*0.98-0.05), picks: sorted[starts[b]:starts[b+1]]})
		}
	}
	return out
}

// buffers lend a search the arrays its candidate lists need, from a pool:
// a search over a large area reads tens of thousands of candidates, and
// allocating them afresh each time would keep the collector busy. A
// search reads its blocks one after another and scores each before
// reading the next, so one array of each kind serves every block, and it
// keeps whatever size it grew to: growing a fresh one per block was a
// quarter of match time on the project's own town at 1M (issue 9).
type buffers struct {
	cands, sorted []pick
	more          []pick // the other core's candidates (selectOnTwo)
	bucket        []byte
	bounds        []ranked
}

// ranked is a candidate of a ring (its place in the ring's picks) with
// its bound from the hot fields.
type ranked struct {
	b float64
	i int32
}

// boundsOf returns the empty bounds array, with room for n; keepBounds
// must be given it back once appended to.
func (b *buffers) boundsOf(n int) []ranked {
	if cap(b.bounds) < n {
		b.bounds = make([]ranked, 0, n+n/4)
	}
	return b.bounds[:0]
}

func (b *buffers) keepBounds(s []ranked) { b.bounds = s }

var pickPool, bytePool sync.Pool

// candidates returns the empty candidate array; keepCandidates must be
// given it back once appended to, so that its growth is kept.
func (b *buffers) candidates() []pick { return pooled(&b.cands) }

// pooled returns *cur emptied, taking an array from the pool first when
// it has none.
func pooled(cur *[]pick) []pick {
	if *cur == nil {
		if v, ok := pickPool.Get().(*[]pick); ok {
			*cur = *v
		} else {
			*cur = make([]pick, 0, 256)
		}
	}
	return (*cur)[:0]
}

func (b *buffers) keepCandidates(s []pick) { b.cands = s }

// second returns the other core's empty candidate array; keepSecond must
// be given it back once appended to.
func (b *buffers) second() []pick { return pooled(&b.more) }

func (b *buffers) keepSecond(s []pick) { b.more = s }

// sortedOf returns the sorting array with length n.
func (b *buffers) sortedOf(n int) []pick {
	b.sorted = withLen(&pickPool, b.sorted, n)
	return b.sorted
}

// bytes returns the byte array with length n.
func (b *buffers) bytes(n int) []byte {
	b.bucket = withLen(&bytePool, b.bucket, n)
	return b.bucket
}

// withLen returns cur with length n when it has the room, else an array
// from pool that has, else a new one with a quarter to spare.
func withLen[T any](pool *sync.Pool, cur []T, n int) []T {
	if cap(cur) >= n {
		return cur[:n]
	}
	if v, ok := pool.Get().(*[]T); ok && cap(*v) >= n {
		return (*v)[:n]
	}
	return make([]T, n, n+n/4)
}

// release returns the arrays to the pools; nothing may use them after.
func (b *buffers) release() {
	// Pooled arrays may still point at entries an update has replaced;
	// the pool drops its contents at every other collection, so that
	// garbage is bounded and short-lived.
	for _, p := range [][]pick{b.cands, b.sorted, b.more} {
		if p != nil {
			p = p[:0]
			pickPool.Put(&p)
		}
	}
	if b.bucket != nil {
		x := b.bucket[:0]
		bytePool.Put(&x)
	}
	*b = buffers{}
}
