package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "followups", usage: "followups [--specialist NAME] [--within DAYS] [--index DIR | --data DIR] [--today D] [--json]: employer follow-ups, and follow-along contacts after job starts, due and overdue, per specialist; recent job endings", run: runFollowups})
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
	out, err := match.EmployerFollowUps(ctx, w.Store, w.Index, w.today, *within, *specialist)
	if err != nil {
		return err
	}
	fa, err := match.FollowAlongs(ctx, w.Store, w.Caseload, match.FollowAlongOptions{Today: w.today, Within: *within, Specialist: *specialist, Lang: e.lang})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, struct {
			Employers   []match.EmployerFollowUp `json:"employer_follow_ups"`
			FollowAlong []match.FollowAlong      `json:"follow_along"`
			Endings     []match.JobEnding        `json:"job_endings"`
		}{out, fa.Due, fa.Endings})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("specialist", "due", "employer", "agreed"))
	for _, f := range out {
		due := e.date(f.Due)
		if f.Overdue {
			due += " " + e.tr("OVERDUE")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s (%s)\t%s\n", f.Specialist, due, clip(f.Employer, 30), f.EmployerID, clip(f.Action, 40))
	}
	fmt.Fprintln(tw, e.sprintf("%d follow-ups due by %s", len(out), e.date(w.today.AddDays(*within))))
	if err := tw.Flush(); err != nil {
		return err
	}
	printFollowAlongs(e, fa)
	return nil
}
