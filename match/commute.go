package match

import (
	"fmt"
	"math"

	"github.com/ipsmatch/ipsmatch/preference"
)

// travel models a commute mode: minutes = overhead + km * detour / speed.
// Straight-line distance understates real routes, hence the detour factor;
// the overhead is walking to a stop and waiting, or parking.
type travel struct {
	kmh, detour, overhead float64
	words                 string
}

var travelModes = map[preference.Mode]travel{
	preference.Walk:    {kmh: 4.8, detour: 1.25, overhead: 0, words: "on foot"},
	preference.Bike:    {kmh: 15, detour: 1.25, overhead: 2, words: "by bike"},
	preference.Transit: {kmh: 18, detour: 1.3, overhead: 8, words: "by public transport"},
	preference.Car:     {kmh: 30, detour: 1.3, overhead: 4, words: "by car"},
}

func commuteMode(c *preference.Commute) preference.Mode {
	if c == nil || c.Mode == "" {
		return preference.Transit
	}
	return c.Mode
}

func commuteMinutes(mode preference.Mode, km float64) int {
	t := travelModes[mode]
	return int(math.Round(t.overhead + km*t.detour/t.kmh*60))
}

// reachKm is the straight-line distance the client's limits allow.
func reachKm(c *preference.Commute) float64 {
	r := math.Inf(1)
	if c.MaxMinutes > 0 {
		t := travelModes[commuteMode(c)]
		r = math.Max(0, float64(c.MaxMinutes)-t.overhead) / 60 * t.kmh / t.detour
	}
	if c.MaxKm > 0 {
		r = math.Min(r, c.MaxKm)
	}
	return r
}

// commuteLimitText says the client's limit in words.
func commuteLimitText(c *preference.Commute) string {
	switch {
	case c.MaxMinutes > 0 && c.MaxKm > 0:
		return fmt.Sprintf("%d min %s and %.0f km", c.MaxMinutes, travelModes[commuteMode(c)].words, c.MaxKm)
	case c.MaxMinutes > 0:
		return fmt.Sprintf("%d min %s", c.MaxMinutes, travelModes[commuteMode(c)].words)
	}
	return fmt.Sprintf("%.0f km", c.MaxKm)
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
