package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "index", usage: "index --data DIR --index DIR [--json]", run: runIndex})
}

// runIndex builds or updates an index folder from a data folder, in the
// library's order: the whole folder is checked before anything is written.
func runIndex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "index")
	data := fs.String("data", "", "folder with employers.jsonl and vacancies.jsonl (and optionally specialists.jsonl, contacts.jsonl, placements.jsonl, clients/)")
	dir := fs.String("index", "", "index folder to build or update")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	storeURL := fs.String("store", os.Getenv(storeEnv), "PostgreSQL connection string for the job-development log (default $"+storeEnv+"; none: the index folder's journal)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *data == "" || *dir == "" {
		return usageErr("--data and --index are both required")
	}
	ws, err := workspace.Open(ctx, workspace.Options{Index: *dir, Create: true, StoreURL: *storeURL})
	if err != nil {
		return err
	}
	defer ws.Close()
	start := time.Now()
	var pr *progress
	rep, err := ws.ImportFolder(ctx, *data, workspace.ImportOptions{Progress: func(done, total int) {
		if pr == nil {
			pr = newProgress(e, "indexing", total)
		}
		pr.add(done - pr.done)
	}})
	if pr != nil {
		pr.finish()
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, rep)
	}
	el := time.Since(start)
	var emps, vacs, logged workspace.FileReport
	for _, f := range rep.Files {
		switch f.Kind {
		case "employers":
			emps = f
		case "vacancies":
			vacs = f
		case "contacts", "placements":
			logged.Added += f.Added
			logged.Unchanged += f.Unchanged
		}
	}
	n := emps.Added + emps.Updated + emps.Unchanged + vacs.Added + vacs.Updated + vacs.Unchanged
	fmt.Fprintln(e.stdout, e.sprintf("indexed %d employers and %d vacancies into %s in %.1fs (%.0f records/s): %d added, %d updated, %d unchanged",
		emps.Added+emps.Updated+emps.Unchanged, vacs.Added+vacs.Updated+vacs.Unchanged, *dir, el.Seconds(), float64(n)/max(el.Seconds(), 1e-9),
		emps.Added+vacs.Added, emps.Updated+vacs.Updated, emps.Unchanged+vacs.Unchanged))
	if logged.Added+logged.Unchanged > 0 {
		fmt.Fprintln(e.stdout, e.sprintf("job-development log: %d contacts and placements recorded, %d already there", logged.Added, logged.Unchanged))
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(e.stdout, e.sprintf("warning: %s", w))
	}
	if c := rep.Caseload; c != nil {
		fmt.Fprintln(e.stdout, e.sprintf("caseload: the %d client profiles in %s (profiles stay there; the index only remembers the path)", c.Clients, c.To))
	}
	return nil
}
