package transit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Journey is the fastest trip to one place.
type Journey struct {
	Minutes int   `json:"minutes"`
	Legs    []Leg `json:"legs,omitempty"` // none when the walk is all the way
	// Changes is the number of changes between vehicles.
	Changes int `json:"changes"`
}

// Leg is one ride.
type Leg struct {
	Mode  string `json:"mode"`  // bus, tram, metro, train, ferry, ...
	Route string `json:"route"` // the route's short name, else its long name
	From  string `json:"from"`  // stop names
	To    string `json:"to"`
	Board string `json:"board"` // HH:MM
}

// Journey is the fastest trip to at, with its rides; ok is false when at
// cannot be reached within the planner's limits.
func (t *Times) Journey(at geo.Point) (Journey, bool) {
	a, via := t.arrival(at)
	if a == never {
		return Journey{}, false
	}
	j := Journey{Minutes: toMinutes(a - t.p.depart)}
	if via < 0 {
		return j, true
	}
	f := t.p.feed
	k, s := int(t.r.round[via]), via
	for k > 0 {
		l := t.r.lab[k][s]
		switch l.kind {
		case labRide:
			p := &f.patterns[l.pattern]
			rt := f.routes[p.route]
			n := int32(len(p.stops))
			board := p.dep[l.trip*n+l.board] % 86400
			j.Legs = append(j.Legs, Leg{Mode: modeWord(rt.kind), Route: cmpOr(rt.short, rt.long),
				From: f.stops[p.stops[l.board]].name, To: f.stops[p.stops[l.alight]].name, Board: clock(board)})
			s = p.stops[l.board]
			k--
		case labWalk:
			s = l.board
		default:
			k = 0
		}
	}
	slices.Reverse(j.Legs)
	j.Changes = max(0, len(j.Legs)-1)
	return j, true
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// String says the trip as a specialist would: "bus 14 and 27, one
// change, 32 min", "train R2 then bus 14, one change, 48 min", "direct
// bus 14, 20 min", "on foot, 12 min".
func (j Journey) String() string {
	if len(j.Legs) == 0 {
		return fmt.Sprintf("on foot, %d min", j.Minutes)
	}
	sameMode := true
	for _, l := range j.Legs[1:] {
		sameMode = sameMode && l.Mode == j.Legs[0].Mode
	}
	var rides string
	if sameMode {
		names := make([]string, len(j.Legs))
		for i, l := range j.Legs {
			names[i] = l.Route
		}
		rides = j.Legs[0].Mode + " " + andList(names)
	} else {
		parts := make([]string, len(j.Legs))
		for i, l := range j.Legs {
			parts[i] = l.Mode + " " + l.Route
		}
		rides = strings.Join(parts, " then ")
	}
	switch j.Changes {
	case 0:
		return fmt.Sprintf("direct %s, %d min", rides, j.Minutes)
	case 1:
		return fmt.Sprintf("%s, one change, %d min", rides, j.Minutes)
	case 2:
		return fmt.Sprintf("%s, two changes, %d min", rides, j.Minutes)
	}
	return fmt.Sprintf("%s, %d changes, %d min", rides, j.Changes, j.Minutes)
}

func andList(s []string) string {
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// modeWord names a GTFS route_type, basic or extended.
func modeWord(t int) string {
	switch {
	case t == 0 || t == 900 || (t > 900 && t < 1000):
		return "tram"
	case t == 1 || (t >= 400 && t < 500):
		return "metro"
	case t == 2 || (t >= 100 && t < 200):
		return "train"
	case t == 4 || (t >= 1000 && t < 1100) || t == 1200:
		return "ferry"
	case t == 5 || t == 6 || t == 7 || (t >= 1300 && t < 1500):
		return "cable car"
	case t == 11 || t == 800:
		return "trolleybus"
	}
	return "bus"
}
