package match

import (
	"context"
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
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
	minKm   float64
	entries []*index.Entry
}

// candidates reads every vacancy related to the client's job types within
// reach, tier by tier, without scoring them, and counts what lies beyond
// reach (too far) and what is unrelated work (other work). Without job
// types, everything within reach is one tier.
func (e *Engine) candidates(ctx context.Context, w *want, res *Results) ([]tierCands, error) {
	area := e.ix.NewArea(w.area())
	tiers := w.tiers()
	if len(w.jobs) == 0 {
		var all []*index.Entry
		if err := e.ix.SelectArea(area, func(en *index.Entry) { all = append(all, en) }); err != nil {
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
		var entries []*index.Entry
		in := func(en *index.Entry) { entries = append(entries, en) }
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
func (w *want) rings(entries []*index.Entry) []ring {
	if w.p.Home == nil || w.p.Commute == nil || len(entries) < 64 {
		return []ring{{entries: entries}}
	}
	width := math.Max(0.25, w.reachKm*2/maxRings)
	home := *w.p.Home
	cosLat := math.Cos(home.Lat * math.Pi / 180)
	buckets := make([][]*index.Entry, maxRings)
	for _, en := range entries {
		b := 0
		if en.Location != nil && en.Remote != employer.FullRemote {
			dx := (en.Location.Lon - home.Lon) * cosLat * 111.32
			dy := (en.Location.Lat - home.Lat) * 110.57
			b = min(maxRings-1, int(math.Sqrt(dx*dx+dy*dy)/width))
		}
		buckets[b] = append(buckets[b], en)
	}
	out := make([]ring, 0, maxRings)
	for b, es := range buckets {
		if len(es) > 0 {
			// The equirectangular distance is within 1% of the great
			// circle at these ranges; the margin keeps the bound safe.
			out = append(out, ring{minKm: math.Max(0, float64(b)*width*0.98-0.05), entries: es})
		}
	}
	return out
}
