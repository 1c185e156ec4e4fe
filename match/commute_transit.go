package match

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/match/transit"
	"github.com/ipsmatch/ipsmatch/preference"
)

// ErrHomeNotLocated is returned when a client's home is given only as an
// address and the engine has no geocoder, or the geocoder cannot find it.
var ErrHomeNotLocated = errors.New("ipsmatch: the client's home could not be located")

// unreachableMinutes stands for a workplace no public transport trip
// reaches within the planner's limits: far beyond any commute limit.
const unreachableMinutes = 24 * 60

// placeWant is what a match knows of real places beyond straight lines:
// the public transport times from the client's home, searched once.
type placeWant struct {
	tt    *transit.Times // nil: the speed model
	flags []string       // notes for the whole search
}

// locateHome fills a client's home from home_address with the engine's
// geocoder. The address is never repeated in an error.
func (e *Engine) locateHome(ctx context.Context, p *preference.Profile) error {
	if p.Home != nil || p.HomeAddress == "" {
		return nil
	}
	if e.geocoder == nil {
		return fmt.Errorf("%w: client %q: field home_address: no geocoder is configured; give home as lat and lon, or configure a gazetteer or geocoding server",
			ErrHomeNotLocated, p.ID)
	}
	r, err := geocode.Best(ctx, e.geocoder, p.HomeAddress)
	if errors.Is(err, geocode.ErrNotFound) {
		return fmt.Errorf("%w: client %q: field home_address: not found; check it, or give a postcode or home as lat and lon", ErrHomeNotLocated, p.ID)
	}
	if err != nil {
		return fmt.Errorf("%w: client %q: field home_address: %w", ErrHomeNotLocated, p.ID, err)
	}
	p.Home, p.HomePrecision = &r.Location, r.Precision
	return nil
}

// planTransit searches public transport from the client's home once,
// when the engine has a planner and the client travels by transit. A
// timetable with no service on the day falls back to the speed model,
// and says so.
func (e *Engine) planTransit(ctx context.Context, w *want) error {
	cm := w.p.Commute
	if e.transit == nil || cm == nil || w.p.Home == nil || commuteMode(cm) != preference.Transit {
		return nil
	}
	tt, err := e.transit.From(ctx, *w.p.Home, w.today)
	if errors.Is(err, transit.ErrNoService) {
		w.place.flags = append(w.place.flags, w.tr("the timetable has no service on the next working day: public transport times estimated from distance"))
		return nil
	}
	if err != nil {
		return err
	}
	w.place.tt = tt
	w.reachKm = math.Inf(1)
	if cm.MaxMinutes > 0 {
		w.reachKm = tt.ReachKm(cm.MaxMinutes)
	}
	if cm.MaxKm > 0 {
		w.reachKm = math.Min(w.reachKm, cm.MaxKm)
	}
	return nil
}

// minutesTo is the commute to a place km away: from the timetable when
// there is one, else the speed model.
func (w *want) minutesTo(at geo.Point, km float64) int {
	if tt := w.place.tt; tt != nil {
		if m, ok := tt.Minutes(at); ok {
			return m
		}
		return unreachableMinutes
	}
	return commuteMinutes(commuteMode(w.p.Commute), km)
}

// commuteBestBeyond is the best commute score of any place at least km
// away (straight line): the bound that lets a search stop early.
func (w *want) commuteBestBeyond(km float64) float64 {
	cm := w.p.Commute
	tt := w.place.tt
	if tt == nil {
		return commuteScoreAtLeast(cm, km)
	}
	m := tt.MinMinutesBeyond(km)
	if m < 0 {
		m = unreachableMinutes
	}
	return commuteScore(commuteRatio(cm, km, float64(m)))
}

// commuteTrip says the commute: the trip by name from a timetable, else
// the distance and the speed model's estimate.
func (w *want) commuteTrip(c *cand) string {
	tt := w.place.tt
	if tt == nil {
		return w.sprintf("%.1f km, about %d min %s", c.km, c.minutes, w.tr(travelModes[commuteMode(w.p.Commute)].words))
	}
	j, ok := tt.Journey(*c.e.Location)
	if !ok {
		return w.sprintf("%.1f km, no public transport trip leaving at %s %s gets there", c.km, tt.Depart(), w.tr("on "+tt.Day().Time().Weekday().String()))
	}
	return w.sprintf("%.1f km, %s", c.km, w.journeyText(j))
}

// journeyText says a timetable's trip as Journey.String does, in the
// call's language: "bus 14 and 27, one change, 32 min", "autobus 14 e 27,
// un cambio, 32 min".
func (s speech) journeyText(j transit.Journey) string {
	if s.english() {
		return j.String()
	}
	if len(j.Legs) == 0 {
		return s.sprintf("on foot, %d min", j.Minutes)
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
		rides = s.tr(j.Legs[0].Mode) + " " + s.list(names, " and ", "and")
	} else {
		for i, l := range j.Legs {
			ride := s.tr(l.Mode) + " " + l.Route
			if i == 0 {
				rides = ride
			} else {
				rides = s.sprintf("%s then %s", rides, ride)
			}
		}
	}
	switch j.Changes {
	case 0:
		return s.sprintf("direct %s, %d min", rides, j.Minutes)
	case 1:
		return s.sprintf("%s, one change, %d min", rides, j.Minutes)
	case 2:
		return s.sprintf("%s, two changes, %d min", rides, j.Minutes)
	}
	return s.sprintf("%s, %d changes, %d min", rides, j.Changes, j.Minutes)
}

// precisionNote is what the commute reason adds when the workplace or
// the home was located only roughly, and the flag it raises when that
// roughness is large against the client's limit.
func (w *want) precisionNote(c *cand) string {
	note := ""
	for _, x := range []struct {
		p          employer.Precision
		note, flag string
	}{
		{c.e.LocationPrecision, "; located by %s only, check the address",
			"located by %s only (up to %.0f km off) against a commute limit of about %.0f km: the commute is not to be trusted until the address is checked"},
		{w.p.HomePrecision, "; the client's home located by %s only, check the address",
			"the client's home located by %s only (up to %.0f km off) against a commute limit of about %.0f km: the commute is not to be trusted until the address is checked"},
	} {
		if !x.p.Coarse() {
			continue
		}
		by := w.tr(string(x.p))
		note += w.sprintf(x.note, by)
		if r := x.p.RadiusKm(); w.reachKm > 0 && r >= w.reachKm/4 {
			c.flag(w.sprintf(x.flag, by, r, w.reachKm))
		}
	}
	return note
}
