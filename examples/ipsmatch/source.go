package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// source says where a command's data comes from: a folder of data files,
// a persistent index, or the demo town.
type source struct {
	data, index, clients, today string
}

// clientsPathFile, in an index folder, names the folder of client
// profiles that `ipsmatch index` read: a path, never a copy of a profile.
const clientsPathFile = "clients.path"

func (s *source) register(fs *flag.FlagSet) {
	fs.StringVar(&s.data, "data", "", "folder with employers.jsonl and vacancies.jsonl (and optionally contacts.jsonl, placements.jsonl, clients/*.json)")
	fs.StringVar(&s.index, "index", "", "persistent index folder built with 'ipsmatch index'")
	fs.StringVar(&s.clients, "clients", "", "folder of client profiles (*.json); default: the data folder's clients/, the folder the index was built from, or the demo's")
	fs.StringVar(&s.today, "today", "", "pin today's date, YYYY-MM-DD (default: the current date; on the demo town "+demo.Today+")")
}

// world is an opened source.
type world struct {
	ix      *index.Index
	journal *journal.Journal
	clients []preference.Profile // known clients: demo, or the folder's clients/
	today   employer.Date
	demo    bool
	dir     string // the data or index folder, "" for the demo
}

func (w *world) Close() error {
	return errors.Join(w.journal.Close(), w.ix.Close())
}

func (s *source) open(ctx context.Context, e *env) (*world, error) {
	if s.data != "" && s.index != "" {
		return nil, usageErr("give --data or --index, not both")
	}
	w := &world{}
	var err error
	switch {
	case s.index != "":
		w.dir = s.index
		if !exists(filepath.Join(s.index, "index_meta.json")) {
			return nil, fmt.Errorf("%s is not an ipsmatch index; build one with: ipsmatch index --data DIR --index %s", s.index, s.index)
		}
		if w.ix, err = index.Open(ctx, index.Options{Path: s.index, InferSkills: true}); err != nil {
			return nil, err
		}
		if w.journal, err = journal.Open(filepath.Join(s.index, "journal")); err != nil {
			_ = w.ix.Close()
			return nil, err
		}
		dir := s.clients
		if dir == "" {
			if b, err := os.ReadFile(filepath.Join(s.index, clientsPathFile)); err == nil {
				dir = strings.TrimSpace(string(b))
			}
		}
		if w.clients, err = loadClients(dir); err != nil {
			_ = w.Close()
			return nil, err
		}
	case s.data != "":
		w.dir = s.data
		if err := w.openData(ctx, s.data); err != nil {
			return nil, err
		}
	default:
		w.demo = true
		if err := w.openDemo(ctx); err != nil {
			return nil, err
		}
	}
	w.today = civil.Of(time.Now())
	if w.demo {
		w.today = civil.MustParse(demo.Today)
	}
	if s.clients != "" && s.index == "" {
		if w.clients, err = loadClients(s.clients); err != nil {
			_ = w.Close()
			return nil, err
		}
	}
	if s.today != "" {
		if w.today, err = civil.Parse(s.today); err != nil {
			_ = w.Close()
			return nil, usageErr("--today: %v", err)
		}
	}
	return w, nil
}

func (w *world) openDemo(ctx context.Context) error {
	emps, err := demo.Employers()
	if err != nil {
		return err
	}
	vacs, err := demo.Vacancies()
	if err != nil {
		return err
	}
	if w.ix, err = index.Open(ctx, index.DefaultOptions()); err != nil {
		return err
	}
	if _, err = w.ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs, Source: "demo"}); err != nil {
		return err
	}
	w.journal = journal.OpenMemory()
	cs, err := demo.Contacts()
	if err != nil {
		return err
	}
	ps, err := demo.Placements()
	if err != nil {
		return err
	}
	if err := rosterOf(ctx, w.journal, cs); err != nil {
		return err
	}
	if _, err := w.journal.AddContacts(ctx, cs...); err != nil {
		return err
	}
	if _, err := w.journal.AddPlacements(ctx, ps...); err != nil {
		return err
	}
	w.clients, err = demo.Clients()
	return err
}

