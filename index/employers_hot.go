package index

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// Employer numbers let a search bound the employer and sector factors of
// a candidate from its hot fields (retrieval.Hot.Emp), before its record
// is read. Numbers are given in order of first appearance, from 1, and
// kept in the state file beside the hot fields. What a bound needs of
// each numbered employer (its brief: standing with the programme,
// inclusion policy, sector) is written in the segment header beside the
// employer's id and kept per number, a few bytes each: reading it from
// the employer's record, on first use, was a sixth of match time at 1M.
// At 1M vacancies of the project's own town, the employer's score was
// the largest gap between a candidate's hot bound and its score, and
// reading records to close it was most of a search's time (issue 9).

// empBrief is what a bound needs of an employer, as a segment header
// and the state file store it.
type empBrief struct {
	flags  uint8 // briefHeld, briefKnows, briefInclusion
	sector string
}

const (
	briefHeld      = 1 << iota // the index holds the employer's record
	briefKnows                 // KnowsProgramme
	briefInclusion             // InclusionPolicy
)

func briefOf(e *employer.Employer) empBrief {
	b := empBrief{flags: briefHeld, sector: e.Sector.Code}
	if e.KnowsProgramme {
		b.flags |= briefKnows
	}
	if e.InclusionPolicy {
		b.flags |= briefInclusion
	}
	return b
}

// empNum numbers employer id, once. The caller holds ix.mu for writing.
func (ix *Index) empNum(id string) int32 {
	n, ok := ix.empNums[id]
	if !ok {
		if len(ix.empIDs) == 0 {
			ix.empIDs, ix.briefs = []string{""}, []empBrief{{}} // 0 is no employer
		}
		n = int32(len(ix.empIDs))
		ix.empIDs = append(ix.empIDs, id)
		ix.briefs = append(ix.briefs, empBrief{})
		ix.empNums[id] = n
	}
	return n
}

// setBrief records what bounds need of employer id, numbering it; a
// zero brief says the index holds no record of it. The caller holds
// ix.mu for writing.
func (ix *Index) setBrief(id string, b empBrief) {
	ix.briefs[ix.empNum(id)] = b
}

// employerBrief returns what a bound needs of employer number n.
func (ix *Index) employerBrief(n int32) (retrieval.Employer, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if n <= 0 || int(n) >= len(ix.briefs) || ix.closed {
		return retrieval.Employer{}, false
	}
	b := ix.briefs[n]
	if b.flags&briefHeld == 0 {
		return retrieval.Employer{}, false
	}
	return retrieval.Employer{ID: ix.empIDs[n], KnowsProgramme: b.flags&briefKnows != 0,
		InclusionPolicy: b.flags&briefInclusion != 0, Sector: b.sector}, true
}
