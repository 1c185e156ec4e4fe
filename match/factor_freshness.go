package match

import (
	"math"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// freshnessFactor: recent, open-now vacancies first. With Options.Rapid it
// also rewards a start soon and an easy way to apply, and it weighs three
// times as much. It always counts.
type freshnessFactor struct{}

func (freshnessFactor) name() string                  { return "freshness" }
func (freshnessFactor) defaultWeight() float64        { return 0.75 }
func (freshnessFactor) weightIn(ws *Weights) *float64 { return &ws.Freshness }
func (freshnessFactor) weight(w *want) float64        { return w.freshWeight() }
func (freshnessFactor) counts(*want) counting         { return countedAlways }

// bound is the freshness score itself from the record; from the hot
// fields, the posting age with, for rapid search, the start date and the
// way of applying at their best.
func (freshnessFactor) bound(w *want, k *known) float64 {
	switch {
	case k.c != nil:
		return w.freshFactor(k.c.e.Vacancy)
	case k.hot != nil:
		fresh := postedScore(int(w.todayDay-k.hot.Posted), k.hot.Posted >= 0)
		if w.opt.Rapid {
			fresh = (fresh + 2) / 3
		}
		return fresh
	case k.aged:
		if w.opt.Rapid {
			return (k.fresh + 2) / 3
		}
		return k.fresh
	}
	return 1
}

func (freshnessFactor) score(w *want, c *cand) {
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
	text := w.tr("posting date not given")
	if days >= 0 {
		text = w.postedAgo(days)
	}
	if w.opt.Rapid {
		switch start {
		case 1:
			text += w.tr(", starts within two weeks")
		case 0.6:
			text += w.sprintf(", starts %s", w.date(v.StartDate))
		case 0.2:
			text += w.sprintf(", starts only on %s", w.date(v.StartDate))
		}
		if apply >= 0.9 {
			text += w.sprintf(", quick to apply: %s", w.tr(strings.ReplaceAll(string(v.Application.Method), "_", "-")))
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

// postedAgo says when a vacancy was posted, d days ago: "posted today",
// "posted 3 days ago", "posted 8 weeks ago".
func (s speech) postedAgo(d int) string {
	switch {
	case d <= 0:
		return s.tr("posted today")
	case d == 1:
		return s.tr("posted yesterday")
	case d < 14:
		return s.sprintf("posted %d days ago", d)
	}
	return s.sprintf("posted %d weeks ago", d/7)
}
