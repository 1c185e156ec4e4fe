package index

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/blevesearch/bleve/v2"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Batch is a set of changes applied together: either all of them are
// written or, if any record is invalid, none.
type Batch struct {
	Employers       []employer.Employer
	Vacancies       []employer.Vacancy
	DeleteEmployers []string
	DeleteVacancies []string
	// Source names where the records came from, for error messages.
	Source string
}

// Stats counts what a batch changed.
type Stats struct {
	EmployersAdded, EmployersUpdated, EmployersUnchanged int
	VacanciesAdded, VacanciesUpdated, VacanciesUnchanged int
	Deleted                                              int
	// Parts counts the atomic parts written (see MaxPart); 0 when nothing
	// changed.
	Parts int
}

func docID(kind, id string) string { return kind[:1] + "/" + id }

func stripKind(docID string) string {
	if i := strings.IndexByte(docID, '/'); i >= 0 {
		return docID[i+1:]
	}
	return docID
}

// MaxPart is the most records Apply writes as one atomic part: a larger
// batch is split into parts of this size, each durable and all-or-nothing
// on its own, so that memory stays bounded however large the input (one
// 200,000-vacancy batch used to take 4.8 GB).
const MaxPart = 10_000

// Apply validates every record in b and writes them, with a segment
// beside bleve's batch. When Apply returns nil everything is durable on
// disk. An invalid record fails the whole batch before anything is
// written, with an error wrapping ErrInvalidBatch and the record's
// *employer.FieldError. A batch of at most MaxPart records (employers plus
// vacancies) is written all-or-nothing; a larger one is written in parts
// of MaxPart (employers first, deletes last), each all-or-nothing, and an
// error after the first part says how many parts were written, which
// Stats.Parts counts. Re-applying the same records is idempotent: records
// identical to the stored ones are counted as unchanged and not written
// again.
func (ix *Index) Apply(ctx context.Context, b Batch) (Stats, error) {
	var st Stats
	if ix.opt.ReadOnly {
		return st, ErrReadOnly
	}
	if err := validateBatch(b); err != nil {
		return st, err
	}
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	parts := splitBatch(b)
	if n := runtime.GOMAXPROCS(0); len(ix.memos) < n {
		ix.memos = append(ix.memos, make([]prepMemo, n-len(ix.memos))...)
	}
	memos := ix.memos
	// Each part's vacancies are prepared (on every core) while the part
	// before is written, which is mostly one core's work: a large batch
	// imports as fast as its preparation allows.
	var next *prepared
	defer func() {
		if next != nil {
			next.wait()
		}
	}()
	for i, p := range parts {
		var pre *preparedPart
		if next != nil {
			pre, next = next.wait(), nil
		}
		if err := ctx.Err(); err != nil {
			return st, partError(i, len(parts), err)
		}
		if ix.isClosed() {
			return st, partError(i, len(parts), ErrClosed)
		}
		if pre == nil {
			pre = ix.prepareVacancies(p.Vacancies, memos)
		}
		if i+1 < len(parts) && len(parts[i+1].Vacancies) > 0 {
			next = ix.prepareAhead(parts[i+1].Vacancies, memos)
		}
		if err := ix.applyPart(p, pre, &st); err != nil {
			return st, partError(i, len(parts), err)
		}
	}
	ix.log.Debug("batch applied", "source", b.Source, "employers", len(b.Employers), "vacancies", len(b.Vacancies), "parts", st.Parts)
	return st, nil
}

func partError(i, n int, err error) error {
	if i == 0 {
		return err
	}
	return fmt.Errorf("index: %d of %d parts written: %w", i, n, err)
}

// splitBatch cuts b into parts of at most MaxPart records.
func splitBatch(b Batch) []Batch {
	if len(b.Employers)+len(b.Vacancies) <= MaxPart {
		return []Batch{b}
	}
	var out []Batch
	for i := 0; i < len(b.Employers); i += MaxPart {
		out = append(out, Batch{Employers: b.Employers[i:min(i+MaxPart, len(b.Employers))], Source: b.Source})
	}
	for i := 0; i < len(b.Vacancies); i += MaxPart {
		out = append(out, Batch{Vacancies: b.Vacancies[i:min(i+MaxPart, len(b.Vacancies))], Source: b.Source})
	}
	last := &out[len(out)-1]
	last.DeleteEmployers, last.DeleteVacancies = b.DeleteEmployers, b.DeleteVacancies
	return out
}

