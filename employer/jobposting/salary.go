package jobposting

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// salary maps baseSalary, or estimatedSalary when there is no baseSalary.
func (m *mapper) salary() {
	currency := strings.ToUpper(text(m.get("salaryCurrency")))
	base, est := m.get("baseSalary"), m.get("estimatedSalary")
	switch {
	case base != nil:
		m.rec.Vacancy.Pay = m.amount("baseSalary", base, currency)
		if est != nil {
			m.note("estimatedSalary: %s not mapped (baseSalary is used)", show(est))
		}
	case est != nil:
		m.rec.Vacancy.Pay = m.amount("estimatedSalary", est, currency)
	}
}

// amount reads a MonetaryAmount (its value a QuantitativeValue or a plain
// number), a MonetaryAmountDistribution, a bare number, or an array of them
// (the first is used). An unknown or missing unit leaves pay not stated.
func (m *mapper) amount(key string, v any, currency string) employer.Pay {
	items := list(v)
	if len(items) == 0 {
		return employer.Pay{}
	}
	for _, extra := range items[1:] {
		m.note("%s: %s not used: only the first amount is kept", key, show(extra))
	}
	a := items[0]
	var unitText string
	var lo, hi float64
	var ok bool
	if ma, isMap := a.(map[string]any); isMap {
		if c := text(ma["currency"]); c != "" {
			currency = strings.ToUpper(c)
		}
		unitText = text(ma["unitText"])
		val := m.c.deref(ma["value"])
		if _, hasValue := ma["value"]; !hasValue {
			val = ma // a distribution carries its figures itself
		}
		if q, isQ := val.(map[string]any); isQ {
			if u := text(q["unitText"]); u != "" {
				unitText = u
			}
			lo, hi, ok = quantity(q)
		} else {
			lo, ok = number(val)
			hi = lo
		}
	} else {
		lo, ok = number(a)
		hi = lo
	}
	if !ok || lo < 0 || hi < 0 || lo == 0 && hi == 0 {
		m.note("%s: %s has no usable amount", key, show(a))
		return employer.Pay{}
	}
	if hi > 0 && lo > hi {
		lo, hi = hi, lo
		m.note("%s: minimum above maximum, the two swapped", key)
		m.rec.warnings = append(m.rec.warnings, employer.Warning{Field: key,
			Message: "the minimum is above the maximum; the two are swapped"})
	}
	unit, known := payUnit(unitText)
	switch {
	case unitText == "":
		m.note("%s: %s has no unitText", key, show(a))
		return employer.Pay{}
	case !known:
		m.note("%s.unitText: %s unknown", key, show(unitText))
		return employer.Pay{}
	}
	if !currencyCodeRe.MatchString(currency) {
		if currency != "" {
			m.note("%s.currency: %s not an ISO 4217 code, %s assumed", key, show(currency), m.opt.DefaultCurrency)
		}
		currency = m.opt.DefaultCurrency
	}
	return employer.Pay{Min: lo, Max: hi, Currency: currency, Unit: unit}
}

// quantity reads a QuantitativeValue's minValue/maxValue/value, or a
// MonetaryAmountDistribution's percentiles.
func quantity(q map[string]any) (lo, hi float64, ok bool) {
	pick := func(keys ...string) (float64, bool) {
		for _, k := range keys {
			if f, ok := number(q[k]); ok {
				return f, true
			}
		}
		return 0, false
	}
	lo, okLo := pick("minValue", "percentile25", "percentile10")
	hi, okHi := pick("maxValue", "percentile75", "percentile90")
	switch {
	case okLo && okHi:
		return lo, hi, true
	case okLo:
		return lo, lo, true
	case okHi:
		return hi, hi, true
	}
	if v, ok := pick("value", "median"); ok {
		return v, v, true
	}
	return 0, 0, false
}

// payUnit reads a unitText: the schema.org values HOUR, DAY, WEEK, MONTH
// and YEAR, in any case, and their common English and Italian variants.
func payUnit(s string) (employer.PayUnit, bool) {
	switch fold(strings.TrimSpace(s)) {
	case "hour", "hours", "hourly", "per hour", "ora", "orario", "hr":
		return employer.PerHour, true
	case "day", "days", "daily", "per day", "giorno", "giornaliero":
		return employer.PerDay, true
	case "week", "weeks", "weekly", "per week", "settimana", "settimanale":
		return employer.PerWeek, true
	case "month", "months", "monthly", "per month", "mese", "mensile":
		return employer.PerMonth, true
	case "year", "years", "yearly", "annual", "annually", "per year", "anno", "annuo", "annuale":
		return employer.PerYear, true
	}
	return employer.PayNotStated, false
}
