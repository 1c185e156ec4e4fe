package match

import "math"

// topList collects scored candidates and answers, cheaply and often, the
// score the last kept result must beat. Sorting is deferred: it happens
// when the list has grown by half since the last sort, so checks cost
// little on long candidate lists. Between sorts the last known threshold
// is used; it is a safe under-estimate, since adding candidates never
// lowers the limit-th score of a diversified selection.
type topList struct {
	limit, perEmployer int
	items              []scored
	sortedAt           int
	known              float64
}

func newTopList(limit, perEmployer int) *topList {
	return &topList{limit: limit, perEmployer: perEmployer, known: math.Inf(-1)}
}

// add keeps s unless it scores below the known threshold: the final
// threshold is at least as high, so such a candidate can never make the
// list. This keeps the list, and every sort of it, short.
func (t *topList) add(s scored) {
	if s.score >= t.known {
		t.items = append(t.items, s)
	}
}

// threshold is the score of the last result that diversify would keep,
// or -Inf while fewer than limit would be kept.
func (t *topList) threshold() float64 {
	if len(t.items) < t.limit || len(t.items) < t.sortedAt+t.sortedAt/2+t.limit {
		return t.known
	}
	sortScored(t.items)
	if top := diversify(t.items, t.limit, t.perEmployer); len(top) == t.limit {
		t.known = top[len(top)-1].score
		// Drop what can no longer make the list (ties stay: they break by id).
		n := len(t.items)
		for n > 0 && t.items[n-1].score < t.known {
			n--
		}
		t.items = t.items[:n]
	}
	t.sortedAt = len(t.items)
	return t.known
}

// all returns the candidates kept, sorted: every one that can make the
// list, perhaps others.
func (t *topList) all() []scored {
	sortScored(t.items)
	return t.items
}
