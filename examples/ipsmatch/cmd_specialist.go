package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/index/store"
)

func init() {
	register(command{name: "specialist add", usage: "specialist add --index DIR ID [--name NAME]: put a specialist or supervisor on the team's roster", run: runSpecialistAdd})
	register(command{name: "specialist list", usage: "specialist list [--index DIR | --data DIR] [--json]: the team's roster", run: runSpecialistList})
}

func runSpecialistAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "specialist add")
	src := source{write: true}
	src.register(fs)
	name := fs.String("name", "", "full name")
	id, err := parseOne(fs, args)
	if err != nil {
		return err
	}
	if id == "" || src.index == "" {
		return usageErr("specialist add --index DIR ID: both are required")
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	n, err := w.Store.AddSpecialists(ctx, store.Specialist{ID: id, Name: *name})
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintln(e.stdout, e.sprintf("%s is already on the roster", id))
		return nil
	}
	fmt.Fprintln(e.stdout, e.sprintf("added %s to the roster", id))
	return nil
}

func runSpecialistList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "specialist list")
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
	ss, err := w.Store.Specialists(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, ss)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("id", "name"))
	for _, s := range ss {
		fmt.Fprintf(tw, "%s\t%s\n", s.ID, s.Name)
	}
	return tw.Flush()
}
