package workspace

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/pgstore"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/transit"
)

// Options say what to open. Give Index, or Data, or FS; the zero value is
// an error, since there is nothing to open.
type Options struct {
	// Index is a persistent index folder built by Import or `ipsmatch index`.
	Index string
	// Create lets Open create Index when it does not exist yet.
	Create bool
	// ReadOnly opens Index for reading: any number of readers may work
	// beside the one writer, each seeing the index as it was when opened
	// and the store as it is at each read. Writes return ErrReadOnly.
	ReadOnly bool
	// Data is a folder of data files (see ImportFolder) read into memory;
	// nothing is written to it.
	Data string
	// FS is a data folder as a file system, such as the demo town's
	// embedded files; Data, when set with it, names it in messages.
	FS fs.FS
	// StoreURL, when set, keeps the job-development log in PostgreSQL
	// (index/pgstore) instead of the index folder's journal: a connection
	// string such as postgres://ipsmatch@db.example/ipsmatch. Only with
	// Index. The CLI reads it from --store or IPSMATCH_STORE_URL.
	StoreURL string
	// Store, when not nil, is the job-development store to use instead of
	// the index folder's journal (or a memory journal for Data and FS). The
	// workspace does not close it.
	Store store.Store
	// IndexOptions are passed to index.Open; Path and ReadOnly are set
	// from the fields above.
	IndexOptions index.Options
	// Today pins the day records may not come after and the default day of
	// matches; zero means the current date.
	Today employer.Date
	// Logger receives progress and warnings; nil is silent.
	Logger *slog.Logger
	// Geocoder locates a client's home given as home_address when a
	// match needs it; nil means such a client cannot be matched on
	// commute.
	Geocoder geocode.Geocoder
	// Transit gives real public transport times from a GTFS feed; nil
	// keeps the speed model.
	Transit *transit.Planner
}

// Workspace is an opened index, store, caseload, engine and recording
// gate. Close it when done. Its parts are safe for concurrent use;
// SetCaseload replaces the caseload, engine and gate, so a caller that
// serves requests concurrently runs it alone (the server does).
type Workspace struct {
	Index    *index.Index
	Store    store.Store
	Engine   *match.Engine
	Caseload *match.Caseload
	// Recorder is nil for a read-only workspace.
	Recorder *match.Recorder
	// Today is Options.Today, or the day the workspace was opened.
	Today employer.Date
	// Dir is the index folder, or the data folder ("" for an FS without a
	// name); CaseloadDir is where the caseload's profiles are read.
	Dir, CaseloadDir string
	// Loaded reports what opening a data folder read into memory.
	Loaded *Report

	opt       Options
	ownsStore bool
}

// Open opens a workspace. An index folder that is not an ipsmatch index is
// ErrNotWorkspace unless Options.Create is set; a second writer gets the
// index's or the store's ErrLocked within about a second.
func Open(ctx context.Context, opt Options) (*Workspace, error) {
	w := &Workspace{opt: opt, Today: opt.Today}
	if w.Today.IsZero() {
		w.Today = civil.Of(time.Now())
	}
	var err error
	switch {
	case opt.Index != "" && (opt.Data != "" || opt.FS != nil):
		return nil, errors.New("ipsmatch workspace: give an index folder or a data folder, not both")
	case opt.StoreURL != "" && opt.Index == "":
		return nil, errors.New("ipsmatch workspace: a store URL goes with an index folder")
	case opt.Index != "":
		err = w.openIndex(ctx)
	case opt.Data != "" || opt.FS != nil:
		err = w.openData(ctx)
	default:
		return nil, errors.New("ipsmatch workspace: nothing to open: give an index folder or a data folder")
	}
	if err != nil {
		_ = w.Close()
		return nil, err
	}
	return w, nil
}

