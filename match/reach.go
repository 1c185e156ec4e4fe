package match

import (
	"math"

	"github.com/ipsmatch/ipsmatch/preference"
)

// ReachKm is the straight-line distance from home that a client's commute
// limit allows, as Match and Leads judge it; 0 when there is no limit.
// A page draws it as the commute circle on a map.
func ReachKm(c *preference.Commute) float64 {
	if c == nil {
		return 0
	}
	r := reachKm(c)
	if math.IsInf(r, 0) {
		return 0
	}
	return r
}
