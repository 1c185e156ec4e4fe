package match

import (
	"slices"
	"sync"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// empBounds gives one search the employer and sector scores of the
// employers its candidates name, from the index's employer numbers
// (retrieval.Hot.Emp), so that the hot bound knows them before a
// candidate's record is read. Each employer is looked up once per
// search. Without it (a want not made by Match) the bounds take the best
// any employer scores.
type empBounds struct {
	src  retrieval.Source[*index.Entry]
	rels *relView
	t    *empTable
	from *empTables // where t goes back to; nil for a table of its own
}

// empTable holds a search's employer scores by employer number: an
// entry is the search's when its stamp is the table's. A map grown
// afresh each search was a fifth of a wide search's time at 1M (issue
// 9). An engine keeps the tables its searches used (empTables), one per
// search running at once, and a new stamp empties one: a sync.Pool lost
// them at every collection, and growing a table again cost as much as
// the map.
type empTable struct {
	stamp uint32
	by    []stampedScores // by employer number
}

// stampedScores are an employer's scores, the search's when stamp is the
// table's. Nothing in them is a pointer, so the collector never scans a
// table.
type stampedScores struct {
	stamp uint32
	s     empScores
}

// empTables are the tables an engine's searches are not using.
type empTables struct {
	mu   sync.Mutex
	free []*empTable
}

func (ts *empTables) get() *empTable {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if n := len(ts.free); n > 0 {
		t := ts.free[n-1]
		ts.free = ts.free[:n-1]
		return t
	}
	return &empTable{}
}

func (ts *empTables) put(t *empTable) {
	ts.mu.Lock()
	ts.free = append(ts.free, t)
	ts.mu.Unlock()
}

// empScores are one employer's scores for the client, and whether its
// sector is one the client must have and it lacks, or must never have
// (held is false when the index has no record of it).
type empScores struct {
	employer, sector float64
	sectorOut        bool
	held             bool
}

func newEmpBounds(src retrieval.Source[*index.Entry], rels *relView, from *empTables) *empBounds {
	t := &empTable{}
	if from != nil {
		t = from.get()
	}
	if t.stamp++; t.stamp == 0 {
		clear(t.by)
		t.stamp = 1
	}
	return &empBounds{src: src, rels: rels, t: t, from: from}
}

// sibling returns bounds with a table of their own, for another core of
// the same search.
func (b *empBounds) sibling() *empBounds { return newEmpBounds(b.src, b.rels, b.from) }

// release gives the table back; b must not be used after.
func (b *empBounds) release() {
	if b != nil && b.t != nil && b.from != nil {
		b.from.put(b.t)
	}
	b.t = nil
}

// of returns the scores of employer number n (0: the posting names none).
func (b *empBounds) of(w *want, n int32) empScores {
	t := b.t
	if n >= 0 && int(n) < len(t.by) && t.by[n].stamp == t.stamp {
		return t.by[n].s
	}
	// The same functions score the record: employerScoreFor and
	// sectorScoreOf read nothing of an employer but what Employer keeps.
	s := empScores{employer: employerScoreFor(w, nil, nil), sector: w.sectorScoreOf(nil)}
	if e, ok := b.src.Employer(n); ok {
		emp := employer.Employer{KnowsProgramme: e.KnowsProgramme, InclusionPolicy: e.InclusionPolicy, Sector: employer.Sector{Code: e.Sector}}
		s = empScores{employer: employerScoreFor(w, &emp, b.rels.get(e.ID)), sector: w.sectorScoreOf(&emp),
			sectorOut: w.excludeSectorCode(e.Sector) != "", held: true}
	}
	if n < 0 {
		return s
	}
	if int(n) >= len(t.by) {
		t.by = slices.Grow(t.by, max(int(n)+1, 2*len(t.by), 1024)-len(t.by))
		t.by = t.by[:cap(t.by)]
	}
	t.by[n] = stampedScores{t.stamp, s}
	return s
}
