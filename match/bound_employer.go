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

// empScores are one employer's scores for the client, and its sector
// (held is false when the index has no record of it).
type empScores struct {
	employer, sector float64
	code             string
	held             bool
}

func newEmpBounds(src retrieval.Source[*index.Entry], rels *relView) *empBounds {
	return &empBounds{src: src, rels: rels, m: make(map[int32]empScores, 256)}
}

// of returns the scores of employer number n (0: the posting names none).
func (b *empBounds) of(w *want, n int32) empScores {
	if s, ok := b.m[n]; ok {
		return s
	}
	// The same functions score the record: employerScoreFor and
	// sectorScoreOf read nothing of an employer but what Employer keeps.
	s := empScores{employer: employerScoreFor(w, nil, nil), sector: w.sectorScoreOf(nil)}
	if e, ok := b.src.Employer(n); ok {
		emp := employer.Employer{KnowsProgramme: e.KnowsProgramme, InclusionPolicy: e.InclusionPolicy, Sector: employer.Sector{Code: e.Sector}}
		s = empScores{employer: employerScoreFor(w, &emp, b.rels.get(e.ID)), sector: w.sectorScoreOf(&emp), code: e.Sector, held: true}
	}
	b.m[n] = s
	return s
}
