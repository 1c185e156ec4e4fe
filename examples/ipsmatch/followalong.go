package main

import (
	"context"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"

	"github.com/ipsmatch/ipsmatch/match"
)

// printFollowAlongs prints follow-along contacts due after job starts and
// recent job endings, each ending being a new job search.
func printFollowAlongs(e *env, fa match.FollowAlongReport) {
	width := e.columns()
	fmt.Fprintln(e.stdout)
	wrapLine(e.stdout, "", e.tr("Follow-along after job starts (weekly the first month, then monthly, for as long as the client wants):"), width)
	if len(fa.Due) == 0 {
		fmt.Fprintln(e.stdout, "  "+e.tr("none due"))
	}
	for _, f := range fa.Due {
		wrapLine(e.stdout, "  ", fmt.Sprintf("%s  %s: %s", nameOr(f.Specialist, "-"), f.Client, f.Text), width)
	}
	if len(fa.Endings) > 0 {
		fmt.Fprintln(e.stdout, "\n"+e.tr("Job endings in the last 30 days:"))
		for _, j := range fa.Endings {
			wrapLine(e.stdout, "  ", fmt.Sprintf("%s  %s: %s", nameOr(j.Specialist, "-"), j.Client, j.Text), width)
		}
	}
}

// printWeekFollowAlongs adds to a weekly plan the follow-along contacts
// due by the end of the week for the specialist's clients.
func printWeekFollowAlongs(ctx context.Context, e *env, w *world, specialist string, week employer.Date) error {
	within := max(0, week.AddDays(6).DaysSince(w.today))
	fa, err := match.FollowAlongs(ctx, w.Store, w.Caseload, match.FollowAlongOptions{Today: w.today, Within: within, Specialist: specialist, Lang: e.lang})
	if err != nil {
		return err
	}
	printFollowAlongs(e, fa)
	return nil
}
