package match

import (
	"math"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

// tier is one widening step of retrieval: the occupation terms of one
// level, and for the first the client's own words. occBound is the highest
// occupation score any vacancy not yet read can have once this tier has
// been read.
type tier struct {
	terms []string
	// words are the words of job types the taxonomy could not read and
	// those naming the themes of broad wishes, matched against any
	// title; readWords those of each job type it read, matched against
	// unread titles, or read titles that have them all.
	words     string
	minWords  int // how many of words a title must hold; 0 means 1
	readWords []string
	occMax    float64
	occBound  float64
}

// tiers plans retrieval: the client's occupations, unit groups and words
// first, then related work, then minor groups. When the client names
// kinds of work, vacancies of unrelated work are not candidates at all
// (see exclude). A must job type needs only the first tier: nothing outside
// it can satisfy the must. Without job types there are no tiers: everything
// within reach is a candidate.
func (w *want) tiers() []tier {
	if len(w.jobs) == 0 {
		return nil
	}
	var out []tier
	// With a must job type, only the must job types' own terms are read:
	// a vacancy of a preferred job type alone fails the must, and reading
	// them only to leave each out was most of such a search's work on the
	// project's own town at 1M (issue 9). Each job type's similarity
	// depends on its own terms, so what satisfies a must lies in that
	// job type's first tier.
	first := w.jobs
	if w.mustJob {
		first = nil
		for _, j := range w.jobs {
			if j.strength == preference.Must {
				first = append(first, j)
			}
		}
	}
	// The levels, each with the best occupation score of its vacancies:
	// codes, unit groups and words; related work; minor groups.
	levels := []struct {
		terms []string
		max   float64
	}{{occTerms(first, 0), simSame}, {w.relatedTerms(), w.bestRelated()}, {occTerms(w.jobs, 1), simMinor}}
	for i, l := range levels {
		t := tier{terms: l.terms, occMax: l.max}
		for _, next := range levels[i+1:] {
			t.occBound = max(t.occBound, next.max)
		}
		if i == 0 {
			t.words, t.readWords = wordsText(first), readWords(first)
			if th := themeTexts(first); th != "" {
				t.words = strings.TrimSpace(t.words + " " + th)
			}
		}
		if len(t.terms) == 0 && t.words == "" && len(t.readWords) == 0 {
			continue
		}
		if w.mustJob && i > 0 {
			break
		}
		out = append(out, t)
	}
	return out
}

// area lists the location cells within the client's must commute limit,
// or nil (anywhere) without one, each with a distance from home that
// bounds the commute to every place in it. It always includes fully
// remote vacancies and those with no location (at distance 0), so that
// the latter are read and counted as excluded.
func (w *want) area() (cells []string, minKm []float64) {
	c := w.p.Commute
	if c == nil || w.p.Home == nil || c.Strength != preference.Must {
		return nil, nil
	}
	return w.cellsWithin(w.areaKm(), cellPrecision(w.areaKm()))
}

// cellPrecision is the precision of the cells an area of radius r is
// read in: fine cells for a short walk, else coarse ones.
func cellPrecision(r float64) int {
	if r < 2.5 {
		return retrieval.FineCell
	}
	return retrieval.CoarseCell
}

// areaKm is the radius of the cells read as within reach: a little over
// the reach, since estimated minutes are rounded.
func (w *want) areaKm() float64 { return w.reachKm*1.05 + 0.3 }

// nearArea is, for a client who prefers a commute limit without making
// it a must, the cells within it, read as area does, then rings of cells
// beyond it, out to twice, four and eight times the limit (at most 50 km
// past it), each with the least distance of its places, and the distance
// beyond which every other place lies. Such a search reads the places
// in reach first, by distance, then each ring, then the rest of the
// index, as one area whose bound is that of a commute beyond the last
// ring: without them, a search of no job type read every vacancy of the
// index, and one whose best matches lay a little past a short walk read
// every matching vacancy of the region (issue 9). cells is nil when
// there is no limit to read within. The cells, the rings and the rest do
// not overlap: the rings are of one precision, each the cells within its
// radius less those within the one before.
func (w *want) nearArea() (cells []string, minKm []float64, rings []cellRing, beyondKm float64) {
	c := w.p.Commute
	if c == nil || w.p.Home == nil || c.Strength == preference.Must || w.reachKm <= 0 || math.IsInf(w.reachKm, 0) {
		return nil, nil, nil, 0
	}
	r := w.areaKm()
	prec := cellPrecision(r)
	cells, minKm = w.cellsWithin(r, prec)
	// Every place outside the cells lies farther than r: a cell is left
	// out only when its nearest point, rounded down (geo.LowerKm), is.
	seen := make(map[string]bool, len(cells))
	for _, c := range cells {
		seen[c] = true
	}
	// Past a short walk the rings are of coarse cells, but for those
	// holding a fine cell within it, whose other fine cells go to the
	// ring they first fall in: fine cells over tens of km cost each block
	// read a look-up per cell and term.
	parents := map[string]bool{}
	if prec == retrieval.FineCell {
		for _, c := range cells {
			parents[retrieval.CoarseOf(c)] = true
		}
	}
	beyondKm = r
	for _, f := range []float64{2, 4, 8} {
		rr := r * f
		if rr > r+50 {
			break
		}
		rg := cellRing{minKm: math.Inf(1)}
		add := func(all []string, mins []float64, keep func(string) bool) {
			for i, c := range all {
				if !seen[c] && keep(c) {
					seen[c] = true
					rg.cells = append(rg.cells, c)
					rg.minKm = min(rg.minKm, mins[i])
				}
			}
		}
		all, mins := w.cellsWithin(rr, retrieval.CoarseCell)
		add(all, mins, func(c string) bool { return !parents[c] })
		if prec == retrieval.FineCell {
			all, mins = w.cellsWithin(rr, retrieval.FineCell)
			add(all, mins, func(c string) bool { return parents[retrieval.CoarseOf(c)] })
		}
		if len(rg.cells) > 0 {
			rings = append(rings, rg)
		}
		beyondKm = rr
	}
	return cells, minKm, rings, beyondKm
}

// cellRing is a set of cells beyond a preferred commute limit (see nearArea)
// and the least distance from home of any place in them.
type cellRing struct {
	cells []string
	minKm float64
}

// cellsWithin lists the cells within r km of home, with the remote and
// unknown cells, each with a distance that bounds the commute to every
// place in it.
func (w *want) cellsWithin(r float64, prec int) (cells []string, minKm []float64) {
	near := geo.CellsNear(*w.p.Home, r, prec)
	cells = append(make([]string, 0, len(near)+2), retrieval.CellRemote, retrieval.CellUnknown)
	minKm = append(make([]float64, 0, len(near)+2), 0, 0)
	prefix := "g" + string(rune('0'+prec)) + ":"
	for _, g := range near {
		cells = append(cells, prefix+g.Hash)
		minKm = append(minKm, geo.LowerKm(g.MinKm))
	}
	return cells, minKm
}
