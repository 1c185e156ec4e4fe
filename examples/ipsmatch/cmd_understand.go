package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

func init() {
	register(command{name: "understand", usage: `understand [--esco PATH | --index DIR] [--json] "words"...`, run: runUnderstand})
}

// reading is one occupation read in a client's words.
type reading struct {
	ID      string  `json:"id"`
	Label   string  `json:"label"`
	ISCO    string  `json:"isco"`
	Matched string  `json:"matched"`
	Lang    string  `json:"lang"`
	Score   float64 `json:"score"`
}

type understood struct {
	Text     string    `json:"text"`
	Readings []reading `json:"readings"`
	// Theme is the broad wish's reading as themes, when it is one: the
	// engine then asks for these occupations with these weights, not for
	// Readings.
	Theme *themeReading `json:"theme,omitempty"`
}

// themeReading is a broad wish read as themes.
type themeReading struct {
	Themes  []string      `json:"themes"`
	Members []themeMember `json:"members"`
}

type themeMember struct {
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Weight float64 `json:"weight"`
}

// runUnderstand shows how the engine reads a client's job-type words: each
// argument is one phrase, as a client profile lists them.
func runUnderstand(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "understand")
	esco := fs.String("esco", "", "also read with ESCO, from this folder (merged with the built-in vocabulary)")
	dir := fs.String("index", "", "read with the taxonomy of this index (built-in, or ESCO after 'ipsmatch taxonomy')")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErr(`give the client's words, for example: ipsmatch understand "lavoro in cucina"`)
	}
	if *esco != "" && *dir != "" {
		return usageErr("give --esco or --index, not both")
	}
	tx := taxonomy.Builtin()
	switch {
	case *esco != "":
		t, err := taxonomy.LoadESCO(*esco)
		if err != nil {
			return err
		}
		tx = tx.Merge(t)
	case *dir != "":
		if !exists(filepath.Join(*dir, "index_meta.json")) {
			return fmt.Errorf("%s is not an ipsmatch index", *dir)
		}
		ix, err := index.Open(ctx, index.Options{Path: *dir})
		if err != nil {
			return err
		}
		tx = ix.Taxonomy()
		if err := ix.Close(); err != nil {
			return err
		}
	}
	out := make([]understood, 0, fs.NArg())
	for _, text := range fs.Args() {
		u := understood{Text: text, Readings: []reading{}}
		for _, r := range tx.Understand(text) {
			u.Readings = append(u.Readings, reading{ID: r.Occupation.ID, Label: r.Occupation.Label("en"), ISCO: r.Occupation.ISCO,
				Matched: r.Matched, Lang: r.Lang, Score: r.Score})
		}
		if th, ok := tx.Themes(text); ok {
			u.Theme = &themeReading{Themes: th.Themes}
			for _, m := range th.Members {
				u.Theme.Members = append(u.Theme.Members, themeMember{ID: m.Occupation.ID, Label: m.Occupation.Label("en"), Weight: m.Weight})
			}
		}
		out = append(out, u)
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	printUnderstood(e.stdout, out)
	return nil
}

func printUnderstood(w io.Writer, us []understood) {
	for i, u := range us {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%q\n", u.Text)
		if u.Theme != nil {
			fmt.Fprintf(w, "  a broad wish, read as the theme %s:\n", strings.Join(u.Theme.Themes, " + "))
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "  weight\toccupation\tlabel (en)")
			for _, m := range u.Theme.Members {
				fmt.Fprintf(tw, "  %.2f\t%s\t%s\n", m.Weight, m.ID, m.Label)
			}
			tw.Flush()
			continue
		}
		if len(u.Readings) == 0 {
			fmt.Fprintln(w, "  no occupation recognised: the client's own words will be matched against vacancy titles")
			continue
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  score\toccupation\tlabel (en)\tISCO\tmatched label (language)")
		for _, r := range u.Readings {
			fmt.Fprintf(tw, "  %.2f\t%s\t%s\t%s\t%s (%s)\n", r.Score, r.ID, r.Label, r.ISCO, r.Matched, r.Lang)
		}
		tw.Flush()
	}
}