// prepared is a part's vacancies being prepared ahead of their turn.
type prepared struct {
	done chan struct{}
	part *preparedPart
}

// prepareAhead prepares vs in the background. It reads only the
// taxonomy and the analyzers, which no batch changes, and uses the
// writer's memos, which the writer leaves alone until it waits for it.
func (ix *Index) prepareAhead(vs []employer.Vacancy, memos []prepMemo) *prepared {
	p := &prepared{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.part = ix.prepareVacancies(vs, memos)
	}()
	return p
}

func (p *prepared) wait() *preparedPart {
	<-p.done
	return p.part
}

// applyPart writes one atomic part, its vacancies prepared as pre. The
// caller holds ix.writeMu.
func (ix *Index) applyPart(b Batch, pre *preparedPart, st *Stats) error {
	seg, bb, err := ix.prepare(b, pre, st)
	if err != nil {
		return err
	}
	if len(seg.vacs)+len(seg.emps)+len(seg.delV)+len(seg.delE) == 0 {
		return nil
	}
	if err := ix.commit(seg, bb, st); err != nil {
		return err
	}
	st.Parts++
	return nil
}

// prepare encodes the batch's records once, as the segment keeps them,
// and the bleve documents of employers, leaving out records identical
// to the stored ones. Only the writer changes the maps it reads, and the
// caller is the writer.
func (ix *Index) prepare(b Batch, pre *preparedPart, st *Stats) (*segment, *bleve.Batch, error) {
	seg := &segment{}
	bb := ix.bi.NewBatch()
	var empRaws, vacRaws [][]byte
	for i := range b.Employers {
		e := &b.Employers[i]
		raw, err := encodeEmployer(e)
		if err != nil {
			return nil, nil, fmt.Errorf("index: employer %q: %w", e.ID, err)
		}
		if old, ok := ix.emps.get(e.ID); ok && ix.sameJSON(old, raw) {
			st.EmployersUnchanged++
			continue
		}
		seg.emps = append(seg.emps, segEmp{id: e.ID, brief: briefOf(e)})
		empRaws = append(empRaws, raw)
		if err := bb.Index(docID(kindEmployer, e.ID), employerDoc(e)); err != nil {
			return nil, nil, fmt.Errorf("index: employer %q: %w", e.ID, err)
		}
	}
	for _, pv := range pre.vacs {
		if pv.err != nil {
			return nil, nil, pv.err
		}
		if old, ok := ix.vacs.get(pv.v.id); ok && ix.sameJSON(ix.recs[old], pv.raw) {
			st.VacanciesUnchanged++
			continue
		}
		seg.vacs = append(seg.vacs, pv.v)
		vacRaws = append(vacRaws, pv.raw)
	}
	for i, p := range seg.packBlocks(empRaws) {
		seg.emps[i].off, seg.emps[i].n, seg.emps[i].k = p.off, p.n, p.k
	}
	asPrepared := len(vacRaws) == len(pre.vacs)
	if asPrepared {
		// None was left out as unchanged, as in any import of new
		// postings: the blocks packed with the part are the segment's.
		base := uint32(len(seg.recs))
		seg.recs = append(seg.recs, pre.recs...)
		for i, p := range pre.places {
			seg.vacs[i].off, seg.vacs[i].n, seg.vacs[i].k = base+p.off, p.n, p.k
		}
	} else {
		for i, p := range seg.packBlocks(vacRaws) {
			seg.vacs[i].off, seg.vacs[i].n, seg.vacs[i].k = p.off, p.n, p.k
		}
	}
	for _, id := range b.DeleteEmployers {
		if _, ok := ix.emps.get(id); ok {
			seg.delE = append(seg.delE, id)
			bb.Delete(docID(kindEmployer, id))
		}
	}
	for _, id := range b.DeleteVacancies {
		if _, ok := ix.vacs.get(id); ok {
			seg.delV = append(seg.delV, id)
		}
	}
	if asPrepared && len(seg.emps)+len(seg.delV)+len(seg.delE) == 0 {
		// The segment holds the part's vacancies alone, as the header
		// written with them describes.
		seg.body = pre.body
	}
	return seg, bb, nil
}

