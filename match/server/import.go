package server

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/employer/csvimport"
	"github.com/ipsmatch/ipsmatch/employer/jobposting"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// POST /v1/import takes one file as the raw request body, what `ipsmatch
// import` takes from disk: the body is written to a file of its own under
// the system's temporary folder (removed afterwards) and imported with
// workspace.ImportFiles, so an upload is checked, batched and gated
// exactly as a file on disk is; contacts and placements pass the
// Recorder's disclosure gate. The answer names the file by the name the
// request gave, never by where it was kept.
//
// Roles: a supervisor (who loads the team's spreadsheets) and an
// integration; a specialist records contacts one batch at a time, never
// the team's files wholesale.

// importTypes are the Content-Types the route reads.
var importTypes = []string{"application/ld+json", "application/json", "text/html", "text/csv", "application/x-ndjson", "application/octet-stream"}

// familyTypes are the Content-Types that go with each family of formats;
// application/octet-stream goes with every one.
var familyTypes = map[string][]string{
	"jsonld": {"application/ld+json", "application/json"},
	"html":   {"text/html"},
	"csv":    {"text/csv"},
	"jsonl":  {"application/x-ndjson"},
}

// familyExt is each family's file extension, for a file sent without a
// name; extFamily is the other way round, for one sent with a name.
var (
	familyExt = map[string]string{"jsonld": ".jsonld", "html": ".html", "csv": ".csv", "jsonl": ".jsonl"}
	extFamily = map[string]string{".json": "jsonld", ".jsonld": "jsonld", ".html": "html", ".htm": "html", ".csv": "csv", ".jsonl": "jsonl"}
)

// maxNameLen bounds the name a file is reported by.
const maxNameLen = 200

var importQuery = []param{
	{"format", "string", "the file's format: " + strings.Join(workspace.Formats[1:], ", ") + "; default auto, which needs name"},
	{"name", "string", "the file's name, shown in the report; with format auto (the default) its extension and words tell the format, as for a file on disk (employers, vacancies, contacts, placements, specialists)"},
	{"sep", "string", "CSV separator: , ; or tab (default: found from the header line)"},
	{"headers", "string", "map a spreadsheet's column names to the documented ones: Azienda=name,Settore=sector_code"},
	{"verbose", "boolean", "list every JSON-LD property that could not be mapped, per posting"},
}

