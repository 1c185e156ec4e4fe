package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
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
	var start employer.Date
	if *week != "" {
		d, err := civil.Parse(*week)
		if err != nil {
			return usageErr("--week: %v", err)
		}
		start = d
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
	plan, err := w.Engine.Plan(ctx, clients, *specialist, start, match.PlanOptions{Visits: *visits, Today: w.today})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, plan)
	}
	printPlan(e.stdout, plan)
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
		return nil, fmt.Errorf("no clients in the caseload; set one with 'ipsmatch caseload set --index DIR FOLDER'")
	}
	return clients, nil
}

// mondayOf returns the Monday of the week holding d.
func mondayOf(d employer.Date) employer.Date {
	return d.AddDays(-((int(d.Time().Weekday()) + 6) % 7))
}

func printPlan(out io.Writer, plan match.Plan) {
	fmt.Fprintf(out, "Employer visits for %s, week of %s (%d %s in the caseload)\n", plan.Specialist, plan.Week,
		plan.Caseload, pluralWord(plan.Caseload, "client", "clients"))
	for _, f := range plan.Flags {
		fmt.Fprintf(out, "! %s\n", f)
	}
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\temployer\tsector\tpurpose\tclients served\tpresent for\tfollow-up due")
	for i, v := range plan.Visits {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, clip(v.Name+" ["+v.EmployerID+"]", 40), clip(v.Sector, 24),
			purposeLabel(v.Purpose), servedText(v), dashIfEmpty(strings.Join(v.PresentFor, ", ")), dashIfEmpty(v.FollowUpDue))
	}
	tw.Flush()
	fmt.Fprintln(out)
	for i, v := range plan.Visits {
		fmt.Fprintf(out, "%d. %s (%s): %s\n", i+1, v.Name, v.EmployerID, purposeLabel(v.Purpose))
		for _, r := range v.Reasons {
			fmt.Fprintf(out, "   - %s\n", r)
		}
	}
}

// servedText names the clients a visit serves; clients who chose not to
// disclose are only counted, as the plan itself does.
func servedText(v match.Visit) string {
	s := strings.Join(v.Clients, ", ")
	if v.OthersServed > 0 {
		if s != "" {
			s += " "
		}
		s += fmt.Sprintf("+%d on their own", v.OthersServed)
	}
	return dashIfEmpty(s)
}

// purposeLabel says a contact purpose in a few words.
func purposeLabel(p employer.Purpose) string {
	switch p {
	case employer.PurposeIntroduction:
		return "introduce"
	case employer.PurposeLearn:
		return "learn the business"
	case employer.PurposeThankYou:
		return "thank you"
	case employer.PurposePresent:
		return "present a candidate"
	case employer.PurposeInterview:
		return "interview"
	case employer.PurposeFollowAlong:
		return "follow-along"
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
