package workspace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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

// importFile imports one file as one batch; on any error nothing from the
// file is written.
func (w *Workspace) importFile(ctx context.Context, f importFile, opt *FileOptions) FileReport {
	r := FileReport{File: f.path, Format: f.format, Kind: f.kind}
	data, err := os.ReadFile(f.path)
	if err == nil {
		switch family(f.format) {
		case "jsonld", "html":
			err = w.jsonLD(ctx, &r, data, opt.Verbose, opt.Geocoder)
		case "csv":
			err = w.csvFile(ctx, &r, data, opt.CSV, opt.Geocoder)
		case "jsonl":
			err = w.jsonl(ctx, &r, data, opt.Geocoder)
		}
	}
	if err != nil {
		r.Err, r.Error = err, err.Error()
		if !strings.Contains(r.Error, f.path) {
			r.Error = f.path + ": " + r.Error
		}
	}
	return r
}

func (w *Workspace) jsonLD(ctx context.Context, r *FileReport, data []byte, verbose bool, g geocode.Geocoder) error {
	recs, skipped, err := jobposting.Decode(data, r.File, jobposting.Options{})
	if err != nil {
		return err
	}
	for _, sk := range skipped {
		r.Skipped++
		r.SkipReasons = append(r.SkipReasons, fmt.Sprintf("#%d: %s", sk.Index+1, sk.Reason))
	}
	b := index.Batch{Source: r.File}
	seen := map[string]bool{}
	kept := 0
	for _, rec := range recs {
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
				continue
			}
			b.Employers = append(b.Employers, *emp)
		}
	}
	if err := w.locateBatch(ctx, r, &b, g); err != nil {
		return err
	}
	st, err := w.Index.Apply(ctx, b)
	if err != nil {
		return err
	}
	r.addStats(st)
	r.Unchanged += kept
	return nil
}

func (w *Workspace) csvFile(ctx context.Context, r *FileReport, data []byte, opt csvimport.Options, g geocode.Geocoder) error {
	if opt.Today.IsZero() {
		opt.Today = w.Today
	}
	rd := bytes.NewReader(data)
	switch r.Format {
	case "csv-employers":
		emps, err := csvimport.ReadEmployers(rd, r.File, opt)
		if err != nil {
			return err
		}
		return w.apply(ctx, r, index.Batch{Employers: emps, Source: r.File}, g)
	case "csv-vacancies":
		vacs, err := csvimport.ReadVacancies(rd, r.File, opt)
		if err != nil {
			return err
		}
		return w.apply(ctx, r, index.Batch{Vacancies: vacs, Source: r.File}, g)
	}
	cs, err := csvimport.ReadContacts(rd, r.File, opt)
	if err != nil {
		return err
	}
	return w.contacts(ctx, r, cs)
}

func (w *Workspace) jsonl(ctx context.Context, r *FileReport, data []byte, g geocode.Geocoder) error {
	rd := bytes.NewReader(data)
	var er employer.Reader
	defer func() {
		for _, wn := range er.Warnings {
			r.Warnings = append(r.Warnings, wn.String())
		}
	}()
	switch r.Format {
	case "jsonl-specialists":
		ss, err := store.ReadSpecialists(rd, r.File)
		if err != nil {
			return err
		}
		n, err := w.Store.AddSpecialists(ctx, ss...)
		r.Added, r.Unchanged = n, len(ss)-n
		return err
	case "jsonl-employers":
		emps, err := er.Employers(rd, r.File)
		if err != nil {
			return err
		}
		return w.apply(ctx, r, index.Batch{Employers: emps, Source: r.File}, g)
	case "jsonl-vacancies":
		vacs, err := er.Vacancies(rd, r.File)
		if err != nil {
			return err
		}
		return w.apply(ctx, r, index.Batch{Vacancies: vacs, Source: r.File}, g)
	case "jsonl-contacts":
		cs, err := er.Contacts(rd, r.File)
		if err != nil {
			return err
		}
		return w.contacts(ctx, r, cs)
	}
	ps, err := er.Placements(rd, r.File)
	if err != nil {
		return err
	}
	if former := w.Recorder.FormerClients(ps...); len(former) > 0 {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%d placements name clients who are not in the caseload (%s): recorded as former clients' jobs; check the ids if they are current clients",
			len(former), strings.Join(former, ", ")))
	}
	n, err := w.Recorder.AddPlacements(ctx, ps...)
	r.Added, r.Unchanged = n, len(ps)-n
	return err
}

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

func (w *Workspace) contacts(ctx context.Context, r *FileReport, cs []employer.Contact) error {
	n, err := w.Recorder.AddContacts(ctx, cs...)
	r.Added, r.Unchanged = n, len(cs)-n
	return err
}
