package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

func init() {
	register(command{name: "match", usage: "match --client FILE|ID [--data DIR | --index DIR] [--limit N] [--rapid] [--all-channels] [--facets] [--career FILE] [--json] [--today YYYY-MM-DD]", run: runMatch})
}

func runMatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "match")
	var src source
	src.register(fs)
	client := fs.String("client", "", "client profile file, or a client id (demo or the data folder's clients/)")
	limit := fs.Int("limit", 10, "number of results")
	rapid := fs.Bool("rapid", false, "rapid job search: favour vacancies open now, recent, starting soon, easy to apply to")
	all := fs.Bool("all-channels", false, "also show traineeships, sheltered work and reserved posts (labelled; never reserved posts for a client who chose not to disclose)")
	asJSON := fs.Bool("json", false, "print JSON (the machine contract)")
	facets := fs.Bool("facets", false, "also count, over every vacancy whatever --limit, what passed the musts by band and what each must alone left out")
	career := fs.String("career", "", "the client's career profile (JSON): past jobs add skills, \"never again\" employers and kinds of work are left out")
	if err := parse(fs, args); err != nil {
		return err
	}
	w, p, eng, err := src.forClient(ctx, e, *client)
	if err != nil {
		return err
	}
	defer w.Close()
	if p, err = withCareer(p, *career); err != nil {
		return err
	}
	res, err := eng.Match(ctx, p, match.Options{Limit: *limit, Rapid: *rapid, IncludeNonCompetitive: *all, Today: w.today, Facets: *facets, Lang: e.lang})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printMatch(e, res)
	printFacets(e, e.stdout, res.Facets)
	return nil
}

// withCareer applies the client's career profile, read from path, to the
// profile of one search; "" leaves it as it is.
func withCareer(p preference.Profile, path string) (preference.Profile, error) {
	if path == "" {
		return p, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return p, err
	}
	c, err := preference.DecodeCareer(b, path)
	if err != nil {
		return p, err
	}
	return c.Apply(p)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printMatch(e *env, res match.Results) {
	out, p, width := e.stdout, e.printer(), e.columns()
	fmt.Fprintln(out, p.Sprintf("Vacancies for client %s on %s", res.Client, e.date(res.Today)))
	for _, f := range res.Flags {
		wrapLine(out, "! ", f, width)
	}
	for _, u := range res.Understood {
		if u.Text != "" && len(u.Labels) > 0 {
			wrapLine(out, "", p.Sprintf("  %q (%s) read as: %s", u.Text, e.tr(u.Strength), strings.Join(u.Labels, ", ")), width)
		}
	}
	// The action follows the client's disclosure choice and is usually the
	// same on every row: then it is said once, above the table.
	same := true
	for _, r := range res.Results {
		same = same && r.Action == res.Results[0].Action
	}
	if same && len(res.Results) > 0 {
		wrapLine(out, "  ", p.Sprintf("action: %s", actionShort(e, res.Results[0].Action)), width)
	}
	fmt.Fprintln(out)
	cols := []column{{head: "#"}, {head: e.tr("score")}, {head: e.tr("vacancy"), shrink: true}, {head: e.tr("id")},
		{head: e.tr("employer"), shrink: true}, {head: e.tr("distance")}}
	if !same {
		cols = append(cols, column{head: e.tr("action"), shrink: true})
	}
	t := newTable(cols...)
	for _, r := range res.Results {
		emp := r.EmployerName
		if emp == "" {
			emp = e.tr("(job board)")
		}
		row := []string{p.Sprintf("%d", r.Rank), p.Sprintf("%.2f", r.Score), r.Title, r.ID, emp, distance(e, r.DistanceKm, r.CommuteMinutes)}
		if !same {
			row = append(row, actionShort(e, r.Action))
		}
		t.add(row...)
	}
	t.write(out, width)
	fmt.Fprintln(out)
	for _, r := range res.Results {
		wrapLine(out, "", fmt.Sprintf("%d. %s (%s)", r.Rank, r.Title, r.ID), width)
		for _, f := range r.Flags {
			wrapLine(out, "   ! ", f, width)
		}
		for i, reason := range r.Reasons {
			if i == 4 {
				break
			}
			wrapLine(out, "   "+effectMark(reason.Effect)+" ", reason.Text, width)
		}
	}
	fmt.Fprintln(out)
	wrapLine(out, "", p.Sprintf("%d vacancies considered; left out: %s", res.Considered, excludedText(e, res.Excluded)), width)
}

// distance is how far a vacancy or an employer is, and how long the trip.
func distance(e *env, km *float64, minutes *int) string {
	switch {
	case km == nil:
		return e.tr("unknown")
	case minutes != nil:
		return e.printer().Sprintf("%.1f km, %d min", *km, *minutes)
	}
	return e.printer().Sprintf("%.1f km", *km)
}

func actionShort(e *env, a match.Action) string {
	switch a {
	case match.SpecialistMayAdvocate:
		return e.tr("specialist may advocate")
	case match.SpecialistMayIntroduce:
		return e.tr("specialist may introduce")
	}
	return e.tr("client applies on own")
}

func effectMark(e match.Effect) string {
	switch e {
	case match.Plus:
		return "+"
	case match.Minus:
		return "-"
	case match.Flag:
		return "!"
	}
	return "~"
}

func excludedText(e *env, ex map[string]int) string {
	if len(ex) == 0 {
		return e.tr("none")
	}
	keys := make([]string, 0, len(ex))
	for k := range ex {
		keys = append(keys, k)
	}
	sortStrings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = e.printer().Sprintf("%s %d", match.ExclusionName(k, e.lang), ex[k])
	}
	return strings.Join(parts, ", ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
