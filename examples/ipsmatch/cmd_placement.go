package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "placement add", usage: "placement add --client ID --employer ID --title T --start YYYY-MM-DD " +
		"[--end YYYY-MM-DD --end-reason quit|fired|laid_off|contract_ended|better_job|other] [--vacancy ID] [--hours H] [--isco NNNN] " +
		"[--id ID] [--index DIR] [--today YYYY-MM-DD] [--json]", run: runPlacementAdd})
}

// runPlacementAdd records a job start, or the end of one: ending a job is
// adding the same placement again with --end (given --id of a stored
// placement, the other fields default to what is stored).
func runPlacementAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "placement add")
	src := source{write: true}
	src.register(fs)
	var p employer.Placement
	var start, end, reason, isco string
	fs.StringVar(&p.ClientID, "client", "", "the client who started the job")
	fs.StringVar(&p.EmployerID, "employer", "", "employer id")
	fs.StringVar(&p.Title, "title", "", "job title")
	fs.StringVar(&start, "start", "", "first day of work, YYYY-MM-DD")
	fs.StringVar(&end, "end", "", "last day of work, YYYY-MM-DD, when the job has ended")
	fs.StringVar(&reason, "end-reason", "", "why the job ended: quit, fired, laid_off, contract_ended, better_job or other")
	fs.StringVar(&p.VacancyID, "vacancy", "", "the vacancy filled, if any")
	fs.Float64Var(&p.Hours, "hours", 0, "hours a week")
	fs.StringVar(&isco, "isco", "", "ISCO-08 unit group of the job, 4 digits (default: the vacancy's, with --vacancy)")
	fs.StringVar(&p.ID, "id", "", "placement id (default: derived from client, employer, start and title; give it with --end to end a stored job)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	var err error
	if p.End, err = optionalDate("--end", end); err != nil {
		return err
	}
	if p.Start, err = optionalDate("--start", start); err != nil {
		return err
	}
	p.EndReason = employer.EndReason(reason)
	p.Occupation.ISCO = isco
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	prev, had := employer.Placement{}, false
	if p.ID != "" {
		prev, had = storedPlacement(ctx, w, p.ID)
	}
	if had {
		p = fillFrom(fs, p, prev)
	}
	if err := placementRequired(p); err != nil {
		return err
	}
	if p.VacancyID != "" && p.Occupation.IsZero() {
		if v, ok := w.Index.Vacancy(p.VacancyID); ok {
			p.Occupation = v.Occupation
		}
	}
	if p.ID == "" {
		p.ID = stableID("pl-", p.ClientID, p.EmployerID, p.Start.String(), strings.ToLower(p.Title))
		prev, had = storedPlacement(ctx, w, p.ID)
	}
	if _, err := w.Recorder.AddPlacements(ctx, p); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return textErr("%v; a stored job start is ended with --end and --end-reason, or corrected with 'ipsmatch placement amend'; give another --id for a different job", err)
		}
		return err
	}
	note := noteFor(&src, had && prev.End == p.End)
	if *asJSON {
		return writeJSON(e.stdout, struct {
			recordNote
			Placement  employer.Placement `json:"placement"`
			TenureDays int                `json:"tenure_days"`
		}{note, p, p.TenureDays(w.today)})
	}
	emp, _ := w.Index.Employer(p.EmployerID)
	what := "job start"
	if !p.End.IsZero() {
		what = "job end"
	}
	line := e.sprintf("%s %s %s: client %s, %s at %s (%s), from %s", e.tr(statusWords(note)), e.tr(what), p.ID,
		p.ClientID, p.Title, emp.Name, p.EmployerID, e.date(p.Start))
	if !p.End.IsZero() {
		line += e.sprintf(" to %s", e.date(p.End))
		if p.EndReason != "" {
			line += " (" + e.tr(strings.ReplaceAll(string(p.EndReason), "_", " ")) + ")"
		}
	}
	fmt.Fprintln(e.stdout, line+e.sprintf("; tenure %d days", p.TenureDays(w.today)))
	if !p.End.IsZero() {
		fmt.Fprintln(e.stdout, e.sprintf("a new job search for %s starts on %s, the day the job ended (IPS: a new search, not a failure)", p.ClientID, e.date(p.End)))
	}
	if d, err := w.Store.Derived(ctx); err == nil {
		if tr, ok := d.TrackRecord(p.EmployerID, w.today); ok {
			fmt.Fprintln(e.stdout, e.sprintf("track record of %s: %s", emp.Name, match.TrackRecordText(tr, e.lang)))
		}
	}
	if note.Note != "" {
		fmt.Fprintln(e.stdout, noteText(e, &src, note))
	}
	return nil
}

// storedPlacement reads a placement's current version, if any.
func storedPlacement(ctx context.Context, w *world, id string) (employer.Placement, bool) {
	p, err := w.Store.Placement(ctx, id)
	return p, err == nil
}

func optionalDate(flagName, s string) (employer.Date, error) {
	if s == "" {
		return employer.Date{}, nil
	}
	d, err := civil.Parse(s)
	if err != nil {
		return employer.Date{}, usageErr("%s: %v", flagName, err)
	}
	return d, nil
}

// fillFrom takes every field not given on the command line from the stored
// placement, so that ending a job needs only its id and the end.
func fillFrom(fs *flag.FlagSet, p, stored employer.Placement) employer.Placement {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	out := stored
	if set["client"] {
		out.ClientID = p.ClientID
	}
	if set["employer"] {
		out.EmployerID = p.EmployerID
	}
	if set["title"] {
		out.Title = p.Title
	}
	if set["start"] {
		out.Start = p.Start
	}
	if set["end"] {
		out.End = p.End
	}
	if set["end-reason"] {
		out.EndReason = p.EndReason
	}
	if set["vacancy"] {
		out.VacancyID = p.VacancyID
	}
	if set["hours"] {
		out.Hours = p.Hours
	}
	if set["isco"] {
		out.Occupation = p.Occupation
	}
	return out
}

func placementRequired(p employer.Placement) error {
	var missing []string
	for _, f := range []struct{ name, v string }{{"--client", p.ClientID}, {"--employer", p.EmployerID}, {"--title", p.Title}, {"--start", p.Start.String()}} {
		if f.v == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return usageErr(pluralWord(len(missing), "%s is required (or --id of a stored placement)", "%s are required (or --id of a stored placement)"), strings.Join(missing, ", "))
	}
	return nil
}
