package main

import (
	"context"
	"flag"
	"os"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/workspace"
	"github.com/ipsmatch/ipsmatch/preference"
)

// source says where a command's data comes from: a folder of data files,
// a persistent index, or the demo town. Opening it is the library's job
// (match/workspace); the CLI only reads the flags.
type source struct {
	data, index, today, store string
	// geocode locates homes given as addresses; gtfs and depart give
	// real public transport times.
	geocode, gtfs, depart string
	// write is set by commands that record: they open the index as its
	// writer. Every other command reads beside whoever writes.
	write bool
}

func (s *source) register(fs *flag.FlagSet) {
	fs.StringVar(&s.data, "data", "", "folder with employers.jsonl and vacancies.jsonl (and optionally specialists.jsonl, contacts.jsonl, placements.jsonl, clients/*.json)")
	fs.StringVar(&s.index, "index", "", "persistent index folder built with 'ipsmatch index'")
	fs.StringVar(&s.store, "store", os.Getenv(storeEnv), "PostgreSQL connection string for the job-development log, with --index (default $"+storeEnv+"; none: the index folder's journal)")
	fs.StringVar(&s.geocode, "geocode", "", geocodeHelp+"; used for clients whose home is an address")
	fs.StringVar(&s.gtfs, "gtfs", "", "GTFS feed (zip or folder) for real public transport times")
	fs.StringVar(&s.depart, "depart", "08:00", "with --gtfs, the time of day a client leaves home on the next working day")
	fs.StringVar(&s.today, "today", "", "pin today's date, YYYY-MM-DD (default: the current date; on the demo town "+demo.Today+")")
}

// storeEnv names the environment variable that points every command at a
// PostgreSQL store.
const storeEnv = "IPSMATCH_STORE_URL"

// world is an opened source: a workspace and the day it is read on.
type world struct {
	*workspace.Workspace
	today employer.Date
	demo  bool
}

func (s *source) open(ctx context.Context, e *env) (*world, error) {
	if s.data != "" && s.index != "" {
		return nil, usageErr("give --data or --index, not both")
	}
	w := &world{today: civil.Of(time.Now())}
	opt := workspace.Options{Index: s.index, Data: s.data, ReadOnly: s.index != "" && !s.write}
	if s.index != "" {
		opt.StoreURL = s.store
	}
	if s.index == "" && s.data == "" {
		w.demo = true
		w.today = civil.MustParse(demo.Today)
		opt.FS, opt.Data = demo.Files(), ""
	}
	if s.today != "" {
		d, err := civil.Parse(s.today)
		if err != nil {
			return nil, usageErr("--today: %v", err)
		}
		w.today = d
	}
	opt.Today = w.today
	var err error
	if opt.Geocoder, err = openGeocoder(ctx, s.geocode, s.index); err != nil {
		return nil, err
	}
	if opt.Transit, err = openTransit(ctx, s.gtfs, s.depart); err != nil {
		return nil, err
	}
	ws, err := workspace.Open(ctx, opt)
	if err != nil {
		return nil, err
	}
	w.Workspace = ws
	return w, nil
}

// clients are the caseload's clients, sorted by id.
func (w *world) clients() []preference.Profile { return w.Caseload.Clients() }

// client finds a client by id in the caseload, or reads a profile file;
// a file for a caseload client must match the caseload's profile.
func (w *world) client(ref string) (preference.Profile, error) {
	if ref == "" {
		return preference.Profile{}, usageErr("--client is required (a profile file, or a client id: see 'ipsmatch clients')")
	}
	if p, ok := w.Client(ref); ok {
		return p, nil
	}
	if strings.HasSuffix(ref, ".json") || strings.ContainsRune(ref, os.PathSeparator) || exists(ref) {
		p, err := preference.Load(ref)
		if err != nil {
			return p, err
		}
		return w.Profile(p)
	}
	return preference.Profile{}, textErr("no client %q; known clients: %s", ref, strings.Join(w.Caseload.IDs(), ", "))
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// forClient opens the source and finds the client: what match and leads
// both start with. The caller closes the world.
func (s *source) forClient(ctx context.Context, e *env, ref string) (*world, preference.Profile, *match.Engine, error) {
	w, err := s.open(ctx, e)
	if err != nil {
		return nil, preference.Profile{}, nil, err
	}
	p, err := w.client(ref)
	if err != nil {
		_ = w.Close()
		return nil, preference.Profile{}, nil, err
	}
	return w, p, w.Engine, nil
}

// allContacts and allPlacements read the whole log, for reports.
func (w *world) allContacts(ctx context.Context) ([]employer.Contact, error) {
	return w.Store.Contacts(ctx, store.Filter{})
}

func (w *world) allPlacements(ctx context.Context) ([]employer.Placement, error) {
	return w.Store.Placements(ctx, store.Filter{})
}
