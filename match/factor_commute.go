package match

import (
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

// commuteFactor: 1 at the door, 0.5 at the client's limit, falling to 0
// at twice the limit (reachable only with a prefer limit); work from home
// scores 1, an unknown place 0.25. It counts when the client gives a home
// and a commute limit.
type commuteFactor struct{}

func (commuteFactor) name() string                  { return "commute" }
func (commuteFactor) defaultWeight() float64        { return 1.5 }
func (commuteFactor) weightIn(ws *Weights) *float64 { return &ws.Commute }
func (commuteFactor) weight(w *want) float64        { return w.w.Commute }
func (commuteFactor) counts(w *want) counting       { return statedIf(w.p.Commute != nil && w.p.Home != nil) }

// bound is the commute score itself once the place is known, from the
// record or the hot fields, and before that the best score of a place at
// least minKm away.
func (commuteFactor) bound(w *want, k *known) float64 {
	switch {
	case k.c != nil:
		return w.commuteFactor(k.c)
	case k.hot != nil:
		h := k.hot
		km, minutes := -1.0, -1
		if h.HasLocation && !h.Remote {
			// The chord is never farther than the great circle scoring
			// measures, and the commute scores no worse nearer.
			at := geo.Point{Lat: h.Lat, Lon: h.Lon}
			km = w.home.ChordKm(at)
			minutes = w.minutesTo(at, km)
		}
		return w.commuteAt(h.Remote, km, minutes)
	case k.minKm > 0:
		return w.commuteBestBeyond(k.minKm)
	}
	return 1
}

func (commuteFactor) score(w *want, c *cand) {
	cm := w.p.Commute
	if cm == nil || w.p.Home == nil {
		return
	}
	v := c.e.Vacancy
	s := w.commuteFactor(c)
	c.total += w.w.Commute * s
	if v.Remote == employer.FullRemote {
		c.add("commute", Plus, 1, w.tr("works from home: no commute"))
		return
	}
	if c.km < 0 {
		c.add("commute", Neutral, s, w.tr("place of work not given: commute unknown"))
		c.flag(w.tr("location unknown: commute not checked"))
		return
	}
	ratio := commuteRatio(cm, c.km, float64(c.minutes))
	if !c.explain {
		return
	}
	text := w.commuteTrip(c)
	if ratio > 1 {
		text += w.sprintf(", beyond the client's limit of %s", w.commuteLimitText(cm))
	} else {
		text += w.sprintf(", within the client's limit of %s", w.commuteLimitText(cm))
	}
	text += w.precisionNote(c)
	c.add("commute", effectOf(s), s, text)
}

// commuteFactor is the commute factor's score: 1 for work from home, 0.25
// when the place is unknown, else by the share of the client's limit.
func (w *want) commuteFactor(c *cand) float64 {
	return w.commuteAt(c.e.Remote == employer.FullRemote, c.km, c.minutes)
}

// commuteAt is commuteFactor from its parts; km < 0 means the place is
// unknown. The hot bound calls it too, so both always agree.
func (w *want) commuteAt(remote bool, km float64, minutes int) float64 {
	switch {
	case remote:
		return 1
	case km < 0:
		return 0.25
	}
	return commuteScore(commuteRatio(w.p.Commute, km, float64(minutes)))
}

// commuteRatio is the commute as a share of the client's limit: the larger
// of minutes over the time limit and km over the distance limit.
func commuteRatio(cm *preference.Commute, km, minutes float64) float64 {
	ratio := 0.0
	if cm.MaxMinutes > 0 {
		ratio = minutes / float64(cm.MaxMinutes)
	}
	if cm.MaxKm > 0 {
		ratio = math.Max(ratio, km/cm.MaxKm)
	}
	return ratio
}

func commuteScore(ratio float64) float64 {
	if ratio > 1 {
		return math.Max(0, 0.5-0.5*(ratio-1))
	}
	return math.Max(0, math.Min(1, 1-0.5*ratio))
}

// commuteScoreAtLeast is the best commute score of a place at least km
// away: minutes before rounding, less half a minute.
func commuteScoreAtLeast(cm *preference.Commute, km float64) float64 {
	minutes := math.Max(0, travelModes[commuteMode(cm)].minutes(km)-0.5)
	return commuteScore(commuteRatio(cm, km, minutes))
}
