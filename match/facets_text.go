package match

import (
	"cmp"
	"slices"
	"strings"
)

// relaxWords name what a client would accept to let back in what one
// must-preference alone left out.
var relaxWords = map[string]string{ExShift: "other shifts", ExStartTime: "an earlier start", ExHours: "other hours",
	ExPay: "lower pay", ExPayNotStated: "postings without pay", ExTooFar: "a longer commute",
	ExLocationUnknown: "postings with no place given", ExSector: "other sectors", ExEnvironment: "another work environment",
	ExJobType: "related kinds of work", ExOtherWork: "other kinds of work", ExAvoidedEmployer: "an avoided employer"}

// Relaxations says the counts of OnlyExcludedBy as sentences, largest
// first: "12 more if the client accepted other shifts", in the language
// of the search (Options.Lang). Ties keep the English order in every
// language, so that a list reads the same way in each.
func (f *Facets) Relaxations() []string {
	type kv struct {
		k string
		n int
	}
	var all []kv
	for k, n := range f.OnlyExcludedBy {
		if w, ok := relaxWords[k]; ok && n > 0 {
			all = append(all, kv{w, n})
		}
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(b.n-a.n, strings.Compare(a.k, b.k)) })
	s := speechIn(f.lang)
	out := make([]string, len(all))
	for i, x := range all {
		out[i] = s.sprintf("%d more if the client accepted %s", x.n, s.tr(x.k))
	}
	return out
}