// commit writes the segment, synced, then bleve's batch with the
// segment's number, then makes the segment current in memory. A crash
// between the two writes leaves a segment newer than bleve's number,
// which Open removes.
func (ix *Index) commit(seg *segment, bb *bleve.Batch, st *Stats) error {
	seg.seq = ix.seq + 1
	data := encodeSegment(seg)
	if ix.opt.Path != "" {
		if err := writeSegmentFile(ix.opt.Path, seg.seq, data); err != nil {
			return fmt.Errorf("index: writing segment %s: %w", segName(seg.seq), err)
		}
	}
	bb.SetInternal([]byte(seqKey), []byte(strconv.FormatUint(seg.seq, 10)))
	if err := ix.bi.Batch(bb); err != nil {
		if ix.opt.Path != "" {
			_ = os.Remove(filepath.Join(ix.opt.Path, segDir, segName(seg.seq)))
		}
		return fmt.Errorf("index: writing batch: %w", err)
	}
	src := data
	var m *mappedFile
	if ix.opt.Path != "" {
		// Read the records from the file's pages, not from a copy on
		// the heap: an import of a million vacancies would keep them all.
		var err error
		if m, err = mapSegment(ix.opt.Path, seg.seq); err != nil {
			return fmt.Errorf("index: segment %s: %w", segName(seg.seq), err)
		}
		src = m.m
	}
	s, err := decodeSegment(src)
	if err != nil {
		return fmt.Errorf("index: segment %s just written is unreadable: %w", segName(seg.seq), err)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if m != nil {
		ix.files = append(ix.files, m)
	}
	ix.addSegment(s, st)
	ix.seq = seg.seq
	return nil
}

func (ix *Index) sameJSON(r recRef, raw []byte) bool {
	old, err := ix.jsonOf(r)
	return err == nil && bytes.Equal(old, raw)
}

// preparedVac is a vacancy ready to write: its header line and record
// bytes.
type preparedVac struct {
	v   segVac
	raw []byte
	err error
}

// preparedPart is a part's vacancies ready to write, with their records
// packed into compressed blocks in order (recs, and places in it), for
// when none of them is left out as unchanged.
type preparedPart struct {
	vacs   []preparedVac
	recs   []byte
	places []recPlace
	// body is the header of a segment of these vacancies alone (see
	// segment.body).
	body []byte
}

// prepareVacancies enriches, analyses, encodes and packs vacancies on
// every core: each is independent, and this is most of an import's own
// work. Writing a part is one core's work, so whatever can be done here,
// ahead of the part's turn (see Apply), is taken off the writer. memos
// holds at least one memo; as many workers run as there are memos.
func (ix *Index) prepareVacancies(vs []employer.Vacancy, memos []prepMemo) *preparedPart {
	out := make([]preparedVac, len(vs))
	workers := min(cores(len(vs)), len(memos))
	onCores(workers, func(w int) {
		for i := w; i < len(vs); i += workers {
			out[i] = ix.prepareVacancy(vs[i], &memos[w])
		}
	})
	raws := make([][]byte, len(out))
	for _, pv := range out {
		if pv.err != nil {
			return &preparedPart{vacs: out}
		}
	}
	layOut(out)
	for i, pv := range out {
		raws[i] = pv.raw
	}
	alone := segment{vacs: make([]segVac, 0, len(out))}
	places := alone.packBlocks(raws)
	for i, p := range places {
		v := out[i].v
		v.off, v.n, v.k = p.off, p.n, p.k
		alone.vacs = append(alone.vacs, v)
	}
	return &preparedPart{vacs: out, recs: alone.recs, places: places, body: headerBody(&alone)}
}

// layOut orders a part's vacancies by place and week of posting: by
// coarse cell, then newest week first, then fine cell. Their slots, and so
// their hot fields, lie in that order, and a search reads a term's
// vacancies in a coarse cell and week (see termCells), or a cell's, from
// memory that lies together rather than scattered over the whole array.
// Laid out in the order they came, a search of a wide area at 1M spent
// most of its time waiting on memory (issue 9). A part holds each vacancy
// once, so the order changes nothing else.
func layOut(out []preparedVac) {
	// Sorted by a small key with each vacancy's place in the part (which
	// breaks ties, as a stable sort would), then moved once: a prepared
	// vacancy is a few hundred bytes, and sorting them in place moved
	// each many times, a fifth of an import in memory.
	type key struct {
		coarse, fine string
		week, i      int32
	}
	keys := make([]key, len(out))
	for i := range out {
		c := out[i].v.cells
		keys[i] = key{c[0], c[len(c)-1], retrieval.PostedWeek(out[i].v.hot.Posted), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.coarse, b.coarse); c != 0 {
			return c
		}
		if c := cmp.Compare(b.week, a.week); c != 0 {
			return c
		}
		if c := strings.Compare(a.fine, b.fine); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	sorted := make([]preparedVac, len(out))
	for j, k := range keys {
		sorted[j] = out[k.i]
	}
	copy(out, sorted)
}

// cores is how many workers share n items: one per core, and at least
// 256 items each.
func cores(n int) int { return min(runtime.GOMAXPROCS(0), max(1, n/256)) }

// onCores runs fn(w) for every w below workers, each in its own
// goroutine, and waits for them.
func onCores(workers int, fn func(w int)) {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { fn(w) })
	}
	wg.Wait()
}

