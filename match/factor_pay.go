package match

import (
	"cmp"

	"github.com/ipsmatch/ipsmatch/employer"
)

// unitHours converts pay units to a year; hourly and daily pay need
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

// payFactor: pay against the client's floor, converted to the client's
// unit. Pay that is not stated is neither rewarded nor penalised. It
// counts when the client states a pay floor.
type payFactor struct{}

func (payFactor) name() string                  { return "pay" }
func (payFactor) defaultWeight() float64        { return 0.75 }
func (payFactor) weightIn(ws *Weights) *float64 { return &ws.Pay }
func (payFactor) weight(w *want) float64        { return w.w.Pay }
func (payFactor) counts(w *want) counting       { return statedIf(w.p.Pay != nil) }

// bound is the pay factor itself from the hot fields (which carry pay and
// hours), and its best otherwise: hotPayScore in bound_pay.go.
func (payFactor) bound(w *want, k *known) float64 {
	if k.hot != nil && k.c == nil {
		return w.hotPayScore(*k.hot)
	}
	return 1
}

func (payFactor) score(w *want, c *cand) {
	pf := w.p.Pay
	if pf == nil {
		return
	}
	v := c.e.Vacancy
	if !v.Pay.Stated() {
		c.total += w.w.Pay * 0.5
		c.add("pay", Neutral, 0.5, w.tr("pay not stated"))
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
	cur, unit := w.currency(v.Pay.Currency), w.payUnit(pf.Unit)
	floor := w.money(pf.Min, cmp.Or(pf.Currency, v.Pay.Currency))
	var text string
	switch {
	case lo >= pf.Min:
		text = w.sprintf("pays about %.2f %s per %s, above the client's floor of %s", lo, cur, unit, floor)
	case hi >= pf.Min:
		text = w.sprintf("pays about %.2f-%.2f %s per %s, reaching the client's floor of %s", lo, hi, cur, unit, floor)
	default:
		text = w.sprintf("pays about %.2f %s per %s, below the client's floor of %s", hi, cur, unit, floor)
	}
	c.add("pay", effectOf(s), s, text)
}

// payUnit is what follows "per" in a pay reason: the client's unit
// ("month") in English, the whole phrase ("al mese") in other languages.
func (s speech) payUnit(unit string) string {
	if s.english() {
		return unit
	}
	return s.tr("per " + unit)
}
