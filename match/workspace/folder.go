package workspace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/samber/lo"
)

// The files of a data folder, in the order they are written: what a file
// names must exist before it.
const (
	SpecialistsFile = "specialists.jsonl"
	EmployersFile   = "employers.jsonl"
	VacanciesFile   = "vacancies.jsonl"
	ContactsFile    = "contacts.jsonl"
	PlacementsFile  = "placements.jsonl"
)

// BatchSize is how many employers or vacancies go into one index batch:
// several of the index's parts (index.MaxPart), so that each part's
// vacancies are prepared while the part before is written, and few enough
// for steady progress. Each part of a batch is all or nothing.
const BatchSize = 5 * index.MaxPart

// ImportOptions tune an import. The zero value works.
type ImportOptions struct {
	// Progress, when not nil, is told how many records of total have been
	// written, as the import goes.
	Progress func(done, total int)
	// Verbose lists every unmapped JSON-LD property and flag per posting
	// in FileReport.Notes.
	Verbose bool
	// Geocoder, when not nil, fills the coordinates of employers and
	// vacancies that give only an address (FileReport.Geocoded).
	Geocoder geocode.Geocoder
}

// folder is a data folder read and checked, ready to write.
type folder struct {
	specialists []store.Specialist
	emps        []employer.Employer
	vacs        []employer.Vacancy
	contacts    []employer.Contact
	placements  []employer.Placement
	files       map[string]string // kind -> file name, for the report
	warnings    []employer.Warning
	geocoded    map[string][]GeocodeOutcome
}

// ImportFolder imports a data folder into the workspace's index folder:
// specialists.jsonl (the roster), employers.jsonl, vacancies.jsonl,
// contacts.jsonl and placements.jsonl, each optional, in that order. The
// whole folder is read and checked first, contacts through the same
// disclosure gate as every other path, so a bad record anywhere stops the
// import before anything is written. The folder's clients/ is the caseload:
// an index with none takes it (reported in Report.Caseload); an index that
// serves another caseload refuses (ErrCaseloadMismatch). Re-importing the
// same folder changes nothing.
func (w *Workspace) ImportFolder(ctx context.Context, dir string, opt ImportOptions) (Report, error) {
	if err := w.writable(); err != nil {
		return Report{}, err
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return Report{}, fmt.Errorf("data folder %s: not found", dir)
	}
	var change *CaseloadChange
	if w.opt.Index != "" {
		var err error
		if change, err = w.adoptCaseload(filepath.Join(dir, clientsDir)); err != nil {
			return Report{}, err
		}
	}
	rep, err := w.importFolder(ctx, os.DirFS(dir), dir, &opt)
	rep.Caseload = change
	return rep, err
}

// adoptCaseload makes dir the index's caseload when it has none; a folder
// other than the one the index serves is an error. A data folder without
// profiles leaves the caseload as it is.
func (w *Workspace) adoptCaseload(dir string) (*CaseloadChange, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cl, err := LoadCaseload(abs)
	if err != nil {
		return nil, err
	}
	switch {
	case cl.Len() == 0 || abs == w.CaseloadDir:
		return nil, nil
	case w.CaseloadDir == "":
		ch, err := w.SetCaseload(abs)
		return &ch, err
	}
	return nil, fmt.Errorf("%w: the index serves the caseload in %s, not %s; change it with: ipsmatch caseload set --index %s %s",
		ErrCaseloadMismatch, w.CaseloadDir, abs, w.opt.Index, dir)
}

// importFolder reads, checks, then writes a data folder.
func (w *Workspace) importFolder(ctx context.Context, fsys fs.FS, name string, opt *ImportOptions) (Report, error) {
	if opt == nil {
		opt = &ImportOptions{}
	}
	f, err := readFolder(fsys, name)
	if err != nil {
		return Report{}, err
	}
	var rep Report
	for _, wn := range f.warnings {
		rep.Warnings = append(rep.Warnings, wn.String())
	}
	eo, vo, err := w.locate(ctx, opt.Geocoder, f.emps, f.vacs)
	if err != nil {
		return Report{}, err
	}
	f.geocoded = map[string][]GeocodeOutcome{"employers": eo, "vacancies": vo}
	if err := w.check(ctx, f, &rep); err != nil {
		return Report{}, err
	}
	return rep, w.write(ctx, f, name, opt, &rep)
}

