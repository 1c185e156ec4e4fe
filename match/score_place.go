package match

import (
	"fmt"
	"math"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// scoreCommute adds the commute factor: 1 at the door, 0.5 at the client's
// limit, falling to 0 at twice the limit (reachable only with a prefer
// limit).
func (w *want) scoreCommute(c *cand) {
	cm := w.p.Commute
	if cm == nil || w.p.Home == nil {
		return
	}
	v := c.e.Vacancy
	s := w.commuteFactor(c)
	c.total += w.w.Commute * s
	if v.Remote == employer.FullRemote {
		c.add("commute", Plus, 1, "works from home: no commute")
		return
	}
	if c.km < 0 {
		c.add("commute", Neutral, s, "place of work not given: commute unknown")
		c.flag("location unknown: commute not checked")
		return
	}
	ratio := commuteRatio(cm, c.km, float64(c.minutes))
	if !c.explain {
		return
	}
	text := w.commuteTrip(c)
	if ratio > 1 {
		text += ", beyond the client's limit of " + commuteLimitText(cm)
	} else {
		text += ", within the client's limit of " + commuteLimitText(cm)
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
	t := travelModes[commuteMode(cm)]
	minutes := math.Max(0, t.overhead+km*t.detour/t.kmh*60-0.5)
	return commuteScore(commuteRatio(cm, km, minutes))
}

// scoreFreshness adds the freshness factor: recent, open-now vacancies
// first. With Options.Rapid it also rewards a start soon and an easy way
// to apply, and it weighs three times as much.
func (w *want) scoreFreshness(c *cand) {
	v := c.e.Vacancy
	s := w.freshFactor(v)
	c.total += w.freshWeight() * s
	if !c.explain {
		return
	}
	days := -1
	if !v.Posted.IsZero() {
		days = w.today.DaysSince(v.Posted)
	}
	start, apply := w.startSoon(v), applyEase(v.Application.Method)
	text := "posting date not given"
	if days >= 0 {
		text = "posted " + daysAgo(days)
	}
	if w.opt.Rapid {
		switch start {
		case 1:
			text += ", starts within two weeks"
		case 0.6:
			text += ", starts " + v.StartDate.String()
		case 0.2:
			text += ", starts only on " + v.StartDate.String()
		}
		if apply >= 0.9 {
			text += ", quick to apply: " + strings.ReplaceAll(string(v.Application.Method), "_", "-")
		}
	}
	c.add("freshness", effectOf(s), s, text)
}

// freshFactor is the freshness factor's score: how recently the vacancy
// was posted and, for rapid search, how soon it starts and how quickly one
// can apply.
func (w *want) freshFactor(v *employer.Vacancy) float64 {
	fresh := postedScore(w.today.DaysSince(v.Posted), !v.Posted.IsZero())
	if !w.opt.Rapid {
		return fresh
	}
	return (fresh + w.startSoon(v) + applyEase(v.Application.Method)) / 3
}

// postedScore rates a posting days old: 1 today, 0 at 60 days, and 0.3
// when the posting date is not known.
func postedScore(days int, known bool) float64 {
	if !known {
		return 0.3
	}
	return math.Max(0, math.Min(1, 1-float64(days)/60))
}

// startSoon rates how soon a vacancy starts, for rapid search.
func (w *want) startSoon(v *employer.Vacancy) float64 {
	switch {
	case v.StartDate.IsZero():
		return 0.5
	case !v.StartDate.After(w.today.AddDays(14)):
		return 1
	case !v.StartDate.After(w.today.AddDays(45)):
		return 0.6
	}
	return 0.2
}

// applyEase rates how quickly a client can apply: walking in or phoning
// is a step a client can take today.
func applyEase(m employer.ApplyMethod) float64 {
	switch m {
	case employer.ApplyWalkIn:
		return 1
	case employer.ApplyPhone:
		return 0.9
	case employer.ApplyEmail:
		return 0.7
	case employer.ApplyOnline:
		return 0.5
	case employer.ApplyAgency:
		return 0.3
	}
	return 0.4
}

func (w *want) freshWeight() float64 {
	if w.opt.Rapid {
		return w.w.Freshness * 3
	}
	return w.w.Freshness
}

func daysAgo(d int) string {
	switch {
	case d <= 0:
		return "today"
	case d == 1:
		return "yesterday"
	case d < 14:
		return fmt.Sprintf("%d days ago", d)
	}
	return fmt.Sprintf("%d weeks ago", d/7)
}
