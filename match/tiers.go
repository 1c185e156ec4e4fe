package match

import (
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

// tier is one widening step of retrieval. occBound is the highest
// occupation score any vacancy not yet retrieved can have once this tier
// has been read.
type tier struct {
	query    index.Query
	occBound float64
}

// tiers plans retrieval: the client's occupations, unit groups and words
// first, then minor groups, then sub-major groups. When the client names
// kinds of work, vacancies of unrelated work are not candidates at all
// (see exclude); without job types, everything within reach is. A must job
// type stops after the first tier: nothing outside it can satisfy the must.
// rest selects what the tiers leave out, for counting.
func (w *want) tiers() (tiers []tier, rest *index.Query) {
	cells := w.cells()
	all := tier{query: index.Query{Cells: cells}, occBound: 0}
	if len(w.jobs) == 0 {
		return []tier{all}, nil
	}
	words := w.wordsText()
	var out []tier
	var not []string
	bounds := []float64{simMinor, simSubMajor, 0}
	for level := range 3 {
		occ := w.occTerms(level)
		if len(occ) == 0 && (level > 0 || words == "") {
			continue
		}
		q := index.Query{Cells: cells, Occ: occ, NotOcc: append([]string(nil), not...)}
		if level == 0 {
			q.Words = words
		} else {
			q.NotWords = words
		}
		out = append(out, tier{query: q, occBound: bounds[level]})
		not = append(not, occ...)
		if w.mustJob {
			break
		}
	}
	all.query.NotOcc, all.query.NotWords = not, words
	return out, &all.query
}

// cells lists the location cells within the client's must commute limit,
// or nil (anywhere) without one. It always includes fully remote vacancies
// and those with no location, so that the latter are counted as excluded.
func (w *want) cells() []string {
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
	out := []string{index.CellRemote, index.CellUnknown}
	for _, g := range geo.CellsWithin(*w.p.Home, r, prec) {
		out = append(out, "g"+string(rune('0'+prec))+":"+g)
	}
	return out
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

// upperBound is the highest score a vacancy whose occupation scores at most
// occBound can reach: every other factor at its best, no penalty.
func (w *want) upperBound(occBound float64) float64 {
	if len(w.jobs) == 0 {
		return 1
	}
	return (w.total - w.w.Occupation*(1-occBound)) / w.total
}
