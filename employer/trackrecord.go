package employer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Days behind the track-record wording: 90-day retention is the outcome IPS
// programmes report; "over 6 months" is what a specialist tells a client.
const (
	retentionDays = 90
	sixMonthsDays = 183
)

// TrackRecord is how the programme's job starts at one employer went, as of
// a given day. Time-unlimited support means tenure is followed after a
// start, and it feeds back into how employers are ranked.
type TrackRecord struct {
	EmployerID string `json:"employer_id"`
	Starts     int    `json:"starts"` // job starts with the programme, on or before today
	// Retained90 counts starts that lasted at least 90 days, among the
	// Eligible90 starts old enough to judge: started at least 90 days
	// before today, or already ended.
	Retained90 int `json:"retained_90"`
	Eligible90 int `json:"eligible_90"`
	// MedianTenureDays is the median tenure over all starts, open ones
	// counting up to today; with an even count, the mean of the middle two
	// rounded down.
	MedianTenureDays int `json:"median_tenure_days"`
	// ShortestTenureDays is the shortest tenure over all starts, counted the
	// same way.
	ShortestTenureDays int `json:"shortest_tenure_days"`
	Working            int `json:"working"` // clients still working there today
}

// Retained90 reports whether a job start can be judged for 90-day
// retention on today (it started at least 90 days before, or has ended) and,
// if so, whether it lasted at least 90 days.
func (p *Placement) Retained90(today Date) (judged, retained bool) {
	ended := !p.End.IsZero() && !today.Before(p.End)
	judged = ended || today.DaysSince(p.Start) >= retentionDays
	return judged, judged && p.TenureDays(today) >= retentionDays
}

// TrackRecords sums up, for every employer with a job start on or before
// today, how the starts went. Later starts are ignored.
func TrackRecords(placements []Placement, today Date) map[string]TrackRecord {
	tenures := map[string][]int{}
	out := map[string]TrackRecord{}
	for _, p := range placements {
		if p.Start.After(today) {
			continue
		}
		t := out[p.EmployerID]
		t.EmployerID = p.EmployerID
		t.Starts++
		if judged, retained := p.Retained90(today); judged {
			t.Eligible90++
			if retained {
				t.Retained90++
			}
		}
		if p.Working(today) {
			t.Working++
		}
		out[p.EmployerID] = t
		tenures[p.EmployerID] = append(tenures[p.EmployerID], p.TenureDays(today))
	}
	for id, ds := range tenures {
		t := out[id]
		t.MedianTenureDays = MedianDays(ds)
		t.ShortestTenureDays = slices.Min(ds)
		out[id] = t
	}
	return out
}

// MedianDays returns the median of a list of day counts; with an even count,
// the mean of the middle two rounded down; 0 for an empty list. It does not
// change ds.
func MedianDays(ds []int) int {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(ds))
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// Reason says in a specialist's words how starts at the employer went, for
// example "hired 2 clients from the programme; both stayed over 6 months",
// "hired 3 clients; 1 of 2 stayed 90 days; 1 still working there" or
// "hired 1 client, who left after 3 weeks". It is "" when there are no starts.
func (t TrackRecord) Reason() string {
	switch {
	case t.Starts == 0:
		return ""
	case t.Starts == 1 && t.Working == 1:
		return "hired 1 client, still working there after " + duration(t.MedianTenureDays)
	case t.Starts == 1:
		return "hired 1 client, who left after " + duration(t.MedianTenureDays)
	case t.ShortestTenureDays >= sixMonthsDays:
		all := fmt.Sprintf("all %d", t.Starts)
		if t.Starts == 2 {
			all = "both"
		}
		return fmt.Sprintf("hired %d clients from the programme; %s stayed over 6 months", t.Starts, all)
	}
	parts := []string{fmt.Sprintf("hired %d clients", t.Starts)}
	if t.Eligible90 > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d stayed 90 days", t.Retained90, t.Eligible90))
	}
	if t.Working > 0 {
		parts = append(parts, fmt.Sprintf("%d still working there", t.Working))
	}
	return strings.Join(parts, "; ")
}

// duration writes a number of days the way people say it: "5 days",
// "3 weeks", "4 months", "2 years" (rounded down to the unit).
func duration(days int) string {
	n, unit := days, "day"
	switch {
	case days >= 730:
		n, unit = days/365, "year"
	case days >= 61:
		n, unit = days/30, "month"
	case days >= 14:
		n, unit = days/7, "week"
	}
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// CurrentJob returns the job the client holds today: among the client's
// placements open on today, the one that started last (ties broken by the
// greater id). It reports false when the client is not working.
func CurrentJob(placements []Placement, clientID string, today Date) (Placement, bool) {
	var best Placement
	found := false
	for _, p := range placements {
		if p.ClientID != clientID || !p.Working(today) {
			continue
		}
		if !found || cmp.Or(p.Start.Time().Compare(best.Start.Time()), strings.Compare(p.ID, best.ID)) > 0 {
			best, found = p, true
		}
	}
	return best, found
}
