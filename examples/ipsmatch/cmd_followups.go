package main

import (
	"context"
	"fmt"
	"slices"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "followups", usage: "followups [--specialist NAME] [--within DAYS] [--index DIR | --data DIR] [--today D] [--json]: employer follow-ups, and follow-along contacts after job starts, due and overdue, per specialist; recent job endings", run: runFollowups})
}

// followUp is one employer follow-up that is due.
type followUp struct {
	Specialist string        `json:"specialist"` // who set it: the latest contact's specialist
	EmployerID string        `json:"employer_id"`
	Employer   string        `json:"employer"`
	Due        employer.Date `json:"due"`
	Overdue    bool          `json:"overdue"`
	Action     string        `json:"action,omitempty"` // what was agreed
}

func runFollowups(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "followups")
	var src source
	src.register(fs)
	specialist := fs.String("specialist", "", "only this specialist's follow-ups")
	within := fs.Int("within", 7, "days ahead to include")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *within < 0 {
		return usageErr("--within must be 0 or more days")
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	if *specialist != "" {
		if err := knownSpecialist(ctx, *specialist, w); err != nil {
			return err
		}
	}
	d, err := w.Store.Derived(ctx)
	if err != nil {
		return err
	}
	out := []followUp{}
	for _, r := range d.FollowUps(w.today, w.today.AddDays(*within)) {
		f, err := followUpOf(ctx, w, r)
		if err != nil {
			return err
		}
		if *specialist == "" || f.Specialist == *specialist {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b followUp) int {
		if a.Specialist != b.Specialist {
			if a.Specialist < b.Specialist {
				return -1
			}
			return 1
		}
		return a.Due.Time().Compare(b.Due.Time())
	})
	fa, err := match.FollowAlongs(ctx, w.Store, w.Caseload, match.FollowAlongOptions{Today: w.today, Within: *within, Specialist: *specialist})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, struct {
			Employers   []followUp          `json:"employer_follow_ups"`
			FollowAlong []match.FollowAlong `json:"follow_along"`
			Endings     []match.JobEnding   `json:"job_endings"`
		}{out, fa.Due, fa.Endings})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "specialist\tdue\temployer\tagreed")
	for _, f := range out {
		due := f.Due.String()
		if f.Overdue {
			due += " OVERDUE"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s (%s)\t%s\n", f.Specialist, due, clip(f.Employer, 30), f.EmployerID, clip(f.Action, 40))
	}
	fmt.Fprintf(tw, "%d follow-ups due by %s\n", len(out), w.today.AddDays(*within))
	if err := tw.Flush(); err != nil {
		return err
	}
	printFollowAlongs(e, fa)
	return nil
}

// followUpOf finds who set an employer's pending follow-up and what was
// agreed: the latest of that employer's contacts with that date.
func followUpOf(ctx context.Context, w *world, r employer.Relationship) (followUp, error) {
	f := followUp{EmployerID: r.EmployerID, Employer: r.EmployerID, Due: r.FollowUpDue, Overdue: r.FollowUpOverdue}
	if emp, ok := w.Index.Employer(r.EmployerID); ok {
		f.Employer = emp.Name
	}
	cs, err := w.Store.Contacts(ctx, store.Filter{EmployerID: r.EmployerID, To: w.today})
	if err != nil {
		return f, err
	}
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].FollowUpDate == r.FollowUpDue {
			f.Specialist, f.Action = cs[i].Specialist, cs[i].FollowUp
			break
		}
	}
	return f, nil
}