func (w *Workspace) openIndex(ctx context.Context) error {
	dir := w.opt.Index
	w.Dir = dir
	if !index.Exists(dir) {
		if w.opt.ReadOnly || !w.opt.Create {
			return fmt.Errorf("%w: %s is not an ipsmatch index; build one with: ipsmatch index --data DIR --index %s", ErrNotWorkspace, dir, dir)
		}
	}
	io := w.opt.IndexOptions
	io.Path, io.ReadOnly = dir, w.opt.ReadOnly
	if io.Logger == nil {
		io.Logger = w.opt.Logger
	}
	var err error
	if w.Index, err = index.Open(ctx, io); err != nil {
		return err
	}
	if err := w.openStore(func() (store.Store, error) {
		if w.opt.StoreURL != "" {
			return pgstore.Open(ctx, w.opt.StoreURL, pgstore.Options{Logger: w.opt.Logger})
		}
		jdir := filepath.Join(dir, JournalDir)
		if w.opt.ReadOnly {
			return journal.OpenReadOnly(jdir)
		}
		return journal.Open(jdir)
	}); err != nil {
		return err
	}
	if w.CaseloadDir, err = caseloadPath(dir); err != nil {
		return err
	}
	if w.Caseload, err = LoadCaseload(w.CaseloadDir); err != nil {
		return err
	}
	return w.build()
}

func (w *Workspace) openData(ctx context.Context) error {
	fsys, name := w.opt.FS, w.opt.Data
	if fsys == nil {
		if st, err := os.Stat(name); err != nil || !st.IsDir() {
			return fmt.Errorf("data folder %s: not found", name)
		}
		fsys = os.DirFS(name)
	}
	w.Dir = name
	io := w.opt.IndexOptions
	io.Path, io.ReadOnly = "", false
	if io.Logger == nil {
		io.Logger = w.opt.Logger
	}
	var err error
	if w.Index, err = index.Open(ctx, io); err != nil {
		return err
	}
	if err := w.openStore(func() (store.Store, error) { return journal.OpenMemory(), nil }); err != nil {
		return err
	}
	if w.Caseload, err = loadCaseloadFS(fsys, clientsDir, name); err != nil {
		return err
	}
	if name != "" {
		w.CaseloadDir = filepath.Join(name, clientsDir)
	}
	if err := w.build(); err != nil {
		return err
	}
	rep, err := w.importFolder(ctx, fsys, name, nil)
	w.Loaded = &rep
	return err
}

// openStore uses Options.Store when given, or opens the default.
func (w *Workspace) openStore(open func() (store.Store, error)) error {
	if w.opt.Store != nil {
		w.Store = w.opt.Store
		return nil
	}
	st, err := open()
	if err != nil {
		return err
	}
	w.Store, w.ownsStore = st, true
	return nil
}

// build makes the engine and, unless read-only, the recording gate.
func (w *Workspace) build() error {
	var err error
	if w.Engine, err = match.New(match.Config{Index: w.Index, History: w.Store, Logger: w.opt.Logger,
		Geocoder: w.opt.Geocoder, Transit: w.opt.Transit}); err != nil {
		return err
	}
	if w.opt.ReadOnly {
		return nil
	}
	w.Recorder, err = match.NewRecorder(w.Store, w.Index, w.Caseload, w.opt.Today)
	return err
}

// Close closes the store (unless it was given in Options) and the index.
// Closing twice is harmless.
func (w *Workspace) Close() error {
	var errs []error
	if w.Store != nil && w.ownsStore {
		errs = append(errs, w.Store.Close())
		w.ownsStore = false
	}
	if w.Index != nil {
		errs = append(errs, w.Index.Close())
	}
	return errors.Join(errs...)
}

// writable reports ErrReadOnly for a read-only workspace.
func (w *Workspace) writable() error {
	if w.Recorder == nil {
		return fmt.Errorf("%w: %s", ErrReadOnly, w.Dir)
	}
	return nil
}

// JournalDir is the folder, inside an index folder, of the file journal.
const JournalDir = "journal"
