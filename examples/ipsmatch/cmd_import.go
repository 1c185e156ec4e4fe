package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/employer/csvimport"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "import",
		usage: "import --into INDEX [--format " + strings.Join(workspace.Formats, "|") + "] [--sep ,|;|tab] [--headers 'Theirs=ours,...'] [--verbose] [--geocode SPEC] [--json] FILE|DIR...",
		run:   runImport})
}

// runImport imports files into an index folder through the library, in
// dependency order (roster, employers, vacancies, contacts, placements).
func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import")
	into := fs.String("into", "", "index folder to import into (created when absent)")
	format := fs.String("format", "auto", "file format: "+strings.Join(workspace.Formats, ", "))
	sep := fs.String("sep", "", "CSV separator: ',' ';' or 'tab' (default: found from the header line)")
	headers := fs.String("headers", "", "map the spreadsheet's column names to the documented ones: 'Azienda=name,Settore=sector_code'")
	verbose := fs.Bool("verbose", false, "list every JSON-LD property that could not be mapped, per posting")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	storeURL := fs.String("store", os.Getenv(storeEnv), "PostgreSQL connection string for the job-development log (default $"+storeEnv+"; none: the index folder's journal)")
	geo := fs.String("geocode", "", geocodeHelp+"; fills missing coordinates")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *into == "" || fs.NArg() == 0 {
		return usageErr("--into and at least one FILE or DIR are required")
	}
	if !slices.Contains(workspace.Formats, *format) {
		return usageErr("--format %q: want one of %s", *format, strings.Join(workspace.Formats, ", "))
	}
	ws, err := workspace.Open(ctx, workspace.Options{Index: *into, Create: true, StoreURL: *storeURL})
	if err != nil {
		return err
	}
	defer ws.Close()
	opt := workspace.FileOptions{Format: *format, ImportOptions: workspace.ImportOptions{Verbose: *verbose}}
	if opt.Geocoder, err = openGeocoder(ctx, *geo, *into); err != nil {
		return err
	}
	if opt.CSV, err = csvOptions(*sep, *headers, ws.Today); err != nil {
		return err
	}
	if e.isTerminal {
		var pr *progress
		opt.Progress = func(done, total int) {
			if pr == nil {
				pr = newProgress(e, "importing", total)
			}
			pr.add(done - pr.done)
			if done == total {
				pr.finish()
			}
		}
	}
	rep, err := ws.ImportFiles(ctx, fs.Args(), opt)
	if errors.Is(err, workspace.ErrFormat) {
		return usageErr("%v", err)
	}
	if err != nil {
		return err
	}
	for _, f := range rep.Files {
		if f.Error != "" {
			fmt.Fprintln(e.stderr, e.sprintf("failed %s", f.Error))
		}
		for _, r := range f.SkipReasons {
			fmt.Fprintln(e.stderr, e.sprintf("skipped %s %s", f.File, r))
		}
	}
	if *asJSON {
		if err := writeJSON(e.stdout, rep); err != nil {
			return err
		}
	} else {
		printImport(e, rep)
	}
	if rep.Total.Failed > 0 {
		for _, f := range rep.Files {
			if f.Error != "" && f.Batches > 0 {
				return textErr("%d of %d files failed; some were stopped part-way, with whole batches written: import them again to finish", rep.Total.Failed, len(rep.Files))
			}
		}
		return textErr("%d of %d files failed; nothing was written from them", rep.Total.Failed, len(rep.Files))
	}
	return nil
}

func csvOptions(sep, headers string, today employer.Date) (csvimport.Options, error) {
	opt := csvimport.Options{Today: today}
	var err error
	if opt.Comma, err = csvimport.ParseSeparator(sep); err != nil {
		return opt, usageErr("--sep %q: want ',' ';' or 'tab'", sep)
	}
	if opt.Headers, err = csvimport.ParseHeaders(headers); err != nil {
		return opt, usageErr("--headers: %v", err)
	}
	return opt, nil
}

// printImport prints what an import did, a line per file, then the total.
// What the library says of a file (its notes, warnings and why a record
// was skipped) is printed as it says it.
func printImport(e *env, rep workspace.Report) {
	out := e.stdout
	for _, f := range rep.Files {
		if f.Error != "" && f.Batches == 0 {
			fmt.Fprintln(out, e.sprintf("%s (%s): failed, nothing written", f.File, f.Format))
			continue
		}
		if f.Error != "" {
			fmt.Fprintln(out, e.sprintf("%s (%s): failed after %d all-or-nothing batches (%d imported, %d updated, %d unchanged); import it again to finish",
				f.File, f.Format, f.Batches, f.Added, f.Updated, f.Unchanged))
			continue
		}
		fmt.Fprintln(out, e.sprintf("%s (%s): %d imported, %d updated, %d unchanged, %d skipped",
			f.File, f.Format, f.Added, f.Updated, f.Unchanged, f.Skipped))
		if f.Batches > 1 {
			fmt.Fprintln(out, e.sprintf("  written in %d all-or-nothing batches", f.Batches))
		}
		for _, r := range f.SkipReasons {
			fmt.Fprintln(out, e.sprintf("  skipped %s", r))
		}
		if len(f.Unmapped) > 0 {
			fmt.Fprintln(out, e.sprintf("  not mapped: %s", kindCounts(f.Unmapped)))
		}
		if len(f.Flags) > 0 {
			fmt.Fprintln(out, e.sprintf("  flags: %s", kindCounts(f.Flags)))
		}
		for _, n := range f.Notes {
			fmt.Fprintf(out, "  %s\n", n)
		}
		for _, w := range f.Warnings {
			fmt.Fprintln(out, e.sprintf("  warning: %s", w))
		}
		for _, g := range f.Geocoded {
			fmt.Fprintln(out, e.sprintf("  geocoded %s", g))
		}
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(out, e.sprintf("warning: %s", w))
	}
	if c := rep.Caseload; c != nil {
		fmt.Fprintln(out, e.sprintf("caseload: now the %d client profiles in %s", c.Clients, c.To))
	}
	t := rep.Total
	fmt.Fprintln(out, e.sprintf("total: %d files, %d imported, %d updated, %d unchanged, %d skipped, %d failed",
		len(rep.Files), t.Added, t.Updated, t.Unchanged, t.Skipped, t.Failed))
}

func kindCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
