package match

import (
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
	m    map[int32]empScores
}

// empScores are one employer's scores for the client.
type empScores struct {
	employer, sector float64
	emp              *employer.Employer // what the index keeps of it; nil when not known
}

func newEmpBounds(src retrieval.Source[*index.Entry], rels *relView) *empBounds {
	return &empBounds{src: src, rels: rels, m: make(map[int32]empScores, 256)}
}

// of returns the scores of employer number n (0: the posting names none).
func (b *empBounds) of(w *want, n int32) empScores {
	if s, ok := b.m[n]; ok {
		return s
	}
	var emp *employer.Employer
	var rel *relation
	if n > 0 {
		if e, ok := b.src.Employer(n); ok {
			emp = &employer.Employer{KnowsProgramme: e.KnowsProgramme, InclusionPolicy: e.InclusionPolicy, Sector: employer.Sector{Code: e.Sector}}
			rel = b.rels.get(e.ID)
		}
	}
	// The same functions score the record: employerScoreFor and
	// sectorScore read nothing of an employer but what Employer keeps.
	s := empScores{employer: employerScoreFor(w, emp, rel), sector: w.sectorScoreOf(emp), emp: emp}
	b.m[n] = s
	return s
}
