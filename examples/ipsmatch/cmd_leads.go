package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "leads", usage: "leads --client FILE|ID [--data DIR | --index DIR] [--limit N] [--json] [--today YYYY-MM-DD]", run: runLeads})
}

// runLeads ranks employers for one client, whether or not they have an
// open vacancy: the employers worth approaching, by the client or, where
// the client's disclosure choice allows it, by the specialist.
func runLeads(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "leads")
	var src source
	src.register(fs)
	client := fs.String("client", "", "client profile file, or a client id (demo or the data folder's clients/)")
	limit := fs.Int("limit", 10, "number of employer leads")
	asJSON := fs.Bool("json", false, "print JSON (the machine contract)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *limit < 1 {
		return usageErr("--limit must be at least 1")
	}
	w, p, eng, err := src.forClient(ctx, e, *client)
	if err != nil {
		return err
	}
	defer w.Close()
	res, err := eng.Leads(ctx, p, match.LeadOptions{Limit: *limit, Today: w.today, Lang: e.lang})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printLeads(e, res)
	return nil
}

func printLeads(e *env, res match.Leads) {
	out, p, width := e.stdout, e.printer(), e.columns()
	fmt.Fprintln(out, p.Sprintf("Employer leads for client %s on %s", res.Client, e.date(res.Today)))
	for _, f := range res.Flags {
		wrapLine(out, "! ", f, width)
	}
	if !res.Rapid.PastDay30 && res.Rapid.Text != "" {
		wrapLine(out, "", p.Sprintf("  rapid search: %s", res.Rapid.Text), width)
	}
	if len(res.Leads) > 0 {
		wrapLine(out, "  ", leadActionLine(e, res.Leads[0]), width)
	}
	fmt.Fprintln(out)
	t := newTable(column{head: "#"}, column{head: e.tr("score")}, column{head: e.tr("employer"), shrink: true}, column{head: e.tr("id")},
		column{head: e.tr("sector"), shrink: true, optional: true}, column{head: e.tr("stage"), shrink: true, optional: true}, column{head: e.tr("open")},
		column{head: e.tr("distance")})
	for _, l := range res.Leads {
		t.add(p.Sprintf("%d", l.Rank), p.Sprintf("%.2f", l.Score), l.Name, l.EmployerID, l.Sector, stageWords(e, l.Stage),
			p.Sprintf("%d", l.OpenVacancies), distance(e, l.DistanceKm, l.CommuteMinutes))
	}
	t.write(out, width)
	fmt.Fprintln(out)
	for _, l := range res.Leads {
		wrapLine(out, "", fmt.Sprintf("%d. %s (%s)", l.Rank, l.Name, l.EmployerID), width)
		said := false
		for i, r := range l.Reasons {
			if i == 4 {
				break
			}
			wrapLine(out, "   "+effectMark(r.Effect)+" ", r.Text, width)
			said = said || r.Text == l.FollowUp
		}
		if l.FollowUp != "" && !said {
			wrapLine(out, "", p.Sprintf("   follow-up: %s", l.FollowUp), width)
		}
	}
	fmt.Fprintln(out)
	wrapLine(out, "", p.Sprintf("left out: %s", excludedText(e, res.Excluded)), width)
}

// leadActionLine says once, above the table, what the client's disclosure
// choice allows: it is the same for every lead.
func leadActionLine(e *env, l match.Lead) string {
	if l.ActionText == "" {
		return e.printer().Sprintf("action: %s", l.Action.Text())
	}
	return e.printer().Sprintf("action: %s", l.ActionText)
}

// stageWords prints a relationship stage code as a word or two.
func stageWords(e *env, code string) string {
	if code == "" {
		return e.tr("none")
	}
	return e.tr(strings.ReplaceAll(code, "_", " "))
}
