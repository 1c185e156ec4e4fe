package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

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
	res, err := eng.Match(ctx, p, match.Options{Limit: *limit, Rapid: *rapid, IncludeNonCompetitive: *all, Today: w.today, Facets: *facets})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printMatch(e.stdout, res)
	printFacets(e.stdout, res.Facets)
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

func printMatch(out io.Writer, res match.Results) {
	fmt.Fprintf(out, "Vacancies for client %s on %s\n", res.Client, res.Today)
	for _, f := range res.Flags {
		fmt.Fprintf(out, "! %s\n", f)
	}
	for _, u := range res.Understood {
		if u.Text != "" && len(u.Labels) > 0 {
			fmt.Fprintf(out, "  %q (%s) read as: %s\n", u.Text, u.Strength, strings.Join(u.Labels, ", "))
		}
	}
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tscore\tvacancy\temployer\tdistance\taction")
	for _, r := range res.Results {
		emp := r.EmployerName
		if emp == "" {
			emp = "(job board)"
		}
		fmt.Fprintf(tw, "%d\t%.2f\t%s\t%s\t%s\t%s\n", r.Rank, r.Score, clip(r.Title+" ["+r.ID+"]", 44), clip(emp, 26), distance(r), actionShort(r.Action))
	}
	tw.Flush()
	fmt.Fprintln(out)
	for _, r := range res.Results {
		fmt.Fprintf(out, "%d. %s (%s)\n", r.Rank, r.Title, r.ID)
		for _, f := range r.Flags {
			fmt.Fprintf(out, "   ! %s\n", f)
		}
		for i, reason := range r.Reasons {
			if i == 4 {
				break
			}
			fmt.Fprintf(out, "   %s %s\n", effectMark(reason.Effect), reason.Text)
		}
	}
	fmt.Fprintf(out, "\n%d vacancies considered; left out: %s\n", res.Considered, excludedText(res.Excluded))
}

func distance(r match.Result) string {
	switch {
	case r.DistanceKm == nil:
		return "unknown"
	case r.CommuteMinutes != nil:
		return fmt.Sprintf("%.1f km, %d min", *r.DistanceKm, *r.CommuteMinutes)
	}
	return fmt.Sprintf("%.1f km", *r.DistanceKm)
}

func actionShort(a match.Action) string {
	switch a {
	case match.SpecialistMayAdvocate:
		return "specialist may advocate"
	case match.SpecialistMayIntroduce:
		return "specialist may introduce"
	}
	return "client applies on own"
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

func excludedText(ex map[string]int) string {
	if len(ex) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(ex))
	for k := range ex {
		keys = append(keys, k)
	}
	sortStrings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", strings.ReplaceAll(k, "_", " "), ex[k])
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
