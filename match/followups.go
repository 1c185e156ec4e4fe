package match

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// EmployerFollowUp is one follow-up with an employer that is due.
type EmployerFollowUp struct {
	Specialist string        `json:"specialist"` // who set it: the latest contact's specialist
	EmployerID string        `json:"employer_id"`
	Employer   string        `json:"employer"`
	Due        employer.Date `json:"due"`
	Overdue    bool          `json:"overdue"`
	Action     string        `json:"action,omitempty"` // what was agreed
}

// EmployerFollowUps lists the employer follow-ups due by today plus within
// days, overdue ones included, of one specialist (all when specialist is
// ""), by specialist then due date. Who set a follow-up, and what was
// agreed, is read from the latest of that employer's contacts with that
// date; the cost grows with the employers due, not with the log.
func EmployerFollowUps(ctx context.Context, st store.Store, ix *index.Index, today employer.Date, within int, specialist string) ([]EmployerFollowUp, error) {
	d, err := st.Derived(ctx)
	if err != nil {
		return nil, err
	}
	out := []EmployerFollowUp{}
	for _, r := range d.FollowUps(today, today.AddDays(within)) {
		f := EmployerFollowUp{EmployerID: r.EmployerID, Employer: r.EmployerID, Due: r.FollowUpDue, Overdue: r.FollowUpOverdue}
		if emp, ok := ix.Employer(r.EmployerID); ok {
			f.Employer = emp.Name
		}
		cs, err := st.Contacts(ctx, store.Filter{EmployerID: r.EmployerID, To: today})
		if err != nil {
			return nil, err
		}
		for i := len(cs) - 1; i >= 0; i-- {
			if cs[i].FollowUpDate == r.FollowUpDue {
				f.Specialist, f.Action = cs[i].Specialist, cs[i].FollowUp
				break
			}
		}
		if specialist == "" || f.Specialist == specialist {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b EmployerFollowUp) int {
		return cmp.Or(strings.Compare(a.Specialist, b.Specialist), a.Due.Time().Compare(b.Due.Time()))
	})
	return out, nil
}