func (s *Server) importFile(r *http.Request, p *who) (any, error) {
	q := r.URL.Query()
	format, name, err := importFormat(q.Get("format"), q.Get("name"))
	if err != nil {
		return nil, err
	}
	if err := importContentType(r.Header.Get("Content-Type"), format, name); err != nil {
		return nil, err
	}
	opt := workspace.FileOptions{Format: format, ImportOptions: workspace.ImportOptions{Geocoder: s.opt.Geocoder}}
	if opt.CSV, err = csvOptionsOf(q.Get("sep"), q.Get("headers"), s.today()); err != nil {
		return nil, err
	}
	switch v := q.Get("verbose"); v {
	case "", "false":
	case "true":
		opt.Verbose = true
	default:
		return nil, badField("verbose", "want true or false")
	}
	dir, err := os.MkdirTemp("", "ipsmatch-import-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, name)
	if err := spool(r.Body, path); err != nil {
		return nil, err
	}
	note(r.Context(), "format", format)
	// Only now, with the file whole on disk, does the import wait for a
	// caseload change under way, or hold one up.
	s.mu.RLock()
	rep, err := s.ws.ImportFiles(r.Context(), []string{path}, opt)
	s.mu.RUnlock()
	if err != nil {
		if errors.Is(err, workspace.ErrFormat) {
			return nil, badField("format", "%s", strings.ReplaceAll(err.Error(), path, name))
		}
		return nil, renamed(err, path, name)
	}
	renameReport(&rep, path, name)
	for _, f := range rep.Files {
		if f.Error != "" {
			return nil, fileRefused(renamed(f.Err, path, name))
		}
	}
	note(r.Context(), "added", rep.Total.Added, "updated", rep.Total.Updated, "skipped", rep.Total.Skipped)
	return rep, nil
}

// importFormat checks the format and the name a file is sent with, and
// returns the name to keep it under.
func importFormat(format, name string) (string, string, error) {
	if format == "" {
		format = "auto"
	}
	if !slices.Contains(workspace.Formats, format) {
		return "", "", badField("format", "want one of %s", strings.Join(workspace.Formats, ", "))
	}
	if name == "" {
		if format == "auto" {
			return "", "", badField("format", "give the file's format, or its name (name) to tell the format from")
		}
		fam, _, _ := strings.Cut(format, "-")
		return format, "upload" + familyExt[fam], nil
	}
	if len(name) > maxNameLen || !utf8.ValidString(name) || name == "." || name == ".." ||
		strings.ContainsAny(name, `/\`) || strings.ContainsFunc(name, unicode.IsControl) {
		return "", "", badField("name", "want a file name of at most %d characters, without folders or control characters", maxNameLen)
	}
	return format, name, nil
}

// importContentType checks the body's Content-Type against the route's
// and the format's.
func importContentType(ct, format, name string) error {
	mt := mediaType(ct)
	if !slices.Contains(importTypes, mt) {
		return fmt.Errorf("%w: send the file as one of %s", ErrUnsupportedType, strings.Join(importTypes, ", "))
	}
	fam, _, _ := strings.Cut(format, "-")
	if format == "auto" {
		fam = extFamily[strings.ToLower(filepath.Ext(name))]
	}
	if mt == "application/octet-stream" || fam == "" || slices.Contains(familyTypes[fam], mt) {
		return nil
	}
	return fmt.Errorf("%w: a %s file goes as %s or application/octet-stream, not %s",
		ErrUnsupportedType, fam, strings.Join(familyTypes[fam], " or "), mt)
}

// csvOptionsOf reads the sep and headers parameters as the CLI reads
// --sep and --headers.
func csvOptionsOf(sep, headers string, today employer.Date) (csvimport.Options, error) {
	opt := csvimport.Options{Today: today}
	var err error
	if opt.Comma, err = csvimport.ParseSeparator(sep); err != nil {
		return opt, badField("sep", "want , ; or tab")
	}
	if opt.Headers, err = csvimport.ParseHeaders(headers); err != nil {
		_, detail, _ := strings.Cut(err.Error(), ": ")
		return opt, badField("headers", "%s", detail)
	}
	return opt, nil
}

// spool writes a request body to path; a body over the limit, or an empty
// one, is a 400 and leaves nothing to import.
func spool(body io.Reader, path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	n, err := io.Copy(f, body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb):
		return fmt.Errorf("%w: the file is over the limit of %d bytes; nothing was imported", ErrBadRequest, mb.Limit)
	case err != nil:
		return fmt.Errorf("%w: reading the file: %v", ErrBadRequest, err)
	case n == 0:
		return fmt.Errorf("%w: the body is empty; send the file's bytes", ErrBadRequest)
	}
	return nil
}

// renameReport names the file by name wherever the report says where it
// was kept.
func renameReport(rep *workspace.Report, path, name string) {
	re := func(ss []string) {
		for i := range ss {
			ss[i] = strings.ReplaceAll(ss[i], path, name)
		}
	}
	for i := range rep.Files {
		f := &rep.Files[i]
		f.File = strings.ReplaceAll(f.File, path, name)
		f.Error = strings.ReplaceAll(f.Error, path, name)
		re(f.SkipReasons)
		re(f.Notes)
		re(f.Warnings)
	}
	re(rep.Warnings)
}

// renamedError is an error whose message names the file by the name the
// request gave; errors.Is and errors.As still see the error behind it.
type renamedError struct {
	msg string
	err error
}

func (e *renamedError) Error() string { return e.msg }
func (e *renamedError) Unwrap() error { return e.err }

func renamed(err error, path, name string) error {
	if err == nil {
		return nil
	}
	return &renamedError{msg: strings.ReplaceAll(err.Error(), path, name), err: err}
}

// fileRefused makes an error that refused a file a 422 (the file holds
// what the library does not accept) unless it already has a status of
// its own: a disclosure refusal, a conflict, a bad field.
func fileRefused(err error) error {
	if statusOf(err) != http.StatusInternalServerError {
		return err
	}
	for _, bad := range []error{employer.ErrMalformed, employer.ErrInvalidUTF8, employer.ErrTooLarge, employer.ErrTooDeep,
		employer.ErrRequired, employer.ErrUnknownField, employer.ErrUnknownValue, employer.ErrDuplicateID,
		jobposting.ErrNoJobPosting, jobposting.ErrMalformedJSONLD} {
		if errors.Is(err, bad) {
			return fmt.Errorf("%w: %w", errFileRefused, err)
		}
	}
	return err
}
