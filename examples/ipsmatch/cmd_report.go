package main

import (
	"context"
	"fmt"
	"strings"

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
		Lang:       e.lang,
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
	printReport(e, rep)
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

func printReport(e *env, r fidelity.Report) {
	out, p, width := e.stdout, e.printer(), e.columns()
	scope := e.tr("whole team")
	if r.Specialist != "" {
		scope = r.Specialist
	}
	wrapLine(out, "", p.Sprintf("Fidelity and outcomes, %s to %s (%.1f weeks), %s", e.date(r.Period.From), e.date(r.Period.To), r.Weeks, scope), width)
	for _, f := range r.Flags {
		wrapLine(out, "! ", f, width)
	}
	fmt.Fprintln(out)
	t := newTable(column{head: e.tr("specialist")}, column{head: p.Sprintf("caseload (max %d)", r.CaseloadTarget)},
		column{head: e.tr("face-to-face")}, column{head: p.Sprintf("per week (target %d)", int(r.TargetPerWeek))})
	for _, s := range r.Specialists {
		t.add(s.Name, p.Sprintf("%d", s.Caseload)+mark(s.OverCaseload, e.tr(" ! over")),
			p.Sprintf("%d", s.FaceToFace), p.Sprintf("%.1f", s.FaceToFacePerWeek)+mark(s.BelowContactTarget, e.tr(" ! below")))
	}
	t.write(out, width)
	wrapLine(out, "", p.Sprintf("mean face-to-face employer contacts a week: %.1f (target %d)", r.FaceToFacePerWeek, int(r.TargetPerWeek)), width)
	fmt.Fprintln(out)

	fc := r.FirstContact
	wrapLine(out, "", e.tr("Rapid job search (first face-to-face employer contact after enrolment)"), width)
	wrapLine(out, "", p.Sprintf("  clients enrolled by %s: %d; with a first contact: %d", e.date(r.Period.To), fc.Clients, fc.WithContact), width)
	if fc.WithContact > 0 {
		wrapLine(out, "", p.Sprintf("  median days to first contact: %d; within 30 days: %d of %d", fc.MedianDays, fc.Within30, fc.WithContact), width)
	}
	past := e.tr("none")
	if len(fc.PastDay30NoContact) > 0 {
		past = strings.Join(fc.PastDay30NoContact, ", ")
	}
	wrapLine(out, "", p.Sprintf("  past day 30 with no contact: %s", past), width)
	fmt.Fprintln(out)

	fmt.Fprintln(out, e.tr("Outcomes"))
	wrapLine(out, "", p.Sprintf("  job starts in the period: %d", r.JobStarts), width)
	if r.JobStarts > 0 {
		wrapLine(out, "", p.Sprintf("  diversity: %s, %s",
			p.Sprintf("%d kinds of work (%.2f)", r.DistinctJobTypes, r.JobTypeDiversity),
			p.Sprintf("%d employers (%.2f)", r.DistinctEmployers, r.EmployerDiversity)), width)
	}
	wrapLine(out, "", p.Sprintf("  working on %s: %d of %d clients (%.0f%%)", e.date(r.Period.To), r.Working, r.Caseload, 100*r.ShareWorking), width)
	if r.Retention90.Den > 0 {
		wrapLine(out, "", p.Sprintf("  90-day retention: %d of %d starts that can be judged (%.0f%%)", r.Retention90.Num, r.Retention90.Den, 100*r.Retention90.Value), width)
	} else {
		wrapLine(out, "", e.tr("  90-day retention: no start in the period can be judged yet"), width)
	}
	if r.JobStarts > 0 {
		wrapLine(out, "", p.Sprintf("  median tenure of the period's starts: %d days", r.MedianTenureDays), width)
	}
}

// mark is s when on, else nothing.
func mark(on bool, s string) string {
	if on {
		return s
	}
	return ""
}