// readFolder reads and validates every file of a data folder.
func readFolder(fsys fs.FS, name string) (*folder, error) {
	f := &folder{files: map[string]string{}}
	var rd employer.Reader
	steps := []struct {
		file string
		read func(r io.Reader, file string) error
	}{
		{SpecialistsFile, func(r io.Reader, n string) (err error) { f.specialists, err = store.ReadSpecialists(r, n); return }},
		{EmployersFile, func(r io.Reader, n string) (err error) { f.emps, err = rd.Employers(r, n); return }},
		{VacanciesFile, func(r io.Reader, n string) (err error) { f.vacs, err = rd.Vacancies(r, n); return }},
		{ContactsFile, func(r io.Reader, n string) (err error) { f.contacts, err = rd.Contacts(r, n); return }},
		{PlacementsFile, func(r io.Reader, n string) (err error) { f.placements, err = rd.Placements(r, n); return }},
	}
	for _, s := range steps {
		b, err := fs.ReadFile(fsys, s.file)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		file := filepath.Join(name, s.file)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		if err := s.read(bytes.NewReader(b), file); err != nil {
			return nil, err
		}
		f.files[s.file] = file
	}
	f.warnings = rd.Warnings
	if f.emps == nil && f.vacs == nil && f.contacts == nil && f.placements == nil && f.specialists == nil {
		return nil, fmt.Errorf("data folder %s holds none of %s, %s, %s, %s, %s", name,
			SpecialistsFile, EmployersFile, VacanciesFile, ContactsFile, PlacementsFile)
	}
	return f, nil
}

// check runs every check the writes would run, against the index and
// store as they are plus what the folder adds, so nothing is written when
// anything would fail.
func (w *Workspace) check(ctx context.Context, f *folder, rep *Report) error {
	empIDs := lo.Map(f.emps, func(e employer.Employer, _ int) string { return e.ID })
	rec := w.Recorder.Expecting(empIDs, lo.Map(f.specialists, func(s store.Specialist, _ int) string { return s.ID }))
	if err := rec.CheckContacts(ctx, f.contacts...); err != nil {
		return err
	}
	if err := rec.CheckPlacements(ctx, f.placements...); err != nil {
		return err
	}
	if former := w.Recorder.FormerClients(f.placements...); len(former) > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: %d placements name clients who are not in the caseload (%s): recorded as former clients' jobs; check the ids if they are current clients",
			f.files[PlacementsFile], len(former), strings.Join(former, ", ")))
	}
	known := lo.SliceToMap(empIDs, func(id string) (string, bool) { return id, true })
	for _, v := range f.vacs {
		if _, ok := w.Index.Employer(v.EmployerID); v.EmployerID != "" && !ok && !known[v.EmployerID] {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: vacancy %q names employer %q, which is neither in the index nor in %s; it is shown as a job-board posting",
				f.files[VacanciesFile], v.ID, v.EmployerID, EmployersFile))
		}
	}
	return nil
}

// write stores a checked folder in dependency order.
func (w *Workspace) write(ctx context.Context, f *folder, name string, opt *ImportOptions, rep *Report) error {
	total := len(f.specialists) + len(f.emps) + len(f.vacs) + len(f.contacts) + len(f.placements)
	done := 0
	tick := func(n int) {
		done += n
		if opt.Progress != nil {
			opt.Progress(done, total)
		}
	}
	if f.specialists != nil {
		n, err := w.Store.AddSpecialists(ctx, f.specialists...)
		if err != nil {
			return err
		}
		rep.add(FileReport{File: f.files[SpecialistsFile], Format: "jsonl", Kind: "specialists", Added: n, Unchanged: len(f.specialists) - n})
		tick(len(f.specialists))
	}
	for _, part := range []struct {
		file, kind string
		batches    []index.Batch
	}{
		{EmployersFile, "employers", lo.Map(lo.Chunk(f.emps, BatchSize), func(e []employer.Employer, _ int) index.Batch {
			return index.Batch{Employers: e, Source: name}
		})},
		{VacanciesFile, "vacancies", lo.Map(lo.Chunk(f.vacs, BatchSize), func(v []employer.Vacancy, _ int) index.Batch {
			return index.Batch{Vacancies: v, Source: name}
		})},
	} {
		if len(part.batches) == 0 {
			continue
		}
		fr := FileReport{File: f.files[part.file], Format: "jsonl", Kind: part.kind, Geocoded: f.geocoded[part.kind]}
		for _, b := range part.batches {
			st, err := w.Index.Apply(ctx, b)
			if err != nil {
				return fmt.Errorf("%s: %w (the batches before this one were written; re-running the import finishes it)", fr.File, err)
			}
			fr.addStats(st)
			tick(len(b.Employers) + len(b.Vacancies))
		}
		rep.add(fr)
	}
	if f.contacts != nil {
		n, err := w.Recorder.AddContacts(ctx, f.contacts...)
		if err != nil {
			return err
		}
		rep.add(FileReport{File: f.files[ContactsFile], Format: "jsonl", Kind: "contacts", Added: n, Unchanged: len(f.contacts) - n})
		tick(len(f.contacts))
	}
	if f.placements != nil {
		n, err := w.Recorder.AddPlacements(ctx, f.placements...)
		if err != nil {
			return err
		}
		rep.add(FileReport{File: f.files[PlacementsFile], Format: "jsonl", Kind: "placements", Added: n, Unchanged: len(f.placements) - n})
		tick(len(f.placements))
	}
	return nil
}
