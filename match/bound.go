package match

import (
	"math"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// known is what a bound knows of a candidate not yet scored. Retrieval
// bounds at three depths: a block of distance and weeks of posting before
// any candidate in it is read (minKm, fresh), a candidate's hot fields
// (hot), and its record with the employer and the team's history (c).
// Each factor's bound uses what it can and is 1 (its best) otherwise.
type known struct {
	occMax float64 // the best occupation score in the tier being read
	minKm  float64 // the least straight-line distance from home; 0 when not known
	// fresh, when aged, is the best posting-age score (postedScore) in
	// the weeks being read.
	fresh float64
	aged  bool
	hot   *retrieval.Hot // nil before the hot fields are read
	c     *cand          // nil before the record is read
}

// bound is the highest score a candidate can reach given k: every factor
// that counts at its bound, every other factor at its best, no penalty.
// It ranges over the registry; the three bounds below compute the same
// (TestFastBoundsMatchTheRegistry holds them to it) with direct calls in a
// fixed order, since they run for every candidate and the order of
// subtraction decides ties at the last bit.
func (w *want) bound(k *known) float64 {
	t := w.total
	for _, f := range w.fs.all {
		if b, ok := f.(bounder); ok && f.counts(w) != notCounted {
			t -= f.weight(w) * (1 - b.bound(w, k))
		}
	}
	return t / w.total
}

// upperBoundAt is the highest score a vacancy can reach whose occupation
// scores at most occMax, which lies at least km from the client's home
// (straight line) and whose posting age scores at most fresh
// (postedScore; 1 when not known).
func (w *want) upperBoundAt(occMax, km, fresh float64) float64 {
	k := known{occMax: occMax, minKm: km, fresh: fresh, aged: true}
	t := w.total
	if f := (occupationFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (employerFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (commuteFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (freshnessFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	return t / w.total
}

// quickBound is the highest score c could reach, with the factors that
// bound from the record exact (commute, freshness, employer, sector) and the
// occupation at its tier's best. It is far cheaper than scoring, and lets
// scoring skip candidates that could not make the list.
func (w *want) quickBound(c *cand, occMax float64) float64 {
	k := known{occMax: occMax, c: c}
	t := w.total
	if f := (occupationFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (commuteFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (freshnessFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (employerFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	if f := (sectorFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	return t / w.total
}

// hotBound is the highest score a candidate could reach from its hot
// fields alone, read from a compact array rather than the record.
func (w *want) hotBound(h retrieval.Hot, occMax float64) float64 {
	b, _ := w.hotBoundOver(h, occMax, math.Inf(-1))
	return b
}

// hotBelow reports whether hotBound(h, occMax) < floor. It subtracts the
// factors in hotBound's order and stops once the total is clearly below
// floor: no step raises it by more than an ulp, so the answer is exactly
// hotBound's, and most candidates of a large tier are decided before the
// costlier factors (commute, pay) are computed.
func (w *want) hotBelow(h retrieval.Hot, occMax, floor float64) bool {
	_, below := w.hotBoundOver(h, occMax, floor)
	return below
}

// hotBoundOver computes hotBound, stopping early (below true) once it is
// below floor. The calls are direct, in a fixed order, as in quickBound:
// through an interface the hot fields would escape to the heap. The
// costliest come last: the commute needs a great-circle distance, which
// was a tenth of all match time at 1M when it came third.
func (w *want) hotBoundOver(h retrieval.Hot, occMax, floor float64) (b float64, below bool) {
	k := known{occMax: occMax, hot: &h}
	t := w.total
	// A factor's bound may exceed 1 by an ulp, so a step may raise the
	// total by as much: stop only when it is clearly below, and the
	// answer stays exactly hotBound's.
	under := func() bool { return t/w.total < floor-1e-9 }
	// The employer at the best any employer scores first, as known
	// without it; its own score, and its sector's, at the end.
	if f := (employerFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - w.bestEmployer); under() {
			return t / w.total, true
		}
	}
	if f := (occupationFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (freshnessFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (hoursFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (shiftsFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (skillsFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (environmentFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (commuteFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (payFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (1 - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	// The employer's own score and its sector last, and only for what
	// is still above the floor: the first look at an employer in a
	// search reads what the index keeps of it, and the first in the
	// index's life reads its record, which on the shared profiles at 1M
	// cost more than every other factor of the candidates it would cut.
	// Each step only lowers the total (both bounds are at most the
	// first's).
	if f := (employerFactor{}); f.counts(w) != notCounted {
		if t -= f.weight(w) * (w.bestEmployer - f.bound(w, &k)); under() {
			return t / w.total, true
		}
	}
	if f := (sectorFactor{}); f.counts(w) != notCounted {
		t -= f.weight(w) * (1 - f.bound(w, &k))
	}
	return t / w.total, t/w.total < floor
}
