package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

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
	res, err := eng.Leads(ctx, p, match.LeadOptions{Limit: *limit, Today: w.today})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printLeads(e.stdout, res)
	return nil
}

func printLeads(out io.Writer, res match.Leads) {
	fmt.Fprintf(out, "Employer leads for client %s on %s\n", res.Client, res.Today)
	for _, f := range res.Flags {
		fmt.Fprintf(out, "! %s\n", f)
	}
	if !res.Rapid.PastDay30 && res.Rapid.Text != "" {
		fmt.Fprintf(out, "  rapid search: %s\n", res.Rapid.Text)
	}
	if len(res.Leads) > 0 {
		fmt.Fprintf(out, "  %s\n", leadActionLine(res.Leads[0]))
	}
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tscore\temployer\tsector\tstage\topen vacancies\tdistance\taction")
	for _, l := range res.Leads {
		fmt.Fprintf(tw, "%d\t%.2f\t%s\t%s\t%s\t%d\t%s\t%s\n", l.Rank, l.Score, clip(l.Name+" ["+l.EmployerID+"]", 40),
			clip(l.Sector, 24), stageWords(l.Stage), l.OpenVacancies, leadDistance(l), actionShort(l.Action))
	}
	tw.Flush()
	fmt.Fprintln(out)
	for _, l := range res.Leads {
		fmt.Fprintf(out, "%d. %s (%s)\n", l.Rank, l.Name, l.EmployerID)
		said := false
		for i, r := range l.Reasons {
			if i == 4 {
				break
			}
			fmt.Fprintf(out, "   %s %s\n", effectMark(r.Effect), r.Text)
			said = said || r.Text == l.FollowUp
		}
		if l.FollowUp != "" && !said {
			fmt.Fprintf(out, "   follow-up: %s\n", l.FollowUp)
		}
	}
	fmt.Fprintf(out, "\nleft out: %s\n", excludedText(res.Excluded))
}

// leadActionLine says once, above the table, what the client's disclosure
// choice allows: it is the same for every lead.
func leadActionLine(l match.Lead) string {
	if l.ActionText == "" {
		return "action: " + l.Action.Text()
	}
	return "action: " + l.ActionText
}

// stageWords prints a relationship stage code as words.
func stageWords(code string) string {
	if code == "" {
		return "none"
	}
	return strings.ReplaceAll(code, "_", " ")
}

func leadDistance(l match.Lead) string {
	switch {
	case l.DistanceKm == nil:
		return "unknown"
	case l.CommuteMinutes != nil:
		return fmt.Sprintf("%.1f km, %d min", *l.DistanceKm, *l.CommuteMinutes)
	}
	return fmt.Sprintf("%.1f km", *l.DistanceKm)
}
