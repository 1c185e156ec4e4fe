package main

import (
	"context"
	"fmt"
	"sort"
	"text/tabwriter"
)

func init() {
	register(command{name: "clients", usage: "clients [--data DIR | --index DIR] [--json]", run: runClients})
}

func sortStrings(s []string) { sort.Strings(s) }

func runClients(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "clients")
	var src source
	src.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	if *asJSON {
		return writeJSON(e.stdout, w.clients())
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("id", "specialist", "enrolled", "disclosure", "looking for"))
	for _, p := range w.clients() {
		var jobs []string
		for _, j := range p.JobTypes {
			t := j.Text
			if t == "" {
				t = j.Occupation
			}
			jobs = append(jobs, t+" ("+string(j.Strength)+")")
		}
		looking := e.tr("anything nearby")
		if len(jobs) > 0 {
			looking = clip(joinComma(jobs), 60)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.ID, p.Specialist, e.date(p.Enrolled), p.Disclosure, looking)
	}
	return tw.Flush()
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
