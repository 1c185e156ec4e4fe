package main

import (
	"context"
	"fmt"

	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "benefits", usage: "benefits --client ID --vacancy ID [--index DIR | --data DIR] [--today D] [--json]: what the vacancy would earn a month and a year against the client's benefits limit, and the hours at which the limit is reached", run: runBenefits})
}

func runBenefits(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "benefits")
	var src source
	src.register(fs)
	client := fs.String("client", "", "client id or profile file")
	vacancy := fs.String("vacancy", "", "vacancy id")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *vacancy == "" {
		return usageErr("--vacancy is required")
	}
	w, p, _, err := src.forClient(ctx, e, *client)
	if err != nil {
		return err
	}
	defer w.Close()
	en, ok := w.Index.Vacancy(*vacancy)
	if !ok {
		return textErr("no vacancy %q in the index", *vacancy)
	}
	bv := match.BenefitsIn(p, en.Vacancy, e.lang)
	if *asJSON {
		return writeJSON(e.stdout, bv)
	}
	fmt.Fprintln(e.stdout, e.sprintf("Benefits what-if for client %s: %s (%s)", bv.Client, bv.Title, bv.VacancyID)+"\n")
	for _, f := range bv.Flags {
		fmt.Fprintf(e.stdout, "! %s\n", f)
	}
	for _, l := range bv.Lines {
		fmt.Fprintf(e.stdout, "  %s\n", l)
	}
	fmt.Fprintln(e.stdout, "\n"+e.tr("The decision is the client's, with their benefits counsellor."))
	return nil
}
