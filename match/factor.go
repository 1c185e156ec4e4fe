package match

// A factor is one thing a vacancy is ranked by: the kind of work, skills,
// hours, shifts, commute, pay, work environment, sector, freshness, the
// employer, requirements. Each lives in its own file, factor_<name>.go,
// with everything about it: its name, its documented default weight,
// when it counts, its score in [0,1] and the reasons it gives in words,
// and, if it has one, the bound on its score that lets retrieval stop
// early (see bound.go). The registry below is the one list that scoring,
// the denominator of scores, the bounds, DefaultWeights and the order of
// reasons range over.
//
// Scoring and explaining are one method, not two: a factor explains while
// it scores (when the candidate asks for reasons), so its words always
// tell the number it added, and a factor may give several reasons (a
// penalty for something the client avoids has its own).
type factor interface {
	// name is the factor's key: the Factor of its reasons, and the JSON
	// name of its field in Weights.
	name() string
	// defaultWeight is the weight DefaultWeights gives the factor.
	defaultWeight() float64
	// weightIn is the factor's field in ws, where an embedder overrides
	// the default.
	weightIn(ws *Weights) *float64
	// weight is what the factor weighs in one search: its field in w.w,
	// scaled where the search calls for it (rapid search triples
	// freshness).
	weight(w *want) float64
	// counts says whether the factor's weight is part of the denominator
	// of every score for this profile. A factor that does not count may
	// still take off a penalty.
	counts(w *want) counting
	// score adds the factor's weighted score to c.total, less any
	// penalty, and when c.explain its reasons and flags.
	score(w *want, c *cand)
}

// bounder is a factor that can say, before a candidate is scored, the
// best score it could give it (see known). Factors without a bound count
// at their best, 1, in every bound.
type bounder interface {
	factor
	bound(w *want, k *known) float64
}

// factors is the registry, in the order factors score and explain: the
// order matters, since reasons of equal weight keep it. Adding a factor is
// adding its file and a line here, and its field in Weights.
var factors = [...]factor{
	occupationFactor{},
	skillsFactor{},
	hoursFactor{},
	shiftsFactor{},
	commuteFactor{},
	payFactor{},
	environmentFactor{},
	sectorFactor{},
	freshnessFactor{},
	employerFactor{},
	requirementsFactor{},
}

// counting says whether a factor's weight is part of the denominator of
// a profile's scores.
type counting uint8

const (
	notCounted    counting = iota // the profile does not state what it measures, or it only takes off
	countedAlways                 // it counts for every profile (freshness, employer)
	countedStated                 // the profile states the preference it measures
)

// statedIf is countedStated when the profile states the preference, else
// notCounted.
func statedIf(stated bool) counting {
	if stated {
		return countedStated
	}
	return notCounted
}

// factorSet is the registry as one search uses it.
type factorSet struct {
	all []factor
}

// useFactors sets the factors w scores with (the registry, or a test's
// own) and the denominator of every score: the sum of the weights of the
// factors that count for this profile, those that always count first.
// (The order of a sum changes its last bit; this one keeps every score as
// it was before factors had a registry, whatever the weights.)
func (w *want) useFactors(all []factor) {
	w.fs = factorSet{all: all}
	w.total = 0
	for _, pass := range [...]counting{countedAlways, countedStated} {
		for _, f := range all {
			if f.counts(w) == pass {
				w.total += f.weight(w)
			}
		}
	}
}

// score runs every factor on c and returns the weighted mean, minus
// penalties.
func (w *want) score(c *cand) float64 {
	c.total = 0
	for _, f := range w.fs.all {
		f.score(w, c)
	}
	return c.total / w.total
}

// weightOf is the weight in this search of the factor named name; 0 for
// a name no factor has.
func (w *want) weightOf(name string) float64 {
	for _, f := range w.fs.all {
		if f.name() == name {
			return f.weight(w)
		}
	}
	return 0
}

// effectOf says which way a factor's score moves a result.
func effectOf(s float64) Effect {
	switch {
	case s >= 0.6:
		return Plus
	case s <= 0.3:
		return Minus
	}
	return Neutral
}
