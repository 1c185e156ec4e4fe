package match

import (
	"context"
	"math"

	"github.com/ipsmatch/ipsmatch/index"
)

// tierCands are the vacancies of one tier within the client's reach, in
// rings of distance from the client's home, nearest first.
type tierCands struct {
	rings    []ring
	occMax   float64 // the best occupation score in this tier
	occBound float64 // the best occupation score in any later tier
}

// ring holds candidates at least minKm from home (straight line).
type ring struct {
	minKm float64
	picks []pick
}

// pick is a candidate with its hot fields copied beside it, so that
// bounding its score reads a compact array, not the record.
type pick struct {
	e *index.Entry
	h index.Hot
}

// candidates reads every vacancy related to the client's job types within
// reach, tier by tier, without scoring them, and counts what lies beyond
// reach (too far) and what is unrelated work (other work). Without job
// types, everything within reach is one tier.
func (e *Engine) candidates(ctx context.Context, w *want, res *Results) ([]tierCands, error) {
	area := e.ix.NewArea(w.area())
	tiers := w.tiers()
	if len(w.jobs) == 0 {
		all := make([]pick, 0, e.ix.CountIn(area))
		if err := e.ix.SelectArea(area, func(en *index.Entry) { all = append(all, pick{en, en.Hot()}) }); err != nil {
			return nil, err
		}
		_, total := e.ix.Count()
		addCount(res, ExTooFar, total-len(all))
		return []tierCands{{rings: w.rings(all), occMax: 1}}, nil
	}
	mark := e.ix.NewMark()
	tooFar, related := 0, 0
	out := make([]tierCands, 0, len(tiers))
	for _, t := range tiers {
		var entries []pick
		in := func(en *index.Entry) { entries = append(entries, pick{en, en.Hot()}) }
		far := func(*index.Entry) { tooFar++ }
		if t.words != "" {
			byWords, err := e.ix.RetrieveVacancies(ctx, index.Query{Words: t.words})
			if err != nil {
				return nil, err
			}
			for _, en := range byWords {
				switch {
				case !mark.Set(en):
				case area.In(en):
					in(en)
				default:
					far(en)
				}
			}
		}
		if err := e.ix.Select(t.terms, area, mark, in, far); err != nil {
			return nil, err
		}
		related += len(entries)
		out = append(out, tierCands{rings: w.rings(entries), occMax: t.occMax, occBound: t.occBound})
	}
	addCount(res, ExTooFar, tooFar)
	if w.mustJob {
		addCount(res, ExJobType, e.ix.CountIn(area)-related)
	} else {
		addCount(res, ExOtherWork, e.ix.CountIn(area)-related)
	}
	return out, nil
}

func addCount(res *Results, reason string, n int) {
	if n > 0 {
		res.Excluded[reason] += n
	}
}

// maxRings bounds how finely candidates are split by distance.
const maxRings = 24

// rings groups entries by straight-line distance from the client's home,
// so that scoring can stop at a distance beyond which no vacancy could make
// the list. Remote vacancies and those without a location come first.
// Without a home or a commute preference, distance does not score and
// there is one ring.
func (w *want) rings(entries []pick) []ring {
	if w.p.Home == nil || w.p.Commute == nil || len(entries) < 64 {
		return []ring{{picks: entries}}
	}
	width := math.Max(0.25, w.reachKm*2/maxRings)
	home := *w.p.Home
	cosLat := math.Cos(home.Lat * math.Pi / 180)
	// A counting sort into one array: candidate lists run to tens of
	// thousands, and growing a slice per ring would copy them repeatedly.
	bucket := make([]uint8, len(entries))
	var counts [maxRings]int
	for i, pk := range entries {
		b := 0
		if pk.h.HasLocation && !pk.h.Remote {
			dx := (pk.h.Lon - home.Lon) * cosLat * 111.32
			dy := (pk.h.Lat - home.Lat) * 110.57
			b = min(maxRings-1, int(math.Sqrt(dx*dx+dy*dy)/width))
		}
		bucket[i] = uint8(b)
		counts[b]++
	}
	var starts [maxRings + 1]int
	for b := range maxRings {
		starts[b+1] = starts[b] + counts[b]
	}
	sorted := make([]pick, len(entries))
	next := starts
	for i, pk := range entries {
		sorted[next[bucket[i]]] = pk
		next[bucket[i]]++
	}
	out := make([]ring, 0, maxRings)
	for b := range maxRings {
		if counts[b] > 0 {
			// The equirectangular distance is within 1% of the great
			// circle at these ranges; the margin keeps the bound safe.
			out = append(out, ring{minKm: math.Max(0, float64(b)*width*0.98-0.05), picks: sorted[starts[b]:starts[b+1]]})
		}
	}
	return out
}
