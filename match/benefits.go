package match

import (
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
)

// BenefitsView is what a vacancy would earn against a client's benefits
// limit: the one page a benefits counsellor discusses with the client. It
// never decides; whether to take a job over the limit is the client's call.
type BenefitsView struct {
	Client       string     `json:"client"`
	VacancyID    string     `json:"vacancy_id"`
	Title        string     `json:"title"`
	Currency     string     `json:"currency,omitempty"`
	PayStated    bool       `json:"pay_stated"`
	HoursStated  bool       `json:"hours_stated"`
	HoursPerWeek [2]float64 `json:"hours_per_week"` // lowest and highest; 38 each when not stated
	// Monthly and Yearly are earnings at the lowest and at the highest
	// hours and pay; zero when pay is not stated.
	Monthly [2]float64 `json:"monthly"`
	Yearly  [2]float64 `json:"yearly"`
	// HourlyPay is the lowest pay per hour the posting implies.
	HourlyPay float64 `json:"hourly_pay,omitempty"`
	// LimitPerYear and LimitPerMonth restate the client's earnings limit;
	// zero without one. LimitHours is the client's hours limit, if any.
	LimitPerYear  float64 `json:"limit_per_year,omitempty"`
	LimitPerMonth float64 `json:"limit_per_month,omitempty"`
	LimitHours    float64 `json:"limit_hours_per_week,omitempty"`
	// HoursAtLimit is the weekly hours at which the lowest pay reaches the
	// earnings limit (or the hours limit, whichever comes first); zero
	// when it cannot be known.
	HoursAtLimit float64 `json:"hours_at_limit,omitempty"`
	// Over is "no", "maybe" (the range crosses the limit) or "yes".
	Over  string   `json:"over_limit"`
	Lines []string `json:"lines"`
	Flags []string `json:"flags,omitempty"`
}

// Benefits sets a vacancy's earnings against a client's benefits limit.
// A client without a limit gets the earnings alone and a note.
func Benefits(p preference.Profile, v *employer.Vacancy) BenefitsView {
	return BenefitsIn(p, v, language.Und)
}

// BenefitsIn is Benefits with its lines and flags in lang (English when
// zero, as Options.Lang), amounts written as lang writes numbers; the
// figures and Over never change with it.
func BenefitsIn(p preference.Profile, v *employer.Vacancy, lang language.Tag) BenefitsView {
	sp := speakerFor(lang)
	bv := BenefitsView{Client: p.ID, VacancyID: v.ID, Title: v.Title, Currency: v.Pay.Currency, PayStated: v.Pay.Stated(),
		HoursStated: !v.Hours.IsZero(), Over: "no"}
	lo, hi := hoursBounds(v.Hours)
	if !bv.HoursStated {
		lo, hi = 38, 38
		bv.Flags = append(bv.Flags, sp.tr("hours not stated: figures assume full time, 38 h/week; ask the employer"))
	}
	bv.HoursPerWeek = [2]float64{lo, hi}
	if b := p.BenefitsCap; b != nil {
		if b.MaxEarnings > 0 {
			bv.LimitPerYear = capPerYear(b)
			bv.LimitPerMonth = bv.LimitPerYear / 12
		}
		bv.LimitHours = b.MaxHoursPerWeek
	}
	if !bv.PayStated {
		bv.Flags = append(bv.Flags, sp.tr("PAY NOT STATED: earnings cannot be worked out; ask the employer before the client decides"))
	} else {
		ylo, yhi, _ := yearlyEarnings(v)
		bv.Yearly = [2]float64{round2(ylo), round2(yhi)}
		bv.Monthly = [2]float64{round2(ylo / 12), round2(yhi / 12)}
		hlo, _ := payPerUnit(v, "hour")
		bv.HourlyPay = round2(hlo)
	}
	bv.judge()
	bv.Lines = bv.lines(sp, p)
	return bv
}

// judge sets HoursAtLimit and Over.
func (bv *BenefitsView) judge() {
	at := math.Inf(1)
	if bv.LimitPerYear > 0 && bv.HourlyPay > 0 {
		at = bv.LimitPerYear / (bv.HourlyPay * 52)
	}
	if bv.LimitHours > 0 {
		at = math.Min(at, bv.LimitHours)
	}
	if !math.IsInf(at, 1) {
		bv.HoursAtLimit = math.Floor(at*10) / 10
	}
	over := func(i int) bool {
		return (bv.LimitPerYear > 0 && bv.PayStated && bv.Yearly[i] > bv.LimitPerYear) ||
			(bv.LimitHours > 0 && bv.HoursPerWeek[i] > bv.LimitHours)
	}
	switch {
	case over(0):
		bv.Over = "yes"
	case over(1):
		bv.Over = "maybe"
	}
}

func (bv *BenefitsView) lines(sp speaker, p preference.Profile) []string {
	cur := bv.Currency
	var out []string
	out = append(out, sp.sprintf("hours: %s h/week", span(sp, bv.HoursPerWeek)))
	if bv.PayStated {
		out = append(out, sp.sprintf("earnings: %s %s a month, %s %s a year (about %.2f %s an hour)",
			span(sp, bv.Monthly), cur, span(sp, bv.Yearly), cur, bv.HourlyPay, cur))
	} else {
		out = append(out, sp.tr("earnings: unknown, the posting states no pay"))
	}
	if p.BenefitsCap == nil {
		return append(out, sp.tr("the client has no benefits limit recorded: nothing to compare against"))
	}
	if bv.LimitPerYear > 0 {
		out = append(out, sp.sprintf("limit: %.0f %s a year (%.0f a month)", bv.LimitPerYear, nameOr(p.BenefitsCap.Currency, cur), bv.LimitPerMonth))
	}
	if bv.LimitHours > 0 {
		out = append(out, sp.sprintf("hours limit: %g h/week", bv.LimitHours))
	}
	if bv.HoursAtLimit > 0 {
		out = append(out, sp.sprintf("the limit is reached at %.1f h/week at this pay", bv.HoursAtLimit))
	}
	switch bv.Over {
	case "yes":
		out = append(out, sp.tr("OVER THE LIMIT at the posting's hours: talk it through with the benefits counsellor; fewer hours may be possible"))
	case "maybe":
		out = append(out, sp.tr("over the limit at the top of the posting's range: agree the hours before starting"))
	default:
		if bv.PayStated || bv.LimitPerYear == 0 {
			out = append(out, sp.tr("within the limit"))
		}
	}
	return out
}

// span writes a range of whole amounts, "1200-1500", with the digit
// grouping of sp's language ("1.200-1.500") beyond English.
func span(sp speaker, r [2]float64) string {
	if r[0] == r[1] {
		return sp.sprintf("%.0f", r[0])
	}
	return sp.sprintf("%.0f-%.0f", r[0], r[1])
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

func nameOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
