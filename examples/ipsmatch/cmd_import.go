package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/employer/csvimport"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

func init() {
	register(command{name: "import",
		usage: "import --into INDEX [--format auto|jsonld|html|csv-employers|csv-vacancies|csv-contacts|jsonl-employers|jsonl-vacancies|jsonl-contacts|jsonl-placements] [--sep ,|;|tab] [--headers 'Theirs=ours,...'] [--verbose] [--json] FILE|DIR...",
		run:   runImport})
}

// Import formats. Auto picks one from the file's extension and, for CSV and
// JSON Lines, from its name (employers, vacancies, contacts, placements).
var importFormats = []string{"auto", "jsonld", "html", "csv-employers", "csv-vacancies", "csv-contacts",
	"jsonl-employers", "jsonl-vacancies", "jsonl-contacts", "jsonl-placements"}

// fileSummary is what importing one file did.
type fileSummary struct {
	File      string `json:"file"`
	Format    string `json:"format"`
	Added     int    `json:"imported"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Skipped   int    `json:"skipped"`
	// SkipReasons are "#n: reason" per skipped posting.
	SkipReasons []string `json:"skip_reasons,omitempty"`
	// Unmapped and Flags count the JSON-LD notes per kind (the property
	// named before the first ':').
	Unmapped map[string]int `json:"unmapped,omitempty"`
	Flags    map[string]int `json:"flags,omitempty"`
	Error    string         `json:"error,omitempty"`
}

type importSummary struct {
	Files []fileSummary `json:"files"`
	Total struct {
		Added     int `json:"imported"`
		Updated   int `json:"updated"`
		Unchanged int `json:"unchanged"`
		Skipped   int `json:"skipped"`
		Failed    int `json:"failed"`
	} `json:"total"`
}

// importer holds what every file of one run writes to.
type importer struct {
	e       *env
	dir     string
	ix      *index.Index
	j       *journal.Journal // opened on the first contacts or placements file
	csv     csvimport.Options
	today   employer.Date
	verbose bool
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import")
	into := fs.String("into", "", "index folder to import into (created when absent)")
	format := fs.String("format", "auto", "file format: "+strings.Join(importFormats, ", "))
	sep := fs.String("sep", "", "CSV separator: ',' ';' or 'tab' (default: found from the header line)")
	headers := fs.String("headers", "", "map the spreadsheet's column names to the documented ones: 'Azienda=name,Settore=sector_code'")
	verbose := fs.Bool("verbose", false, "list every JSON-LD property that could not be mapped, per posting")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *into == "" || fs.NArg() == 0 {
		return usageErr("--into and at least one FILE or DIR are required")
	}
	if !slices.Contains(importFormats, *format) {
		return usageErr("--format %q: want one of %s", *format, strings.Join(importFormats, ", "))
	}
	im := &importer{e: e, dir: *into, today: civil.Of(time.Now()), verbose: *verbose}
	var err error
	if im.csv, err = csvOptions(*sep, *headers, im.today); err != nil {
		return err
	}
	files, err := importFiles(fs.Args(), *format)
	if err != nil {
		return err
	}
	if im.ix, err = index.Open(ctx, index.Options{Path: *into, InferSkills: true}); err != nil {
		return err
	}
	defer im.ix.Close()
	defer func() {
		if im.j != nil {
			_ = im.j.Close()
		}
	}()

	sum, err := im.all(ctx, files)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := writeJSON(e.stdout, sum); err != nil {
			return err
		}
	} else {
		printImport(e, sum)
	}
	if sum.Total.Failed > 0 {
		return fmt.Errorf("%d of %d files failed; nothing was written from them", sum.Total.Failed, len(files))
	}
	return nil
}

// all imports files in order, one batch each, with a progress bar on a
// terminal; a failed file is reported and the next one imported.
func (im *importer) all(ctx context.Context, files []importFile) (importSummary, error) {
	var sum importSummary
	var pr *progress
	if im.e.isTerminal {
		pr = newProgress(im.e, "importing", len(files))
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		fsum := im.file(ctx, f.path, f.format)
		if fsum.Error != "" {
			fmt.Fprintf(im.e.stderr, "failed %s\n", fsum.Error)
			sum.Total.Failed++
		}
		sum.Files = append(sum.Files, fsum)
		sum.Total.Added += fsum.Added
		sum.Total.Updated += fsum.Updated
		sum.Total.Unchanged += fsum.Unchanged
		sum.Total.Skipped += fsum.Skipped
		if pr != nil {
			pr.add(1)
		}
	}
	if pr != nil {
		pr.finish()
	}
	return sum, nil
}

func csvOptions(sep, headers string, today employer.Date) (csvimport.Options, error) {
	opt := csvimport.Options{Today: today}
	switch sep {
	case "":
	case ",", ";":
		opt.Comma = rune(sep[0])
	case "tab", `\t`, "\t":
		opt.Comma = '\t'
	default:
		return opt, usageErr("--sep %q: want ',' ';' or 'tab'", sep)
	}
	if headers == "" {
		return opt, nil
	}
	opt.Headers = map[string]string{}
	for _, pair := range strings.Split(headers, ",") {
		theirs, ours, ok := strings.Cut(pair, "=")
		if !ok || strings.TrimSpace(theirs) == "" || strings.TrimSpace(ours) == "" {
			return opt, usageErr("--headers: %q is not Theirs=ours", pair)
		}
		opt.Headers[strings.TrimSpace(theirs)] = strings.TrimSpace(ours)
	}
	return opt, nil
}

func printImport(e *env, sum importSummary) {
	for _, f := range sum.Files {
		if f.Error != "" {
			fmt.Fprintf(e.stdout, "%s (%s): failed, nothing written\n", f.File, f.Format)
			continue
		}
		fmt.Fprintf(e.stdout, "%s (%s): %d imported, %d updated, %d unchanged, %d skipped\n",
			f.File, f.Format, f.Added, f.Updated, f.Unchanged, f.Skipped)
		for _, r := range f.SkipReasons {
			fmt.Fprintf(e.stdout, "  skipped %s\n", r)
		}
		if len(f.Unmapped) > 0 {
			fmt.Fprintf(e.stdout, "  not mapped: %s\n", kindCounts(f.Unmapped))
		}
		if len(f.Flags) > 0 {
			fmt.Fprintf(e.stdout, "  flags: %s\n", kindCounts(f.Flags))
		}
	}
	t := sum.Total
	fmt.Fprintf(e.stdout, "total: %d files, %d imported, %d updated, %d unchanged, %d skipped, %d failed\n",
		len(sum.Files), t.Added, t.Updated, t.Unchanged, t.Skipped, t.Failed)
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
