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

func trimNum(f float64) string {
	if f == math.Trunc(f) {
		return fmt.Sprintf("%.0f", f)
	}
	return fmt.Sprintf("%.1f", f)
}

// scoreHours adds the hours factor and flags a benefits-cap risk. It counts
// when the client states hours or a benefits cap.
func (w *want) scoreHours(c *cand) {
	h, b := w.p.Hours, w.p.BenefitsCap
	if h == nil && b == nil {
		return
	}
	v := c.e.Vacancy
	if v.Hours.IsZero() {
		c.total += w.w.Hours * 0.5
		c.add("hours", Neutral, 0.5, "hours not stated: ask before applying")
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
	text := hoursText(v.Hours)
	if h != nil {
		rel := "within"
		switch {
		case h.Max > 0 && lo > h.Max:
			rel = "more than"
		case h.Min > 0 && hi < h.Min:
			rel = "fewer than"
		}
		text += fmt.Sprintf(", %s the %s-%s h the client wants", rel, trimNum(h.Min), trimNum(h.Max))
	}
	if b != nil && b.MaxHoursPerWeek > 0 {
		limit := trimNum(b.MaxHoursPerWeek)
		if hi > b.MaxHoursPerWeek {
			text += fmt.Sprintf("; up to %s h is over the %s h/week benefits limit", trimNum(hi), limit)
			c.flag(fmt.Sprintf("may breach the benefits limit: up to %s h/week against %s h; agree hours at or under %s h", trimNum(hi), limit, limit))
		} else {
			text += fmt.Sprintf(", under the %s h/week benefits limit", limit)
		}
	}
	if overEarnings {
		c.flag(fmt.Sprintf("may breach the benefits limit: up to about %.0f %s a year against %.0f", yhi, v.Pay.Currency, capPerYear(b)))
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

// periodsPerYear converts pay units to a year; hourly and daily pay need
// the hours worked, taken from the vacancy.
func unitHours(u employer.PayUnit, weeklyHours float64) (perYear float64) {
	switch u {
	case employer.PerHour:
		return weeklyHours * 52
	case employer.PerDay:
		return weeklyHours / 8 * 52
	case employer.PerWeek:
		return 52
	case employer.PerMonth:
		return 12
	case employer.PerYear:
		return 1
	}
	return 0
}

// yearlyEarnings estimates a year's pay at the vacancy's lowest and highest
// hours and pay. ok is false when pay is not stated.
func yearlyEarnings(v *employer.Vacancy) (lo, hi float64, ok bool) {
	if !v.Pay.Stated() {
		return 0, 0, false
	}
	hlo, hhi := hoursBounds(v.Hours)
	if hhi == 0 {
		hlo, hhi = 38, 38
	}
	plo, phi := v.Pay.Min, v.Pay.Max
	if plo == 0 {
		plo = phi
	}
	if phi == 0 {
		phi = plo
	}
	return plo * unitHours(v.Pay.Unit, hlo), phi * unitHours(v.Pay.Unit, hhi), true
}

// payPerUnit converts a vacancy's pay range to the client's unit.
func payPerUnit(v *employer.Vacancy, unit string) (lo, hi float64) {
	ylo, yhi, ok := yearlyEarnings(v)
	if !ok {
		return 0, 0
	}
	hlo, hhi := hoursBounds(v.Hours)
	if hhi == 0 {
		hlo, hhi = 38, 38
	}
	to := employer.PayUnit(unit)
	return ylo / unitHours(to, hlo), yhi / unitHours(to, hhi)
}

// scorePay adds the pay factor when the client states a pay floor. Pay
// that is not stated is neither rewarded nor penalised.
func (w *want) scorePay(c *cand) {
	pf := w.p.Pay
	if pf == nil {
		return
	}
	v := c.e.Vacancy
	if !v.Pay.Stated() {
		c.total += w.w.Pay * 0.5
		c.add("pay", Neutral, 0.5, "pay not stated")
		return
	}
	lo, hi := payPerUnit(v, pf.Unit)
	var s float64
	switch {
	case lo >= pf.Min:
		s = 1
	case hi >= pf.Min:
		s = 0.7
	default:
		s = 0.3 * hi / pf.Min
	}
	c.total += w.w.Pay * s
	if !c.explain {
		return
	}
	var text string
	switch {
	case lo >= pf.Min:
		text = fmt.Sprintf("pays about %.2f %s per %s, above the client's floor of %s", lo, v.Pay.Currency, pf.Unit, trimNum(pf.Min))
	case hi >= pf.Min:
		text = fmt.Sprintf("pays about %.2f-%.2f %s per %s, reaching the client's floor of %s", lo, hi, v.Pay.Currency, pf.Unit, trimNum(pf.Min))
	default:
		text = fmt.Sprintf("pays about %.2f %s per %s, below the client's floor of %s", hi, v.Pay.Currency, pf.Unit, trimNum(pf.Min))
	}
	c.add("pay", effectOf(s), s, text)
}
