package fidelity

import (
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
)

// The IPS benchmarks for the quarterly employment rate: programmes average
// about 41% of clients working, and 50% or more is excellent.
const (
	BenchmarkAverage   = 0.41
	BenchmarkExcellent = 0.50
)

// QuarterFigures are one calendar quarter's outcomes.
type QuarterFigures struct {
	Quarter string        `json:"quarter"` // "2026-Q3"
	From    employer.Date `json:"from"`
	To      employer.Date `json:"to"`
	// Caseload counts the clients in scope enrolled by the quarter's end;
	// Worked those who held a job on any day of it. Clients who left the
	// programme are not in the caseload and so not counted.
	Caseload       int     `json:"caseload"`
	Worked         int     `json:"worked"`
	EmploymentRate float64 `json:"employment_rate"`
	// Band places the rate against the IPS benchmarks: "excellent" (50%
	// or more), "average" (41% or more) or "below average".
	Band             string                     `json:"band"`
	JobStarts        int                        `json:"job_starts"`
	Endings          map[employer.EndReason]int `json:"endings"`
	Retention90      Ratio                      `json:"retention_90"`
	MedianTenureDays int                        `json:"median_tenure_days"`
}

// BenchmarkBand names where an employment rate stands.
func BenchmarkBand(rate float64) string {
	switch {
	case rate >= BenchmarkExcellent:
		return "excellent"
	case rate >= BenchmarkAverage:
		return "average"
	}
	return "below average"
}

// Quarters returns the last n calendar quarters, oldest first, ending with
// the quarter holding in.Today (Period.To when Today is zero): a trend.
// Endings without a reason count under "unknown".
func Quarters(in Input, n int) ([]QuarterFigures, error) {
	if n < 1 || n > 40 {
		return nil, fmt.Errorf("%w: %d quarters is outside 1..40", ErrPeriod, n)
	}
	today := in.Today
	if today.IsZero() {
		today = in.Period.To
	}
	if today.IsZero() {
		return nil, fmt.Errorf("%w: quarters need today's date", ErrPeriod)
	}
	clients := scope(in)
	out := make([]QuarterFigures, 0, n)
	for i := n - 1; i >= 0; i-- {
		from, to := quarterOf(today, -i)
		out = append(out, quarter(in, clients, from, to, today))
	}
	return out, nil
}

// quarterOf returns the first and last day of the quarter k quarters from
// the one holding day.
func quarterOf(day employer.Date, k int) (employer.Date, employer.Date) {
	t := day.Time()
	q := (int(t.Month())-1)/3 + k
	y := t.Year() + floorDiv(q, 4)
	m := time.Month(mod(q, 4)*3 + 1)
	from := civil.D(y, m, 1)
	return from, civil.Of(from.Time().AddDate(0, 3, -1))
}

func floorDiv(a, b int) int {
	if a < 0 {
		return -((-a + b - 1) / b)
	}
	return a / b
}

func mod(a, b int) int { return ((a % b) + b) % b }

func scope(in Input) []preference.Profile {
	var out []preference.Profile
	for _, p := range in.Clients {
		if in.Specialist == "" || p.Specialist == in.Specialist {
			out = append(out, p)
		}
	}
	return out
}

func quarter(in Input, clients []preference.Profile, from, to, today employer.Date) QuarterFigures {
	per := Period{From: from, To: to}
	q := QuarterFigures{Quarter: fmt.Sprintf("%d-Q%d", from.Time().Year(), (int(from.Time().Month())-1)/3+1), From: from, To: to,
		Endings: map[employer.EndReason]int{}}
	if today.Before(to) {
		to = today
	}
	o := outcomesFor(in.Placements, clients, per, to, today)
	q.Caseload, q.Worked, q.JobStarts, q.Retention90, q.MedianTenureDays = o.caseload, o.worked, o.starts, o.retention, o.medianTenure
	q.Endings = o.endings
	q.EmploymentRate = share(q.Worked, q.Caseload)
	q.Band = BenchmarkBand(q.EmploymentRate)
	return q
}

// periodOutcomes are the outcome figures of a set of clients over a period.
type periodOutcomes struct {
	caseload, worked, starts int
	retention                Ratio
	medianTenure             int
	endings                  map[employer.EndReason]int
}

// outcomesFor computes the outcomes of clients over per, judged as of
// today; until is the last day counted (the period's end, or today).
func outcomesFor(ps []employer.Placement, clients []preference.Profile, per Period, until, today employer.Date) periodOutcomes {
	o := periodOutcomes{endings: map[employer.EndReason]int{}}
	in := map[string]bool{}
	for _, p := range clients {
		if p.Enrolled.IsZero() || !p.Enrolled.After(until) {
			in[p.ID] = true
		}
	}
	o.caseload = len(in)
	worked := map[string]bool{}
	judged, kept := 0, 0
	var tenures []int
	for _, p := range ps {
		if !in[p.ClientID] {
			continue
		}
		if !p.Start.After(until) && (p.End.IsZero() || !p.End.Before(per.From)) {
			worked[p.ClientID] = true
		}
		if per.Contains(p.Start) && !p.Start.After(until) {
			o.starts++
			j, k := p.Retained90(today)
			if j {
				judged++
			}
			if k {
				kept++
			}
			tenures = append(tenures, p.TenureDays(today))
		}
		if !p.End.IsZero() && per.Contains(p.End) && !p.End.After(until) {
			r := p.EndReason
			if r == "" {
				r = "unknown"
			}
			o.endings[r]++
		}
	}
	o.worked = len(worked)
	o.retention = ratio(kept, judged)
	o.medianTenure = employer.MedianDays(tenures)
	return o
}
