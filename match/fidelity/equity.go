package fidelity

import (
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// MinGroup is the smallest group whose figures an equity view shows:
// smaller groups are suppressed, so that no one client can be picked out.
const MinGroup = 5

// Grouping maps a client id to a group label the programme chose (from
// its own records: for example where clients were born). It is passed at
// report time, used only to split outcome figures, and never stored; the
// engine and its ranking never see it.
type Grouping map[string]string

// Unassigned labels clients the grouping does not name.
const Unassigned = "(not in the grouping)"

// GroupFigures are one group's outcomes over a period. A suppressed group
// shows only that it exists, with no counts.
type GroupFigures struct {
	Group            string                     `json:"group"`
	Suppressed       bool                       `json:"suppressed,omitempty"`
	Clients          int                        `json:"clients,omitempty"`
	Worked           int                        `json:"worked,omitempty"`
	EmploymentRate   float64                    `json:"employment_rate,omitempty"`
	JobStarts        int                        `json:"job_starts,omitempty"`
	Retention90      Ratio                      `json:"retention_90,omitzero"`
	MedianTenureDays int                        `json:"median_tenure_days,omitempty"`
	Endings          map[employer.EndReason]int `json:"endings,omitempty"`
}

// Equity splits the period's outcomes by the caller's grouping: clients
// enrolled by the period's end, the share who worked in it, job starts,
// 90-day retention, tenure and endings. Groups of fewer than MinGroup
// clients are suppressed. Groups are sorted by label.
func Equity(in Input, g Grouping) ([]GroupFigures, error) {
	if _, err := Compute(in); err != nil {
		return nil, err
	}
	today := in.Today
	if today.IsZero() {
		today = in.Period.To
	}
	until := in.Period.To
	if today.Before(until) {
		until = today
	}
	byGroup := map[string][]preference.Profile{}
	for _, p := range scope(in) {
		label, ok := g[p.ID]
		if !ok || label == "" {
			label = Unassigned
		}
		byGroup[label] = append(byGroup[label], p)
	}
	var out []GroupFigures
	for label, clients := range byGroup {
		o := outcomesFor(in.Placements, clients, in.Period, until, today)
		if o.caseload < MinGroup {
			out = append(out, GroupFigures{Group: label, Suppressed: true})
			continue
		}
		out = append(out, GroupFigures{Group: label, Clients: o.caseload, Worked: o.worked, EmploymentRate: share(o.worked, o.caseload),
			JobStarts: o.starts, Retention90: o.retention, MedianTenureDays: o.medianTenure, Endings: o.endings})
	}
	slices.SortFunc(out, func(a, b GroupFigures) int {
		switch {
		case a.Group < b.Group:
			return -1
		case a.Group > b.Group:
			return 1
		}
		return 0
	})
	return out, nil
}
