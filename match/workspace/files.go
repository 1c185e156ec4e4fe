package workspace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/employer/csvimport"
	"github.com/ipsmatch/ipsmatch/employer/jobposting"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// Formats ImportFiles reads. Auto picks one from the file's extension and,
// for CSV and JSON Lines, from its name (employers, vacancies, contacts,
// placements, specialists; in English or Italian).
var Formats = []string{"auto", "jsonld", "html", "csv-employers", "csv-vacancies", "csv-contacts",
	"jsonl-specialists", "jsonl-employers", "jsonl-vacancies", "jsonl-contacts", "jsonl-placements"}

// ErrFormat is returned when a file's format cannot be told or is unknown.
var ErrFormat = errors.New("ipsmatch workspace: unknown file format")

// FileOptions tune ImportFiles. The zero value detects formats and
// separators by itself.
type FileOptions struct {
	ImportOptions
	// Format is one of Formats; "" means auto.
	Format string
	// CSV configures spreadsheet reading (separator, header names).
	CSV csvimport.Options
}

// formatExts are the extensions a folder is searched for, per family.
var formatExts = map[string][]string{"jsonld": {".json", ".jsonld"}, "html": {".html", ".htm"}, "csv": {".csv"}, "jsonl": {".jsonl"}}

// kindWords tell a spreadsheet's or JSON Lines file's kind by its name.
var kindWords = []struct{ kind, word string }{
	{"specialists", "specialist"}, {"specialists", "operator"},
	{"employers", "employer"}, {"employers", "aziend"},
	{"vacancies", "vacanc"}, {"vacancies", "offert"}, {"vacancies", "annunc"},
	{"contacts", "contact"}, {"contacts", "contatt"},
	{"placements", "placement"}, {"placements", "inseriment"},
}

// kindOrder is the order files are written in: what a record names must
// be there before it.
var kindOrder = []string{"specialists", "employers", "vacancies", "contacts", "placements"}

type importFile struct{ path, format, kind string }

// ImportFiles imports files and folders (a folder's files, not
// recursively) into the workspace, in dependency order whatever the order
// given: the roster, employers, vacancies and postings, contacts, then
// placements. Each file is one batch: a file that fails writes nothing and
// is reported, and the next file is imported. Contacts and placements go
// through the Recorder, the same gate as every other path.
func (w *Workspace) ImportFiles(ctx context.Context, paths []string, opt FileOptions) (Report, error) {
	if err := w.writable(); err != nil {
		return Report{}, err
	}
	if opt.Format == "" {
		opt.Format = "auto"
	}
	if !slices.Contains(Formats, opt.Format) {
		return Report{}, fmt.Errorf("%w: %q (want one of %s)", ErrFormat, opt.Format, strings.Join(Formats, ", "))
	}
	files, err := listFiles(paths, opt.Format)
	if err != nil {
		return Report{}, err
	}
	slices.SortStableFunc(files, func(a, b importFile) int {
		return slices.Index(kindOrder, a.kind) - slices.Index(kindOrder, b.kind)
	})
	var rep Report
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		rep.add(w.importFile(ctx, f, &opt))
		if opt.Progress != nil {
			opt.Progress(i+1, len(files))
		}
	}
	return rep, nil
}

