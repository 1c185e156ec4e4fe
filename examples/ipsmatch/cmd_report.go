package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

func init() {
	register(command{name: "report", usage: "report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--specialist NAME] [--ips25] [--quarters N] [--equity GROUPS.csv] [--csv] [--data DIR | --index DIR] [--json] [--today YYYY-MM-DD]", run: runReport})
}

// reportWeeks is the default period: the last 8 weeks, ending today.
const reportWeeks = 8

// runReport prints the fidelity and outcome figures for a period.
func runReport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "report")
	var src source
	src.register(fs)
	from := fs.String("from", "", fmt.Sprintf("first day of the period, YYYY-MM-DD (default: %d weeks before --to)", reportWeeks))
	to := fs.String("to", "", "last day of the period, YYYY-MM-DD (default: today)")
	specialist := fs.String("specialist", "", "one specialist (default: the whole team)")
	asJSON := fs.Bool("json", false, "print JSON (the machine contract)")
	var more moreReports
	more.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := more.check(); err != nil {
		return err
	}
	fromDay, err := optionalDate("--from", *from)
	if err != nil {
		return err
	}
	toDay, err := optionalDate("--to", *to)
	if err != nil {
		return err
	}
	if !fromDay.IsZero() && !toDay.IsZero() && toDay.Before(fromDay) {
		return usageErr("--from %s is after --to %s", fromDay, toDay)
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	if toDay.IsZero() {
		toDay = w.today
	}
	if fromDay.IsZero() {
		fromDay = toDay.AddDays(-7*reportWeeks + 1)
	}
	if toDay.Before(fromDay) {
		return usageErr("--from %s is after --to %s", fromDay, toDay)
	}
	contacts, err := w.allContacts(ctx)
	if err != nil {
		return err
	}
	placements, err := w.allPlacements(ctx)
	if err != nil {
		return err
	}
	if *specialist != "" {
		if err := knownSpecialist(ctx, *specialist, w); err != nil {
			return err
		}
	}
	in := fidelity.Input{
		Clients:    w.clients(),
		Contacts:   contacts,
		Placements: placements,
		Period:     fidelity.Period{From: fromDay, To: toDay},
		Today:      w.today,
		Specialist: *specialist,
	}
	if more.any() {
		return more.run(e, w, in, *asJSON)
	}
	rep, err := fidelity.Compute(in)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, rep)
	}
	printReport(e.stdout, rep)
	return nil
}

// knownSpecialist checks a --specialist against the team's roster, so
// that a typo does not print a report of zeros.
func knownSpecialist(ctx context.Context, name string, w *world) error {
	ss, err := w.Store.Specialists(ctx)
	if err != nil {
		return err
	}
	ids := make([]string, len(ss))
	for i, s := range ss {
		if s.ID == name {
			return nil
		}
		ids[i] = s.ID
	}
	return store.UnknownSpecialist(name, ids)
}

func printReport(out io.Writer, r fidelity.Report) {
	scope := "whole team"
	if r.Specialist != "" {
		scope = r.Specialist
	}
	fmt.Fprintf(out, "Fidelity and outcomes, %s to %s (%.1f weeks), %s\n", r.Period.From, r.Period.To, r.Weeks, scope)
	for _, f := range r.Flags {
		fmt.Fprintf(out, "! %s\n", f)
	}
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "specialist\tcaseload (target %d or fewer)\tface-to-face contacts\tper week (target %d)\n", r.CaseloadTarget, int(r.TargetPerWeek))
	for _, s := range r.Specialists {
		fmt.Fprintf(tw, "%s\t%d%s\t%d\t%.1f%s\n", s.Name, s.Caseload, mark(s.OverCaseload, " over"),
			s.FaceToFace, s.FaceToFacePerWeek, mark(s.BelowContactTarget, " below"))
	}
	tw.Flush()
	fmt.Fprintf(out, "mean face-to-face employer contacts a week: %.1f (target %d)\n\n", r.FaceToFacePerWeek, int(r.TargetPerWeek))

	fc := r.FirstContact
	fmt.Fprintln(out, "Rapid job search (first face-to-face employer contact after enrolment)")
	fmt.Fprintf(out, "  clients enrolled by %s: %d; with a first contact: %d\n", r.Period.To, fc.Clients, fc.WithContact)
	if fc.WithContact > 0 {
		fmt.Fprintf(out, "  median days to first contact: %d; within 30 days: %d of %d\n", fc.MedianDays, fc.Within30, fc.WithContact)
	}
	past := "none"
	if len(fc.PastDay30NoContact) > 0 {
		past = strings.Join(fc.PastDay30NoContact, ", ")
	}
	fmt.Fprintf(out, "  past day 30 with no contact: %s\n\n", past)

	fmt.Fprintln(out, "Outcomes")
	fmt.Fprintf(out, "  job starts in the period: %d\n", r.JobStarts)
	if r.JobStarts > 0 {
		fmt.Fprintf(out, "  diversity: %d %s (%.2f), %d %s (%.2f)\n",
			r.DistinctJobTypes, pluralWord(r.DistinctJobTypes, "kind of work", "kinds of work"), r.JobTypeDiversity,
			r.DistinctEmployers, pluralWord(r.DistinctEmployers, "employer", "employers"), r.EmployerDiversity)
	}
	fmt.Fprintf(out, "  working on %s: %d of %d clients (%.0f%%)\n", r.Period.To, r.Working, r.Caseload, 100*r.ShareWorking)
	if r.Retention90.Den > 0 {
		fmt.Fprintf(out, "  90-day retention: %d of %d starts that can be judged (%.0f%%)\n", r.Retention90.Num, r.Retention90.Den, 100*r.Retention90.Value)
	} else {
		fmt.Fprintln(out, "  90-day retention: no start in the period can be judged yet")
	}
	if r.JobStarts > 0 {
		fmt.Fprintf(out, "  median tenure of the period's starts: %d days\n", r.MedianTenureDays)
	}
}

func mark(on bool, s string) string {
	if on {
		return " !" + s
	}
	return ""
}
