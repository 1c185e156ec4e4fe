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
	opt := match.AlertOptions{PerVacancy: *per, MinScore: *minScore, IncludeNonCompetitive: *inc}
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
		fmt.Fprintf(tw, "%s  %s at %s (posted %s)\n", a.VacancyID, clip(a.Title, 40), clip(nameOr(a.EmployerName, a.EmployerID), 30), dateOr(a.Posted))
		if a.Lead != nil {
			fmt.Fprintf(tw, "  LEAD for %s: %s\n", strings.Join(a.Lead.Specialists, ", "), a.Lead.Text)
		}
		for _, f := range a.Clients {
			why := ""
			if len(f.Result.Reasons) > 0 {
				why = f.Result.Reasons[0].Text
			}
			fmt.Fprintf(tw, "  %d.\t%s\t%s\t%.2f\t%s\t%s\n", f.Result.Rank, f.Client, nameOr(f.Specialist, "-"), f.Result.Score, f.Result.Action, clip(why, 50))
		}
		if a.More > 0 {
			fmt.Fprintf(tw, "  \t(%d more clients)\n", a.More)
		}
	}
	fmt.Fprintf(tw, "%d of %d new vacancies suit a client; %d client-vacancy pairs checked\n", len(res.Alerts), res.Vacancies, res.Pairs)
	for _, s := range res.Skipped {
		fmt.Fprintf(tw, "skipped %s\n", s)
	}
	return tw.Flush()
}

func nameOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func dateOr(d employer.Date) string {
	if d.IsZero() {
		return "unknown"
	}
	return d.String()
}
