package index

import (
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// Employer numbers let a search bound the employer and sector factors of
// a candidate from its hot fields (retrieval.Hot.Emp), before its record
// is read. Numbers are given in order of first appearance, from 1, kept
// in the state file beside the hot fields, and never reused while the
// index is open. What a bound needs of each numbered employer
// (retrieval.Employer) is read from its record on first use and kept for
// the life of the index: a few bytes each, where the decoded employers
// (employerAt) are bounded and would be read again and again. At 1M
// vacancies of the project's own town, the employer's score was the
// largest gap between a candidate's hot bound and its score, and reading
// records to close it was most of a search's time (issue 9).

// empNum numbers employer id, once. The caller holds ix.mu for writing.
func (ix *Index) empNum(id string) int32 {
	n, ok := ix.empNums[id]
	if !ok {
		if len(ix.empIDs) == 0 {
			ix.empIDs = []string{""} // 0 is no employer
		}
		n = int32(len(ix.empIDs))
		ix.empIDs = append(ix.empIDs, id)
		ix.empNums[id] = n
	}
	ix.growBriefs()
	return n
}

// growBriefs gives every numbered employer a place in briefs. Searches
// fill places under ix.mu for reading, so the array is replaced only
// under ix.mu for writing, which the caller holds.
func (ix *Index) growBriefs() {
	if len(ix.briefs) >= len(ix.empIDs) {
		return
	}
	bs := make([]atomic.Pointer[brief], max(len(ix.empIDs), 2*len(ix.briefs)))
	for i := range ix.briefs {
		bs[i].Store(ix.briefs[i].Load())
	}
	ix.briefs = bs
}

// forgetEmployer drops what was kept of employer id after its record
// changed. The caller holds ix.mu for writing.
func (ix *Index) forgetEmployer(id string) {
	if n, ok := ix.empNums[id]; ok && int(n) < len(ix.briefs) {
		ix.briefs[n].Store(nil)
	}
}

// brief is what a bound needs of one numbered employer; ok is false when
// the index holds no record of it.
type brief struct {
	emp retrieval.Employer
	ok  bool
}

// employerBrief returns what a bound needs of employer number n.
func (ix *Index) employerBrief(n int32) (retrieval.Employer, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if n <= 0 || int(n) >= len(ix.briefs) || ix.closed {
		return retrieval.Employer{}, false
	}
	if b := ix.briefs[n].Load(); b != nil {
		return b.emp, b.ok
	}
	id := ix.empIDs[n]
	b := &brief{emp: retrieval.Employer{ID: id}}
	if e := ix.employerAt(id); e != nil {
		b.ok = true
		b.emp.KnowsProgramme, b.emp.InclusionPolicy, b.emp.Sector = e.KnowsProgramme, e.InclusionPolicy, e.Sector.Code
	}
	// Two searches may both read it: either answer is the same.
	ix.briefs[n].Store(b)
	return b.emp, b.ok
}
