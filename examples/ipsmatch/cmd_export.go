package main

import (
	"context"
	"io"
	"os"

	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/export"
)

func init() {
	register(command{name: "export list", usage: "export list --client ID [--format csv|html] [--limit N] [--out FILE] [--index DIR | --data DIR] [--today D]: a client's list as CSV, or as a printable page to share with the client", run: runExportList})
	register(command{name: "export calendar", usage: "export calendar --specialist NAME [--week D] [--out FILE] [--index DIR | --data DIR] [--today D]: the week's proposed visits and follow-alongs as an iCalendar (.ics) file a phone imports", run: runExportCalendar})
}

// output opens --out, or stdout when it is empty. The caller closes it.
func output(e *env, path string) (io.Writer, func() error, error) {
	if path == "" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func runExportList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export list")
	var src source
	src.register(fs)
	client := fs.String("client", "", "client id or profile file")
	format := fs.String("format", "csv", "csv or html")
	limit := fs.Int("limit", 10, "number of results")
	out := fs.String("out", "", "file to write (default: standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "csv" && *format != "html" {
		return usageErr("--format must be csv or html")
	}
	w, p, eng, err := src.forClient(ctx, e, *client)
	if err != nil {
		return err
	}
	defer w.Close()
	res, err := eng.Match(ctx, p, match.Options{Limit: *limit, Today: w.today, Lang: e.lang})
	if err != nil {
		return err
	}
	dst, done, err := output(e, *out)
	if err != nil {
		return err
	}
	if *format == "html" {
		err = export.ResultsHTML(dst, res, e.lang)
	} else {
		err = export.ResultsCSV(dst, res)
	}
	if err != nil {
		_ = done()
		return err
	}
	return done()
}

func runExportCalendar(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export calendar")
	var src source
	src.register(fs)
	specialist := fs.String("specialist", "", "the specialist whose week to export")
	week := fs.String("week", "", "first day of the week, YYYY-MM-DD (default: the Monday of today's week)")
	out := fs.String("out", "", "file to write, such as week.ics (default: standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *specialist == "" {
		return usageErr("--specialist is required")
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
	if err := knownSpecialist(ctx, *specialist, w); err != nil {
		return err
	}
	plan, err := w.Engine.Plan(ctx, w.clients(), *specialist, start, match.PlanOptions{Today: w.today, Lang: e.lang})
	if err != nil {
		return err
	}
	fa, err := match.FollowAlongs(ctx, w.Store, w.Caseload, match.FollowAlongOptions{Today: w.today, Lang: e.lang,
		Within: max(0, start.AddDays(6).DaysSince(w.today)), Specialist: *specialist})
	if err != nil {
		return err
	}
	events := append(export.PlanEvents(plan, e.lang), export.FollowAlongEvents(fa, e.lang)...)
	dst, done, err := output(e, *out)
	if err != nil {
		return err
	}
	// The stamp is the day the export is for, so that --today gives the
	// same file every time.
	stamp := w.today.Time()
	if err := export.Calendar(dst, export.CalendarName(start, *specialist, e.lang), stamp, events); err != nil {
		_ = done()
		return err
	}
	return done()
}