// prepMemo remembers, for one worker, what it derived from a title or a
// skill label, from batch to batch. Job boards repeat both: the shared
// benchmark's 1,000,000 postings hold 12,241 distinct titles and 186
// skill labels, and analysing titles and resolving labels, once per
// posting, were half of preparing a vacancy at 100,000. Only the writer
// (holding writeMu) uses the memos, one per worker.
type prepMemo struct {
	tokens map[string][]string // lang + "\x00" + title
	skills map[string]string   // label or id -> taxonomy id, "" when unknown
}

// memoLimit bounds each map of a memo: it starts again when full.
const memoLimit = 50_000

func (ix *Index) titleTokens(m *prepMemo, lang, title string) []string {
	key := lang + "\x00" + title
	if ts, ok := m.tokens[key]; ok {
		return ts
	}
	ts := ix.Analyze(lang, title)
	if m.tokens == nil || len(m.tokens) >= memoLimit {
		m.tokens = make(map[string][]string)
	}
	m.tokens[key] = ts
	return ts
}

// skillIDs resolves skill labels or ids to taxonomy skill ids, "" where
// the taxonomy does not know the skill.
func (ix *Index) skillIDs(m *prepMemo, skills []string) []string {
	if len(skills) == 0 {
		return nil
	}
	out := make([]string, len(skills))
	for i, s := range skills {
		id, ok := m.skills[s]
		if !ok {
			if sk, found := ix.opt.Taxonomy.Skill(s); found {
				id = sk.ID
			}
			if m.skills == nil || len(m.skills) >= memoLimit {
				m.skills = make(map[string]string)
			}
			m.skills[s] = id
		}
		out[i] = id
	}
	return out
}

func (ix *Index) prepareVacancy(v employer.Vacancy, m *prepMemo) preparedVac {
	readings := ix.enrich(&v)
	tokens := ix.titleTokens(m, v.Lang(), v.Title)
	sv := storedVac{V: &v, Tokens: tokens, Readings: readings,
		Essential: ix.skillIDs(m, v.Skills.Essential), Optional: ix.skillIDs(m, v.Skills.Optional)}
	raw, err := encodeVac(&sv)
	if err != nil {
		return preparedVac{err: fmt.Errorf("index: vacancy %q: %w", v.ID, err)}
	}
	occ := vacancyOccTerms(v.Occupation, readings)
	hot := hotOf(&v)
	hot.Skills = skillsPrint(v.Skills, sv.Essential, sv.Optional)
	hot.Unread = len(occ) == 1 && occ[0] == retrieval.UnreadTerm
	words := make([]string, len(tokens))
	for i, t := range tokens {
		words[i] = wordTerm(v.Lang(), t)
	}
	return preparedVac{
		v:   segVac{id: v.ID, employer: v.EmployerID, hot: hot, occ: occ, words: words, cells: cellTerms(v.Location, v.Remote)},
		raw: raw,
	}
}

