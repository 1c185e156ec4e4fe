package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/employer/csvimport"
	"github.com/ipsmatch/ipsmatch/employer/jobposting"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// formatExts are the extensions a folder is searched for, per format family.
var formatExts = map[string][]string{"jsonld": {".json", ".jsonld"}, "html": {".html", ".htm"}, "csv": {".csv"}, "jsonl": {".jsonl"}}

type importFile struct{ path, format string }

// importFiles lists the files to import, a folder's (not recursively, by
// name), each with its format.
func importFiles(args []string, format string) ([]importFile, error) {
	var out []importFile
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		if !st.IsDir() {
			f, err := fileFormat(a, format)
			if err != nil {
				return nil, err
			}
			out = append(out, importFile{a, f})
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		n := len(out)
		for _, de := range ents {
			if de.IsDir() || !importable(de.Name(), format) {
				continue
			}
			p := filepath.Join(a, de.Name())
			f, err := fileFormat(p, format)
			if err != nil {
				return nil, err
			}
			out = append(out, importFile{p, f})
		}
		if len(out) == n {
			return nil, fmt.Errorf("import: %s holds no .json, .jsonld, .html, .htm, .csv or .jsonl file", a)
		}
	}
	return out, nil
}

func formatFamily(format string) string {
	f, _, _ := strings.Cut(format, "-")
	return f
}

func importable(name, format string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if format != "auto" {
		return slices.Contains(formatExts[formatFamily(format)], ext)
	}
	for _, exts := range formatExts {
		if slices.Contains(exts, ext) {
			return true
		}
	}
	return false
}

// kindWords tell a spreadsheet's or JSON Lines file's kind by its name, in
// English and Italian.
var kindWords = []struct{ kind, word string }{
	{"employers", "employer"}, {"employers", "aziend"},
	{"vacancies", "vacanc"}, {"vacancies", "offert"}, {"vacancies", "annunc"},
	{"contacts", "contact"}, {"contacts", "contatt"},
	{"placements", "placement"}, {"placements", "inseriment"},
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
			if strings.Contains(base, k.word) && (ext == ".jsonl" || k.kind != "placements") {
				return ext[1:] + "-" + k.kind, nil
			}
		}
		return "", usageErr("cannot tell what %s holds from its name: put employers, vacancies or contacts in the name, or give --format", path)
	}
	return "", usageErr("%s: unknown extension; give --format", path)
}

// file imports one file as one batch and reports what it did; on any error
// nothing from the file is written.
func (im *importer) file(ctx context.Context, path, format string) fileSummary {
	s := fileSummary{File: path, Format: format}
	data, err := os.ReadFile(path)
	if err == nil {
		switch formatFamily(format) {
		case "jsonld", "html":
			err = im.jsonLD(ctx, &s, data)
		case "csv":
			err = im.csvFile(ctx, &s, data)
		case "jsonl":
			err = im.jsonl(ctx, &s, data)
		}
	}
	if err != nil {
		s.Error = err.Error()
		if !strings.Contains(s.Error, path) {
			s.Error = path + ": " + s.Error
		}
		s.Added, s.Updated, s.Unchanged, s.Skipped = 0, 0, 0, 0
	}
	return s
}

func (im *importer) jsonLD(ctx context.Context, s *fileSummary, data []byte) error {
	recs, skipped, err := jobposting.Decode(data, s.File, jobposting.Options{})
	if err != nil {
		return err
	}
	for _, sk := range skipped {
		s.Skipped++
		s.SkipReasons = append(s.SkipReasons, fmt.Sprintf("#%d: %s", sk.Index+1, sk.Reason))
		fmt.Fprintf(im.e.stderr, "skipped %s #%d: %s\n", s.File, sk.Index+1, sk.Reason)
	}
	var b index.Batch
	b.Source = s.File
	seen := map[string]bool{}
	kept := 0
	for _, r := range recs {
		b.Vacancies = append(b.Vacancies, r.Vacancy)
		s.Unmapped = countKinds(s.Unmapped, r.Unmapped)
		s.Flags = countKinds(s.Flags, r.Flags)
		if im.verbose {
			for _, u := range r.Unmapped {
				fmt.Fprintf(im.e.stdout, "  %s %s: unmapped %s\n", s.File, r.Vacancy.ID, u)
			}
			for _, f := range r.Flags {
				fmt.Fprintf(im.e.stdout, "  %s %s: flag %s\n", s.File, r.Vacancy.ID, f)
			}
		}
		// A posting's organisation says less than what the team recorded:
		// an employer already in the index is never overwritten.
		if emp := r.Employer; emp != nil && !seen[emp.ID] {
			seen[emp.ID] = true
			if _, ok := im.ix.Employer(emp.ID); ok {
				kept++
				continue
			}
			b.Employers = append(b.Employers, *emp)
		}
	}
	st, err := im.ix.Apply(ctx, b)
	if err != nil {
		return err
	}
	s.addStats(st)
	s.Unchanged += kept
	return nil
}

