package match

import (
	"math"

	"github.com/ipsmatch/ipsmatch/preference"
)

// travel models a commute mode whose speed depends on the trip: the first
// kilometres run on urban streets, with junctions, lights and stops, and
// a longer trip reaches faster roads or lines. The route is the straight
// line times detour (real routes are longer), and overhead is the walk to
// a stop and the wait, or parking. The minutes of a trip are overhead plus
// each band's share of the route at the band's speed.
type travel struct {
	bands    []speedBand // by increasing UpToKm, the last unbounded
	detour   float64
	overhead float64
	words    string
}

// speedBand is the speed of the part of a route (in road km) up to UpToKm
// from the start; UpToKm 0 is the last band, with no end.
type speedBand struct {
	upToKm, kmh float64
}

// travelModes are the speed models, with speeds rounded from published
// averages (check them against local figures when the town differs):
//
//   - Car: about 28 km/h for the first 3 road km (city-centre traffic:
//     the TomTom Traffic Index puts 10 km in a large European city centre
//     at roughly 20-30 minutes, 20-30 km/h), 45 km/h to 10 km (the UK
//     Department for Transport's congestion statistics give about 25 mph,
//     40 km/h, on local A roads on weekdays) and 75 km/h beyond (the
//     same statistics give close to 60 mph, 95 km/h, on the strategic
//     road network; a mix of ring roads and motorway gives less).
//     With a detour of 1.25 and 4 minutes to park, a 25 km trip
//     (straight line) takes about 38 minutes, not the 69 of a flat
//     30 km/h.
//   - Bike: 13 km/h for the first 2 km (junctions, starts) and 16 km/h
//     beyond (the City of Copenhagen's Bicycle Account gives an average
//     of about 16 km/h for commuting cyclists).
//   - Transit: 18 km/h for the first 5 km (city buses: commercial speeds
//     of urban buses are typically 15-20 km/h), 25 km/h to 15 km (faster
//     lines, trams, metro) and 40 km/h beyond (regional buses and
//     trains), with 8 minutes to walk to the stop and wait.
//   - Walk: 4.8 km/h throughout.
//
// Where the specialist loads a timetable (see commute_transit.go), transit
// times come from it instead.
var travelModes = map[preference.Mode]travel{
	preference.Walk:    {bands: []speedBand{{0, 4.8}}, detour: 1.25, overhead: 0, words: "on foot"},
	preference.Bike:    {bands: []speedBand{{2, 13}, {0, 16}}, detour: 1.25, overhead: 2, words: "by bike"},
	preference.Transit: {bands: []speedBand{{5, 18}, {15, 25}, {0, 40}}, detour: 1.3, overhead: 8, words: "by public transport"},
	preference.Car:     {bands: []speedBand{{3, 28}, {10, 45}, {0, 75}}, detour: 1.25, overhead: 4, words: "by car"},
}

// minutes is the trip of km in a straight line, unrounded. It rises with
// km, so the bounds of retrieval may use it.
func (t travel) minutes(km float64) float64 {
	road, done, m := km*t.detour, 0.0, t.overhead
	for _, b := range t.bands {
		part := road - done
		if b.upToKm > 0 {
			part = math.Min(part, b.upToKm-done)
		}
		if part <= 0 {
			break
		}
		m += part / b.kmh * 60
		done += part
	}
	return m
}

// reach is the straight-line km a trip of minutes covers: the inverse of
// minutes.
func (t travel) reach(minutes float64) float64 {
	left, done := minutes-t.overhead, 0.0
	for _, b := range t.bands {
		if left <= 0 {
			break
		}
		part := left / 60 * b.kmh
		if b.upToKm > 0 && done+part > b.upToKm {
			part = b.upToKm - done
		}
		left -= part / b.kmh * 60
		done += part
	}
	return done / t.detour
}

func commuteMode(c *preference.Commute) preference.Mode {
	if c == nil || c.Mode == "" {
		return preference.Transit
	}
	return c.Mode
}

func commuteMinutes(mode preference.Mode, km float64) int {
	return int(math.Round(travelModes[mode].minutes(km)))
}

// reachKm is the straight-line distance the client's limits allow: both
// the minutes and the km when the client gives both.
func reachKm(c *preference.Commute) float64 {
	r := math.Inf(1)
	if c.MaxMinutes > 0 {
		r = travelModes[commuteMode(c)].reach(float64(c.MaxMinutes))
	}
	if c.MaxKm > 0 {
		r = math.Min(r, c.MaxKm)
	}
	return r
}

// commuteLimitText says the client's limit in words.
func (w *want) commuteLimitText(c *preference.Commute) string {
	switch {
	case c.MaxMinutes > 0 && c.MaxKm > 0:
		return w.sprintf("%d min %s and %.0f km", c.MaxMinutes, w.tr(travelModes[commuteMode(c)].words), c.MaxKm)
	case c.MaxMinutes > 0:
		return w.sprintf("%d min %s", c.MaxMinutes, w.tr(travelModes[commuteMode(c)].words))
	}
	return w.sprintf("%.0f km", c.MaxKm)
}

// withinLimit reports whether a commute of km and minutes keeps to c.
func withinLimit(c *preference.Commute, km float64, minutes int) bool {
	if c.MaxMinutes > 0 && minutes > c.MaxMinutes {
		return false
	}
	if c.MaxKm > 0 && km > c.MaxKm {
		return false
	}
	return true
}
