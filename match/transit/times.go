package transit

import (
	"math"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Times are the earliest arrivals from one home at every stop, for one
// departure: the result of one search, read for any number of
// workplaces. Safe for concurrent reads.
type Times struct {
	p    *Planner
	r    *raptor
	home geo.Point
	day  civil.Date
}

// Day is the day the trips were searched on.
func (t *Times) Day() civil.Date { return t.day }

// Depart is the departure time, HH:MM.
func (t *Times) Depart() string { return t.p.opt.Depart }

// Minutes is the door-to-door time to reach at: a walk to a stop, the
// vehicles, a walk from a stop; or the walk all the way when close. ok
// is false when at cannot be reached within the planner's limits.
func (t *Times) Minutes(at geo.Point) (minutes int, ok bool) {
	a, _ := t.arrival(at)
	if a == never {
		return 0, false
	}
	return toMinutes(a - t.p.depart), true
}

func toMinutes(sec int32) int { return int(math.Ceil(float64(sec) / 60)) }

// arrival is the earliest arrival at a place and the stop it is reached
// from (-1: on foot from home).
func (t *Times) arrival(at geo.Point) (int32, int32) {
	opt, f := t.p.opt, t.p.feed
	best, via := int32(never), int32(-1)
	if d := geo.DistanceKm(t.home, at); d*1000 <= 2*opt.MaxWalkMeters {
		best = t.p.depart + walkSeconds(d*1000)
	}
	f.grid.near(at, opt.MaxWalkMeters/1000, func(s int32, d float64) {
		if b := t.r.best[s]; b != never && t.r.round[s] > 0 {
			if a := b + walkSeconds(d*1000); a < best {
				best, via = a, s
			}
		}
	})
	if best > t.p.depart+int32(opt.MaxMinutes*60) {
		return never, -1
	}
	return best, via
}

// ReachKm is the farthest straight-line distance from home a place can
// lie and be reached within minutes: the engine uses it to know which
// places to read at all.
func (t *Times) ReachKm(minutes int) float64 {
	opt, f := t.p.opt, t.p.feed
	limit := t.p.depart + int32(minutes*60)
	reach := 0.0
	walkKm := func(sec int32) float64 { return float64(sec) * (4.8 / 3.6) / 1.25 / 1000 }
	reach = math.Min(2*opt.MaxWalkMeters/1000, walkKm(limit-t.p.depart))
	for s, b := range t.r.best {
		if b == never || b > limit || t.r.round[s] == 0 {
			continue
		}
		d := geo.DistanceKm(t.home, f.stops[s].at) + math.Min(opt.MaxWalkMeters/1000, walkKm(limit-b))
		reach = math.Max(reach, d)
	}
	return reach
}

// MinMinutesBeyond is a lower bound on the time to reach any place at
// least km from home (straight line), or -1 when no such place can be
// reached: the engine uses it to stop reading places that cannot score.
func (t *Times) MinMinutesBeyond(km float64) int {
	opt, f := t.p.opt, t.p.feed
	best := int32(never)
	if km*1000 <= 2*opt.MaxWalkMeters {
		best = walkSeconds(km * 1000)
	}
	walk := opt.MaxWalkMeters / 1000
	for s, b := range t.r.best {
		if b == never || t.r.round[s] == 0 {
			continue
		}
		d := geo.DistanceKm(t.home, f.stops[s].at)
		if d+walk < km {
			continue
		}
		if v := b - t.p.depart + walkSeconds(math.Max(0, km-d)*1000); v < best {
			best = v
		}
	}
	if best == never || best > int32(opt.MaxMinutes*60) {
		return -1
	}
	return int(best / 60) // rounded down: a bound
}