// countKinds adds notes to counts by kind: the property named before the
// first ':', '.' or '['.
func countKinds(counts map[string]int, notes []string) map[string]int {
	for _, n := range notes {
		k, _, _ := strings.Cut(n, ":")
		if i := strings.IndexAny(k, ".["); i > 0 {
			k = k[:i]
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[strings.TrimSpace(k)]++
	}
	return counts
}

func (s *fileSummary) addStats(st index.Stats) {
	s.Added += st.EmployersAdded + st.VacanciesAdded
	s.Updated += st.EmployersUpdated + st.VacanciesUpdated
	s.Unchanged += st.EmployersUnchanged + st.VacanciesUnchanged
}

func (im *importer) csvFile(ctx context.Context, s *fileSummary, data []byte) error {
	r := bytes.NewReader(data)
	switch s.Format {
	case "csv-employers":
		emps, err := csvimport.ReadEmployers(r, s.File, im.csv)
		if err != nil {
			return err
		}
		return im.apply(ctx, s, index.Batch{Employers: emps, Source: s.File})
	case "csv-vacancies":
		vacs, err := csvimport.ReadVacancies(r, s.File, im.csv)
		if err != nil {
			return err
		}
		return im.apply(ctx, s, index.Batch{Vacancies: vacs, Source: s.File})
	default:
		cs, err := csvimport.ReadContacts(r, s.File, im.csv)
		if err != nil {
			return err
		}
		return im.contacts(ctx, s, cs)
	}
}

func (im *importer) jsonl(ctx context.Context, s *fileSummary, data []byte) error {
	r := bytes.NewReader(data)
	switch s.Format {
	case "jsonl-employers":
		emps, err := employer.ReadEmployers(r, s.File)
		if err != nil {
			return err
		}
		return im.apply(ctx, s, index.Batch{Employers: emps, Source: s.File})
	case "jsonl-vacancies":
		vacs, err := employer.ReadVacancies(r, s.File)
		if err != nil {
			return err
		}
		return im.apply(ctx, s, index.Batch{Vacancies: vacs, Source: s.File})
	case "jsonl-contacts":
		cs, err := employer.ReadContacts(r, s.File)
		if err != nil {
			return err
		}
		return im.contacts(ctx, s, cs)
	default:
		ps, err := employer.ReadPlacements(r, s.File)
		if err != nil {
			return err
		}
		return im.placements(ctx, s, ps)
	}
}

func (im *importer) apply(ctx context.Context, s *fileSummary, b index.Batch) error {
	st, err := im.ix.Apply(ctx, b)
	if err == nil {
		s.addStats(st)
	}
	return err
}

// history opens the index's journal and caseload for contacts and
// placements.
func (im *importer) history() (*journal.Journal, []preference.Profile, error) {
	clients, err := loadClients(filepath.Join(im.dir, "clients"))
	if err != nil {
		return nil, nil, err
	}
	if im.j == nil {
		if im.j, err = journal.Open(filepath.Join(im.dir, "journal")); err != nil {
			return nil, nil, err
		}
	}
	return im.j, clients, nil
}

// contacts records a file's contacts together, after the same checks as
// match.RecordContact (the employer is known, the day has come, the
// client's disclosure choice allows it) for every one of them.
func (im *importer) contacts(ctx context.Context, s *fileSummary, cs []employer.Contact) error {
	j, clients, err := im.history()
	if err != nil {
		return err
	}
	for _, c := range cs {
		if err := im.knownEmployer(c.ID, c.EmployerID); err != nil {
			return err
		}
		if day := c.Day(); day.After(im.today) {
			return &employer.FieldError{Record: c.ID, Field: "date", Err: fmt.Errorf("%w: %s is after today", match.ErrFutureDate, day)}
		}
		if c.ClientID == "" {
			continue
		}
		p, err := caseloadClient(clients, c.ID, c.ClientID)
		if err != nil {
			return err
		}
		if err := match.ContactAllowed(p.Disclosure, c.Purpose, c.ByClient); err != nil {
			return &employer.FieldError{Record: c.ID, Field: "client_id", Err: err}
		}
	}
	if err := rosterOf(ctx, j, cs); err != nil {
		return err
	}
	n, err := j.AddContacts(ctx, cs...)
	if err == nil {
		s.Added, s.Unchanged = n, len(cs)-n
	}
	return err
}

func (im *importer) placements(ctx context.Context, s *fileSummary, ps []employer.Placement) error {
	j, clients, err := im.history()
	if err != nil {
		return err
	}
	for _, p := range ps {
		if err := im.knownEmployer(p.ID, p.EmployerID); err != nil {
			return err
		}
		if _, err := caseloadClient(clients, p.ID, p.ClientID); err != nil {
			return err
		}
	}
	n, err := j.AddPlacements(ctx, ps...)
	if err == nil {
		s.Added, s.Unchanged = n, len(ps)-n
	}
	return err
}

func (im *importer) knownEmployer(record, id string) error {
	if _, ok := im.ix.Employer(id); ok {
		return nil
	}
	return &employer.FieldError{Record: record, Field: "employer_id",
		Err: fmt.Errorf("%w: %q is not in the index; import the employers first", match.ErrUnknownEmployer, id)}
}

func caseloadClient(clients []preference.Profile, record, id string) (preference.Profile, error) {
	for _, p := range clients {
		if p.ID == id {
			return p, nil
		}
	}
	return preference.Profile{}, &employer.FieldError{Record: record, Field: "client_id",
		Err: fmt.Errorf("%w: %q has no profile in the index's clients folder", match.ErrUnknownClient, id)}
}
