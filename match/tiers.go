package match

import (
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

// tier is one widening step of retrieval: the occupation terms of one
// level, and for the first the client's own words. occBound is the highest
// occupation score any vacancy not yet read can have once this tier has
// been read.
type tier struct {
	terms    []string
	words    string
	minWords int // how many of words a title must hold; 0 means 1
	occMax   float64
	occBound float64
}

// tiers plans retrieval: the client's occupations, unit groups and words
// first, then minor groups, then sub-major groups. When the client names
// kinds of work, vacancies of unrelated work are not candidates at all
// (see exclude). A must job type needs only the first tier: nothing outside
// it can satisfy the must. Without job types there are no tiers: everything
// within reach is a candidate.
func (w *want) tiers() []tier {
	if len(w.jobs) == 0 {
		return nil
	}
	var out []tier
	maxes := []float64{simSame, simMinor, simSubMajor, 0}
	for level := range 3 {
		t := tier{terms: w.occTerms(level), occMax: maxes[level], occBound: maxes[level+1]}
		if level == 0 {
			t.words = w.wordsText()
		}
		if len(t.terms) == 0 && t.words == "" {
			continue
		}
		out = append(out, t)
		if w.mustJob {
			break
		}
	}
	return out
}

// area lists the location cells within the client's must commute limit,
// or nil (anywhere) without one. It always includes fully remote
// vacancies and those with no location, so that the latter are read and
// counted as excluded.
func (w *want) area() []string {
	c := w.p.Commute
	if c == nil || w.p.Home == nil || c.Strength != preference.Must {
		return nil
	}
	// A little over the reach, since estimated minutes are rounded.
	r := w.reachKm*1.05 + 0.3
	prec := index.CoarseCell
	if r < 2.5 {
		prec = index.FineCell
	}
	a := []string{index.CellRemote, index.CellUnknown}
	for _, g := range geo.CellsWithin(*w.p.Home, r, prec) {
		a = append(a, "g"+string(rune('0'+prec))+":"+g)
	}
	return a
}

// activeWeight is the sum of the weights of the factors that count for
// this profile: the denominator of every score.
func (w *want) activeWeight() float64 {
	p := w.p
	t := w.freshWeight() + w.w.Employer
	if len(w.jobs) > 0 {
		t += w.w.Occupation
	}
	if len(p.Skills) > 0 {
		t += w.w.Skills
	}
	if p.Hours != nil || p.BenefitsCap != nil {
		t += w.w.Hours
	}
	if len(p.Shifts) > 0 || p.EarliestStart != nil {
		t += w.w.Shifts
	}
	if p.Commute != nil && p.Home != nil {
		t += w.w.Commute
	}
	if p.Pay != nil {
		t += w.w.Pay
	}
	for _, d := range envDims(p.Environment, envNone) {
		if d.pref != nil && d.pref.Strength != preference.Avoid {
			t += w.w.Environment
			break
		}
	}
	for _, s := range p.Sectors {
		if s.Strength == preference.Prefer {
			t += w.w.Sector
			break
		}
	}
	return t
}

// upperBoundAt is the highest score a vacancy can reach whose occupation
// scores at most occMax and which lies at least km from the client's home
// (straight line): every other factor at its best, no penalty.
func (w *want) upperBoundAt(occMax, km float64) float64 {
	t := w.total
	if len(w.jobs) > 0 {
		t -= w.w.Occupation * (1 - occMax)
	}
	t -= w.w.Employer * (1 - w.bestEmployer)
	if cm := w.p.Commute; cm != nil && w.p.Home != nil && km > 0 {
		t -= w.w.Commute * (1 - commuteScoreAtLeast(cm, km))
	}
	return t / w.total
}

// quickBound is the highest score c could reach whatever the factors not
// computed here: the occupation at its tier's best, the commute, freshness
// and employer factors exact, every other factor at its best and no
// penalty. It is far cheaper than scoring, and lets scoring skip
// candidates that could not make the list.
func (w *want) quickBound(c *cand, occMax float64) float64 {
	t := w.total
	if len(w.jobs) > 0 {
		t -= w.w.Occupation * (1 - occMax)
	}
	if cm := w.p.Commute; cm != nil && w.p.Home != nil {
		t -= w.w.Commute * (1 - w.commuteFactor(c))
	}
	t -= w.freshWeight() * (1 - w.freshFactor(c.e.Vacancy))
	t -= w.w.Employer * (1 - employerScore(c.emp, c.rel))
	return t / w.total
}

// hotBound is quickBound from a candidate's hot fields alone: the
// employer at the best any employer scores, and for rapid search the start
// date and way of applying at their best.
func (w *want) hotBound(h index.Hot, occMax float64) float64 {
	t := w.total - w.w.Employer*(1-w.bestEmployer)
	if len(w.jobs) > 0 {
		t -= w.w.Occupation * (1 - occMax)
	}
	if cm := w.p.Commute; cm != nil && w.p.Home != nil {
		km, minutes := -1.0, -1
		if h.HasLocation && !h.Remote {
			km = geo.DistanceKm(*w.p.Home, geo.Point{Lat: h.Lat, Lon: h.Lon})
			minutes = commuteMinutes(commuteMode(cm), km)
		}
		t -= w.w.Commute * (1 - w.commuteAt(h.Remote, km, minutes))
	}
	fresh := postedScore(int(w.todayDay-h.Posted), h.Posted >= 0)
	if w.opt.Rapid {
		fresh = (fresh + 2) / 3
	}
	t -= w.freshWeight() * (1 - fresh)
	// Hours and shifts as scored, less the penalties that need the record
	// (earnings, start time), which only lower a score.
	if w.p.Hours != nil || w.p.BenefitsCap != nil {
		hs := 0.5
		if h.HoursHi > 0 {
			hs = w.hoursScore(h.HoursLo, h.HoursHi)
		}
		t -= w.w.Hours * (1 - hs)
	}
	if len(w.p.Shifts) > 0 || w.p.EarliestStart != nil {
		t -= w.w.Shifts * (1 - w.shiftsScore(h.Shifts))
	}
	if w.p.Pay != nil {
		t -= w.w.Pay * (1 - w.hotPayScore(h))
	}
	return t / w.total
}