func (w *world) openData(ctx context.Context, dir string) error {
	emps, vacs, err := readDataDir(dir)
	if err != nil {
		return err
	}
	if w.ix, err = index.Open(ctx, index.DefaultOptions()); err != nil {
		return err
	}
	if _, err = w.ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs, Source: dir}); err != nil {
		return err
	}
	w.journal = journal.OpenMemory()
	if err := readJSONLFile(filepath.Join(dir, "contacts.jsonl"), employer.ReadContacts, func(cs []employer.Contact) error {
		if err := rosterOf(ctx, w.journal, cs); err != nil {
			return err
		}
		_, err := w.journal.AddContacts(ctx, cs...)
		return err
	}); err != nil {
		return err
	}
	if err := readJSONLFile(filepath.Join(dir, "placements.jsonl"), employer.ReadPlacements, func(ps []employer.Placement) error {
		_, err := w.journal.AddPlacements(ctx, ps...)
		return err
	}); err != nil {
		return err
	}
	w.clients, err = loadClients(filepath.Join(dir, "clients"))
	return err
}

// readDataDir reads a data folder's employers.jsonl and vacancies.jsonl.
func readDataDir(dir string) ([]employer.Employer, []employer.Vacancy, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, nil, fmt.Errorf("data folder %s: not found", dir)
	}
	var emps []employer.Employer
	var vacs []employer.Vacancy
	err := readJSONLFile(filepath.Join(dir, "employers.jsonl"), employer.ReadEmployers, func(e []employer.Employer) error { emps = e; return nil })
	if err == nil {
		err = readJSONLFile(filepath.Join(dir, "vacancies.jsonl"), employer.ReadVacancies, func(v []employer.Vacancy) error { vacs = v; return nil })
	}
	if err == nil && emps == nil && vacs == nil {
		err = fmt.Errorf("data folder %s has neither employers.jsonl nor vacancies.jsonl", dir)
	}
	return emps, vacs, err
}

// readJSONLFile reads one optional JSON Lines file; a missing file is not
// an error.
func readJSONLFile[T any](path string, read func(r io.Reader, name string) ([]T, error), use func([]T) error) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := read(f, path)
	if err != nil {
		return err
	}
	return use(recs)
}

// loadClients reads every *.json profile in dir; a missing dir is no
// clients.
func loadClients(dir string) ([]preference.Profile, error) {
	if dir == "" {
		return nil, nil
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []preference.Profile
	for _, n := range names {
		p, err := preference.Load(n)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// client finds a client by file path or by id among the world's clients.
func (w *world) client(ref string) (preference.Profile, error) {
	if ref == "" {
		return preference.Profile{}, usageErr("--client is required (a profile file, or a client id: see 'ipsmatch clients')")
	}
	if strings.HasSuffix(ref, ".json") || strings.ContainsRune(ref, os.PathSeparator) {
		return preference.Load(ref)
	}
	for _, p := range w.clients {
		if p.ID == ref {
			return p, nil
		}
	}
	if exists(ref) {
		return preference.Load(ref)
	}
	var ids []string
	for _, p := range w.clients {
		ids = append(ids, p.ID)
	}
	return preference.Profile{}, fmt.Errorf("no client %q; known clients: %s", ref, strings.Join(ids, ", "))
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// engine returns a matching engine over the world's index and history.
func (w *world) engine() (*match.Engine, error) {
	return match.New(match.Config{Index: w.ix, History: match.StoreHistory(w.journal)})
}

// forClient opens the source and finds the client: what match and leads
// both start with. The caller closes the world.
func (s *source) forClient(ctx context.Context, e *env, ref string) (*world, preference.Profile, *match.Engine, error) {
	w, err := s.open(ctx, e)
	if err != nil {
		return nil, preference.Profile{}, nil, err
	}
	p, err := w.client(ref)
	if err == nil {
		var eng *match.Engine
		if eng, err = w.engine(); err == nil {
			return w, p, eng, nil
		}
	}
	_ = w.Close()
	return nil, preference.Profile{}, nil, err
}
