package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "alerts", usage: "alerts --since D [--vacancy ID,...] [--per-vacancy N] [--min-score S] [--index DIR | --data DIR] [--today D] [--json]: new vacancies (posted since D) and the caseload clients each suits, ranked and explained", run: runAlerts})
}

func runAlerts(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "alerts")
	var src source
	src.register(fs)
	since := fs.String("since", "", "alert on vacancies posted on or after this day, YYYY-MM-DD (the index keeps no change time; see --vacancy)")
	ids := fs.String("vacancy", "", "alert on these vacancy ids (comma-separated), whatever their posting date")
	per := fs.Int("per-vacancy", 0, "clients listed per vacancy (default 10, -1 all)")
	minScore := fs.Float64("min-score", 0, "leave out clients scoring below this (0..1)")
	inc := fs.Bool("include-non-competitive", false, "also alert on traineeships, sheltered and reserved posts (labelled)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	opt := match.AlertOptions{PerVacancy: *per, MinScore: *minScore, IncludeNonCompetitive: *inc, Lang: e.lang}
	if *since != "" {
		d, err := civil.Parse(*since)
		if err != nil {
			return usageErr("--since: %v", err)
		}
		opt.Since = d
	}
	if *ids != "" {
		opt.VacancyIDs = strings.Split(*ids, ",")
	}
	if opt.Since.IsZero() && len(opt.VacancyIDs) == 0 {
		return usageErr("give --since D or --vacancy IDS")
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	opt.Today = w.today
	res, err := w.Engine.Alerts(ctx, w.Caseload, opt)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	return printAlerts(e, res)
}

func printAlerts(e *env, res match.AlertResults) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, a := range res.Alerts {
		fmt.Fprintln(tw, e.sprintf("%s  %s at %s (posted %s)", a.VacancyID, clip(a.Title, 40), clip(nameOr(a.EmployerName, a.EmployerID), 30), dateOr(e, a.Posted)))
		if a.Lead != nil {
			fmt.Fprintln(tw, e.sprintf("  LEAD for %s: %s", strings.Join(a.Lead.Specialists, ", "), a.Lead.Text))
		}
		for _, f := range a.Clients {
			why := ""
			if len(f.Result.Reasons) > 0 {
				why = f.Result.Reasons[0].Text
			}
			fmt.Fprintf(tw, "  %d.\t%s\t%s\t%s\t%s\t%s\n", f.Result.Rank, f.Client, nameOr(f.Specialist, "-"), e.sprintf("%.2f", f.Result.Score), f.Result.Action, clip(why, 50))
		}
		if a.More > 0 {
			fmt.Fprintln(tw, "  \t"+e.sprintf("(%d more clients)", a.More))
		}
	}
	fmt.Fprintln(tw, e.sprintf("%d of %d new vacancies suit a client; %d client-vacancy pairs checked", len(res.Alerts), res.Vacancies, res.Pairs))
	for _, s := range res.Skipped {
		fmt.Fprintln(tw, e.sprintf("skipped %s", s))
	}
	return tw.Flush()
}

func nameOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func dateOr(e *env, d employer.Date) string {
	if d.IsZero() {
		return e.tr("unknown")
	}
	return e.date(d)
}
