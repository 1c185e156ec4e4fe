package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

func init() {
	register(command{name: "plan", usage: "plan --specialist NAME [--week YYYY-MM-DD] [--visits N] [--json] [--data DIR | --index DIR] [--today YYYY-MM-DD]", run: runPlan})
}

// runPlan proposes a specialist's face-to-face employer visits for a week.
func runPlan(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "plan")
	var src source
	src.register(fs)
	caseload := fs.String("caseload", "", "demo: the source's own caseload, the only one a plan uses (kept for old scripts)")
	specialist := fs.String("specialist", "", "the employment specialist whose week to plan (their clients in the caseload)")
	week := fs.String("week", "", "first day of the week, YYYY-MM-DD (default: the Monday of today's week)")
	visits := fs.Int("visits", 6, "face-to-face employer visits to propose (IPS aims for about 6 a week)")
	asJSON := fs.Bool("json", false, "print JSON (the machine contract)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *specialist == "" {
		return usageErr("--specialist is required (see 'ipsmatch clients' for who carries which client)")
	}
	if *visits < 1 || *visits > 100 {
		return usageErr("--visits must be between 1 and 100")
	}
	start, err := optionalDate("--week", *week)
	if err != nil {
		return err
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	if start.IsZero() {
		start = mondayOf(w.today)
	}
	clients, err := planCaseload(w, *caseload)
	if err != nil {
		return err
	}
	plan, err := w.Engine.Plan(ctx, clients, *specialist, start, match.PlanOptions{Visits: *visits, Today: w.today, Lang: e.lang})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, plan)
	}
	printPlan(e, plan)
	return printWeekFollowAlongs(ctx, e, w, *specialist, start)
}

// planCaseload is the source's own caseload: a plan names clients to an
// employer, so it never reads profiles from anywhere else. "demo" is
// accepted for the source's own caseload, as before.
func planCaseload(w *world, ref string) ([]preference.Profile, error) {
	if ref != "" && ref != "demo" {
		return nil, usageErr("--caseload: a plan uses the caseload of its source (an index's is set with 'ipsmatch caseload set', a data folder's is its clients/); give --index or --data instead")
	}
	clients := w.clients()
	if len(clients) == 0 {
		return nil, textErr("no clients in the caseload; set one with 'ipsmatch caseload set --index DIR FOLDER'")
	}
	return clients, nil
}

// mondayOf returns the Monday of the week holding d.
func mondayOf(d employer.Date) employer.Date {
	return d.AddDays(-((int(d.Time().Weekday()) + 6) % 7))
}

func printPlan(e *env, plan match.Plan) {
	out, p, width := e.stdout, e.printer(), e.columns()
	wrapLine(out, "", p.Sprintf("Employer visits for %s, week of %s (%d clients in the caseload)", plan.Specialist, e.date(plan.Week), plan.Caseload), width)
	for _, f := range plan.Flags {
		wrapLine(out, "! ", f, width)
	}
	fmt.Fprintln(out)
	t := newTable(column{head: "#"}, column{head: e.tr("employer"), shrink: true}, column{head: e.tr("id")}, column{head: e.tr("sector"), shrink: true, optional: true},
		column{head: e.tr("purpose"), shrink: true}, column{head: e.tr("present for")}, column{head: e.tr("follow-up due")})
	for i, v := range plan.Visits {
		t.add(p.Sprintf("%d", i+1), v.Name, v.EmployerID, v.Sector, purposeLabel(e, v.Purpose),
			dashIfEmpty(strings.Join(v.PresentFor, ", ")), dashIfEmpty(e.date(v.FollowUpDue)))
	}
	t.write(out, width)
	fmt.Fprintln(out)
	for i, v := range plan.Visits {
		wrapLine(out, "", fmt.Sprintf("%d. %s (%s): %s", i+1, v.Name, v.EmployerID, purposeLabel(e, v.Purpose)), width)
		wrapLine(out, "   ", e.printer().Sprintf("clients served: %s", servedText(e, v)), width)
		for _, r := range v.Reasons {
			wrapLine(out, "   - ", r, width)
		}
	}
}

// servedText names the clients a visit serves; clients who chose not to
// disclose are only counted, as the plan itself does.
func servedText(e *env, v match.Visit) string {
	s := strings.Join(v.Clients, ", ")
	if v.OthersServed > 0 {
		if s != "" {
			s += " "
		}
		s += e.printer().Sprintf("+%d on their own", v.OthersServed)
	}
	return dashIfEmpty(s)
}

// purposeLabel says a contact purpose in a few words.
func purposeLabel(e *env, p employer.Purpose) string {
	switch p {
	case employer.PurposeIntroduction:
		return e.tr("introduce")
	case employer.PurposeLearn:
		return e.tr("learn the business")
	case employer.PurposeThankYou:
		return e.tr("thank you")
	case employer.PurposePresent:
		return e.tr("present a candidate")
	case employer.PurposeInterview:
		return e.tr("interview")
	case employer.PurposeFollowAlong:
		return e.tr("follow-along")
	}
	return string(p)
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