func (ix *Index) isClosed() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.closed
}

func validateBatch(b Batch) error {
	seenE, seenV := map[string]bool{}, map[string]bool{}
	fail := func(err error) error {
		var fe *employer.FieldError
		if errors.As(err, &fe) && fe.File == "" && b.Source != "" {
			c := *fe
			c.File = b.Source
			err = &c
		}
		return fmt.Errorf("%w: %w", ErrInvalidBatch, err)
	}
	for i := range b.Employers {
		e := &b.Employers[i]
		if err := e.Validate(); err != nil {
			return fail(err)
		}
		if seenE[e.ID] {
			return fail(&employer.FieldError{Record: e.ID, Field: "id", Err: employer.ErrDuplicateID})
		}
		seenE[e.ID] = true
	}
	errs := validateVacancies(b.Vacancies)
	for i := range b.Vacancies {
		v := &b.Vacancies[i]
		if err := errs[i]; err != nil {
			return fail(err)
		}
		if seenV[v.ID] {
			return fail(&employer.FieldError{Record: v.ID, Field: "id", Err: employer.ErrDuplicateID})
		}
		seenV[v.ID] = true
	}
	return nil
}

// validateVacancies validates vs on every core, each vacancy's error at
// its place, so that the batch still fails on its first invalid record.
func validateVacancies(vs []employer.Vacancy) []error {
	errs := make([]error, len(vs))
	workers := cores(len(vs))
	onCores(workers, func(w int) {
		for i := w; i < len(vs); i += workers {
			errs[i] = vs[i].Validate()
		}
	})
	return errs
}

// enrich fills what the posting left out from the taxonomy: the occupation
// (read from the title) and, when enabled, the occupation's skills. It
// returns the other plausible readings of a title it read (see
// taxonomy.Readings), by which the vacancy is indexed too.
func (ix *Index) enrich(v *employer.Vacancy) (readings []Reading) {
	tax := ix.opt.Taxonomy
	if v.Occupation.Code == "" && v.Occupation.ISCO == "" {
		if rs := tax.Readings(v.Title, v.Lang()); len(rs) > 0 {
			u := rs[0]
			v.Occupation = employer.Occupation{Code: u.Occupation.ID, ISCO: u.Occupation.ISCO,
				Label: u.Occupation.Label("en"), Inferred: true}
			for _, r := range rs[1:] {
				readings = append(readings, Reading{Occupation: employer.Occupation{Code: r.Occupation.ID, ISCO: r.Occupation.ISCO,
					Label: r.Occupation.Label("en"), Inferred: true}, Confidence: min(1, r.Score/u.Score)})
			}
		}
	} else if v.Occupation.ISCO == "" {
		if o, ok := tax.Occupation(v.Occupation.Code); ok {
			v.Occupation.ISCO = o.ISCO
		}
	}
	if !ix.opt.KeepPostedSkills && len(v.Skills.Essential) == 0 && len(v.Skills.Optional) == 0 && v.Occupation.Code != "" {
		ess, opt := tax.Skills(v.Occupation.Code)
		for _, s := range ess {
			v.Skills.Essential = append(v.Skills.Essential, s.Label("en"))
		}
		for _, s := range opt {
			v.Skills.Optional = append(v.Skills.Optional, s.Label("en"))
		}
		v.Skills.Inferred = len(ess)+len(opt) > 0
	}
	return readings
}

func employerDoc(e *employer.Employer) map[string]any {
	var occ []string
	for _, o := range e.TypicalOccupations {
		occ = append(occ, retrieval.OccTerms(o)...)
	}
	return map[string]any{
		fieldKind:      kindEmployer,
		fieldOcc:       occ,
		fieldCell:      cellTerms(e.Location, employer.OnSite),
		fieldSector:    e.Sector.Code,
		titleField(""): e.Name,
	}
}
