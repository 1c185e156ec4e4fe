package match

import (
	"fmt"
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// hoursBounds returns a vacancy's weekly hours range with a missing end
// filled from the other.
func hoursBounds(h employer.Range) (lo, hi float64) {
	lo, hi = h.Min, h.Max
	if lo == 0 {
		lo = hi
	}
	if hi == 0 {
		hi = lo
	}
	return lo, hi
}

func hoursText(h employer.Range) string {
	lo, hi := hoursBounds(h)
	kind := "full-time"
	if hi <= 30 {
		kind = "part-time"
	}
	if lo == hi {
		return fmt.Sprintf("%s %s h/week", kind, trimNum(lo))
	}
	return fmt.Sprintf("%s %s-%s h/week", kind, trimNum(lo), trimNum(hi))
}

// hoursText is hoursText in the language of the call.
func (w *want) hoursText(h employer.Range) string {
	if w.pr == nil {
		return hoursText(h)
	}
	lo, hi := hoursBounds(h)
	kind := "full-time"
	if hi <= 30 {
		kind = "part-time"
	}
	if lo == hi {
		return w.sprintf("%s %s h/week", w.tr(kind), w.num(lo))
	}
	return w.sprintf("%s %s-%s h/week", w.tr(kind), w.num(lo), w.num(hi))
}

func trimNum(f float64) string {
	if f == math.Trunc(f) {
		return fmt.Sprintf("%.0f", f)
	}
	return fmt.Sprintf("%.1f", f)
}

// hoursFactor: weekly hours against the hours the client wants and the
// benefits limit on hours, less for pay that could breach the benefits
// limit on earnings, with the risk flagged; a posting that states no pay
// is flagged for a client with an earnings limit, since nobody can tell
// whether its hours would breach it. It counts when the client
// states hours or a benefits cap.
type hoursFactor struct{}

func (hoursFactor) name() string                  { return "hours" }
func (hoursFactor) defaultWeight() float64        { return 1 }
func (hoursFactor) weightIn(ws *Weights) *float64 { return &ws.Hours }
func (hoursFactor) weight(w *want) float64        { return w.w.Hours }
func (hoursFactor) counts(w *want) counting {
	return statedIf(w.p.Hours != nil || w.p.BenefitsCap != nil)
}

// bound is the hours score from the hot fields, without the earnings
// penalty, which needs the record and only lowers a score.
func (hoursFactor) bound(w *want, k *known) float64 {
	if k.hot == nil {
		return 1
	}
	if k.hot.HoursHi > 0 {
		return w.hoursScore(k.hot.HoursLo, k.hot.HoursHi)
	}
	return 0.5
}

func (hoursFactor) score(w *want, c *cand) {
	h, b := w.p.Hours, w.p.BenefitsCap
	if h == nil && b == nil {
		return
	}
	v := c.e.Vacancy
	if v.Hours.IsZero() {
		c.total += w.w.Hours * 0.5
		c.add("hours", Neutral, 0.5, w.tr("hours not stated: ask before applying"))
		if b != nil && b.MaxEarnings > 0 && !v.Pay.Stated() {
			c.flag(w.tr("pay and hours not stated: check against the benefits limit before applying"))
		}
		return
	}
	lo, hi := hoursBounds(v.Hours)
	s := w.hoursScore(lo, hi)
	var yhi float64
	overEarnings := false
	if b != nil && b.MaxEarnings > 0 {
		var paid bool
		_, yhi, paid = yearlyEarnings(v)
		overEarnings = paid && yhi > capPerYear(b)
	}
	if overEarnings {
		s *= 0.7
	}
	c.total += w.w.Hours * s
	if !c.explain {
		return
	}
	text := w.hoursText(v.Hours)
	if h != nil {
		rel := ", within the %s-%s h the client wants"
		switch {
		case h.Max > 0 && lo > h.Max:
			rel = ", more than the %s-%s h the client wants"
		case h.Min > 0 && hi < h.Min:
			rel = ", fewer than the %s-%s h the client wants"
		}
		text += w.sprintf(rel, w.num(h.Min), w.num(h.Max))
	}
	if b != nil && b.MaxHoursPerWeek > 0 {
		limit := w.num(b.MaxHoursPerWeek)
		if hi > b.MaxHoursPerWeek {
			text += w.sprintf("; up to %s h is over the %s h/week benefits limit", w.num(hi), limit)
			c.flag(w.sprintf("may breach the benefits limit: up to %s h/week against %s h; agree hours at or under %s h", w.num(hi), limit, limit))
		} else {
			text += w.sprintf(", under the %s h/week benefits limit", limit)
		}
	}
	if b != nil && b.MaxEarnings > 0 && !v.Pay.Stated() {
		c.flag(w.sprintf("pay not stated: check against the benefits limit at %s h/week", w.num(hi)))
	}
	if overEarnings {
		c.flag(w.sprintf("may breach the benefits limit: up to about %.0f %s a year against %.0f", yhi, w.currency(v.Pay.Currency), capPerYear(b)))
	}
	c.add("hours", effectOf(s), s, text)
}

// hoursScore is the hours factor for stated hours lo-hi before any
// earnings-cap penalty: distance from the client's range, and 0.7 when the
// highest hours are over the benefits limit on hours.
func (w *want) hoursScore(lo, hi float64) float64 {
	s := 1.0
	if h := w.p.Hours; h != nil {
		switch {
		case h.Max > 0 && lo > h.Max:
			s = math.Max(0, 1-(lo-h.Max)/10)
		case h.Min > 0 && hi < h.Min:
			s = math.Max(0, 1-(h.Min-hi)/10)
		}
	}
	if b := w.p.BenefitsCap; b != nil && b.MaxHoursPerWeek > 0 && hi > b.MaxHoursPerWeek {
		s *= 0.7
	}
	return s
}

// capPerYear is the earnings cap converted to a year.
func capPerYear(b *preference.BenefitsCap) float64 {
	if b.Period == preference.PerMonth {
		return b.MaxEarnings * 12
	}
	return b.MaxEarnings
}
