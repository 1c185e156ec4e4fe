package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "caseload show", usage: "caseload show --index DIR: where the index's client profiles are read from", run: runCaseloadShow})
	register(command{name: "caseload set", usage: "caseload set --index DIR FOLDER [--json]: make FOLDER the index's caseload, and report what changed", run: runCaseloadSet})
}

func runCaseloadShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "caseload show")
	var src source
	src.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	where := w.CaseloadDir
	if where == "" {
		where = e.tr("(none set)")
	}
	if w.demo {
		where = e.tr("the demo town's clients")
	}
	fmt.Fprintln(e.stdout, e.sprintf("caseload: %d clients from %s", w.Caseload.Len(), where))
	return nil
}

// runCaseloadSet is the one way an index's caseload changes: explicit,
// checked whole, and reported.
func runCaseloadSet(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "caseload set")
	src := source{write: true}
	src.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	dir, err := parseOne(fs, args)
	if err != nil {
		return err
	}
	if src.index == "" || dir == "" {
		return usageErr("caseload set --index DIR FOLDER: both are required")
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	ch, err := w.SetCaseload(dir)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, ch)
	}
	printCaseloadChange(e, ch)
	return nil
}

func printCaseloadChange(e *env, ch workspace.CaseloadChange) {
	from := ch.From
	if from == "" {
		from = e.tr("(none)")
	}
	fmt.Fprintln(e.stdout, e.sprintf("caseload: %s -> %s, %d clients", from, ch.To, ch.Clients))
	for _, l := range []struct {
		what string
		ids  []string
	}{{"added", ch.Added}, {"removed", ch.Removed}, {"disclosure choice changed (the new profile governs)", ch.DisclosureChanged}} {
		if len(l.ids) > 0 {
			fmt.Fprintf(e.stdout, "  %s: %s\n", e.tr(l.what), strings.Join(l.ids, ", "))
		}
	}
}