// listFiles lists the files to import, each with its format and kind.
func listFiles(args []string, format string) ([]importFile, error) {
	var out []importFile
	add := func(p string) error {
		f, err := fileFormat(p, format)
		if err == nil {
			out = append(out, importFile{p, f, kindOf(f)})
		}
		return err
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		if !st.IsDir() {
			if err := add(a); err != nil {
				return nil, err
			}
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		n := len(out)
		for _, de := range ents {
			if !de.IsDir() && importable(de.Name(), format) {
				if err := add(filepath.Join(a, de.Name())); err != nil {
					return nil, err
				}
			}
		}
		if len(out) == n {
			return nil, fmt.Errorf("import: %s holds no .json, .jsonld, .html, .htm, .csv or .jsonl file", a)
		}
	}
	return out, nil
}

func family(format string) string {
	f, _, _ := strings.Cut(format, "-")
	return f
}

// kindOf is what a format holds; postings are vacancies.
func kindOf(format string) string {
	if _, k, ok := strings.Cut(format, "-"); ok {
		return k
	}
	return "vacancies"
}

func importable(name, format string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if format != "auto" {
		return slices.Contains(formatExts[family(format)], ext)
	}
	for _, exts := range formatExts {
		if slices.Contains(exts, ext) {
			return true
		}
	}
	return false
}

func fileFormat(path, format string) (string, error) {
	if format != "auto" {
		return format, nil
	}
	base := strings.ToLower(filepath.Base(path))
	switch ext := filepath.Ext(base); ext {
	case ".json", ".jsonld":
		return "jsonld", nil
	case ".html", ".htm":
		return "html", nil
	case ".csv", ".jsonl":
		for _, k := range kindWords {
			f := ext[1:] + "-" + k.kind
			if strings.Contains(base, k.word) && slices.Contains(Formats, f) {
				return f, nil
			}
		}
		return "", fmt.Errorf("%w: cannot tell what %s holds from its name: put employers, vacancies, contacts, placements or specialists in the name, or give a format",
			ErrFormat, path)
	}
	return "", fmt.Errorf("%w: %s: unknown extension; give a format", ErrFormat, path)
}

// importFile imports one file: checked whole, then written in batches of
// at most index.MaxPart records, each all-or-nothing (see stream.go).
func (w *Workspace) importFile(ctx context.Context, f importFile, opt *FileOptions) FileReport {
	r := FileReport{File: f.path, Format: f.format, Kind: f.kind}
	var err error
	switch family(f.format) {
	case "jsonld", "html":
		err = w.jsonLD(ctx, &r, opt.Verbose, opt.Geocoder)
	case "csv":
		err = w.csvFile(ctx, &r, opt.CSV, opt.Geocoder)
	case "jsonl":
		err = w.jsonl(ctx, &r, opt.Geocoder)
	}
	if err != nil {
		r.Err, r.Error = err, err.Error()
		if !strings.Contains(r.Error, f.path) {
			r.Error = f.path + ": " + r.Error
		}
	}
	return r
}

// jsonLD imports postings. The file is read whole (the decoder needs the
// text twice when a posting names a node given after it), but vacancies
// are written as they are mapped, in batches.
func (w *Workspace) jsonLD(ctx context.Context, r *FileReport, verbose bool, g geocode.Geocoder) error {
	data, err := os.ReadFile(r.File)
	if err != nil {
		return err
	}
	b := index.Batch{Source: r.File}
	seen := map[string]bool{}
	kept := 0
	written := batcher[index.Batch]{} // counts what is written, for the error
	write := func() error {
		err := w.apply(ctx, r, b, g)
		if err == nil {
			written.written++
			written.records += len(b.Employers) + len(b.Vacancies)
		}
		b = index.Batch{Source: r.File}
		return err
	}
	sum, err := jobposting.DecodeEach(data, r.File, jobposting.Options{}, func(rec jobposting.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.Vacancies = append(b.Vacancies, rec.Vacancy)
		r.Unmapped = countKinds(r.Unmapped, rec.Unmapped)
		r.Flags = countKinds(r.Flags, rec.Flags)
		if verbose {
			for _, u := range rec.Unmapped {
				r.Notes = append(r.Notes, fmt.Sprintf("%s %s: unmapped %s", r.File, rec.Vacancy.ID, u))
			}
			for _, fl := range rec.Flags {
				r.Notes = append(r.Notes, fmt.Sprintf("%s %s: flag %s", r.File, rec.Vacancy.ID, fl))
			}
		}
		// A posting's organisation says less than what the team recorded:
		// an employer already in the index is never overwritten.
		if emp := rec.Employer; emp != nil && !seen[emp.ID] {
			seen[emp.ID] = true
			if _, ok := w.Index.Employer(emp.ID); ok {
				kept++
			} else {
				b.Employers = append(b.Employers, *emp)
			}
		}
		if len(b.Vacancies)+len(b.Employers) < partSize {
			return nil
		}
		return write()
	})
	if err == nil && len(b.Vacancies)+len(b.Employers) > 0 {
		err = write()
	}
	if err != nil {
		return written.failed(err)
	}
	for _, sk := range sum.Skipped {
		r.Skipped++
		r.SkipReasons = append(r.SkipReasons, fmt.Sprintf("#%d: %s", sk.Index+1, sk.Reason))
	}
	r.Unchanged += kept
	return nil
}

func (w *Workspace) csvFile(ctx context.Context, r *FileReport, opt csvimport.Options, g geocode.Geocoder) error {
	if opt.Today.IsZero() {
		opt.Today = w.Today
	}
	switch r.Format {
	case "csv-employers":
		return twoPass(ctx, r.File, func(rd io.Reader, fn func(employer.Employer) error) error {
			return csvimport.EachEmployer(rd, r.File, opt, fn)
		}, nil, func(es []employer.Employer) error {
			return w.apply(ctx, r, index.Batch{Employers: es, Source: r.File}, g)
		})
	case "csv-vacancies":
		return twoPass(ctx, r.File, func(rd io.Reader, fn func(employer.Vacancy) error) error {
			return csvimport.EachVacancy(rd, r.File, opt, fn)
		}, nil, func(vs []employer.Vacancy) error {
			return w.apply(ctx, r, index.Batch{Vacancies: vs, Source: r.File}, g)
		})
	}
	return w.contacts(ctx, r, func(rd io.Reader, fn func(employer.Contact) error) error {
		return csvimport.EachContact(rd, r.File, opt, fn)
	})
}

func (w *Workspace) jsonl(ctx context.Context, r *FileReport, g geocode.Geocoder) error {
	var er employer.Reader
	// Each pass reads the file; the warnings of one are enough.
	var warnings []employer.Warning
	keepWarnings := func() {
		if warnings == nil {
			warnings = er.Warnings
		}
		er.Warnings = nil
	}
	defer func() {
		keepWarnings()
		for _, wn := range warnings {
			r.Warnings = append(r.Warnings, wn.String())
		}
	}()
	switch r.Format {
	case "jsonl-specialists":
		f, err := os.Open(r.File)
		if err != nil {
			return err
		}
		defer f.Close()
		ss, err := store.ReadSpecialists(f, r.File)
		if err != nil {
			return err
		}
		n, err := w.Store.AddSpecialists(ctx, ss...)
		if err != nil {
			return err
		}
		r.Added, r.Unchanged, r.Batches = n, len(ss)-n, 1
		return nil
	case "jsonl-employers":
		return twoPass(ctx, r.File, func(rd io.Reader, fn func(employer.Employer) error) error {
			defer keepWarnings()
			return er.EachEmployer(rd, r.File, fn)
		}, nil, func(es []employer.Employer) error {
			return w.apply(ctx, r, index.Batch{Employers: es, Source: r.File}, g)
		})
	case "jsonl-vacancies":
		return twoPass(ctx, r.File, func(rd io.Reader, fn func(employer.Vacancy) error) error {
			defer keepWarnings()
			return er.EachVacancy(rd, r.File, fn)
		}, nil, func(vs []employer.Vacancy) error {
			return w.apply(ctx, r, index.Batch{Vacancies: vs, Source: r.File}, g)
		})
	case "jsonl-contacts":
		return w.contacts(ctx, r, func(rd io.Reader, fn func(employer.Contact) error) error {
			defer keepWarnings()
			return er.EachContact(rd, r.File, fn)
		})
	}
	return w.placements(ctx, r, func(rd io.Reader, fn func(employer.Placement) error) error {
		defer keepWarnings()
		return er.EachPlacement(rd, r.File, fn)
	})
}

// apply writes one batch to the index.
func (w *Workspace) apply(ctx context.Context, r *FileReport, b index.Batch, g geocode.Geocoder) error {
	if err := w.locateBatch(ctx, r, &b, g); err != nil {
		return err
	}
	known := map[string]bool{}
	for _, e := range b.Employers {
		known[e.ID] = true
	}
	for _, v := range b.Vacancies {
		if _, ok := w.Index.Employer(v.EmployerID); v.EmployerID != "" && !ok && !known[v.EmployerID] {
			r.Warnings = append(r.Warnings, fmt.Sprintf("vacancy %q names employer %q, which the index does not hold: it is shown as a job-board posting; import the employer to link them",
				v.ID, v.EmployerID))
		}
	}
	st, err := w.Index.Apply(ctx, b)
	if err == nil {
		r.addStats(st)
	}
	return err
}

// contacts records a file's contacts through the Recorder, which checks
// every one in the first pass, disclosure choice included, and again as
// it records each batch.
func (w *Workspace) contacts(ctx context.Context, r *FileReport, each eachFunc[employer.Contact]) error {
	return twoPass(ctx, r.File, each, func(cs []employer.Contact) error {
		return w.Recorder.CheckContacts(ctx, cs...)
	}, func(cs []employer.Contact) error {
		n, err := w.Recorder.AddContacts(ctx, cs...)
		if err == nil {
			r.Added, r.Unchanged, r.Batches = r.Added+n, r.Unchanged+len(cs)-n, r.Batches+1
		}
		return err
	})
}

// placements records a file's job starts through the Recorder, and warns
// of those naming clients who are not in the caseload.
func (w *Workspace) placements(ctx context.Context, r *FileReport, each eachFunc[employer.Placement]) error {
	former := map[string]bool{}
	err := twoPass(ctx, r.File, each, func(ps []employer.Placement) error {
		for _, id := range w.Recorder.FormerClients(ps...) {
			former[id] = true
		}
		return w.Recorder.CheckPlacements(ctx, ps...)
	}, func(ps []employer.Placement) error {
		n, err := w.Recorder.AddPlacements(ctx, ps...)
		if err == nil {
			r.Added, r.Unchanged, r.Batches = r.Added+n, r.Unchanged+len(ps)-n, r.Batches+1
		}
		return err
	})
	if len(former) > 0 {
		ids := slices.Sorted(maps.Keys(former))
		r.Warnings = append(r.Warnings, fmt.Sprintf("%d placements name clients who are not in the caseload (%s): recorded as former clients' jobs; check the ids if they are current clients",
			len(ids), strings.Join(ids, ", ")))
	}
	return err
}
