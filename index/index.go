package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// Index holds employers and vacancies. All methods are safe for concurrent
// use; writes are serialised.
type Index struct {
	bi      bleve.Index
	mapping mapping.IndexMapping
	opt     Options
	log     *slog.Logger

	writeMu  sync.Mutex // one batch at a time
	mu       sync.RWMutex
	closed   bool
	vacs     map[string]*Entry
	emps     map[string]*employer.Employer
	postings map[string]map[string]*Entry // term -> id -> vacancy; see postings.go
	slots    []*Entry                     // vacancies by Entry.num, for Mark
	hots     []Hot                        // their hot fields, contiguous
	free     []int32                      // slots freed by deletes
	cellNums map[string]int32             // cell term -> number, for Area
	release  func()                       // removes a reader's snapshot; nil for a writer
}

// Open opens the index at opt.Path, creating it if absent, or an in-memory
// index when opt.Path is "". An existing index built with another mapping
// version fails with ErrMappingVersion; one held by another process fails
// with ErrLocked after opt.LockTimeout.
func Open(ctx context.Context, opt Options) (*Index, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	explicit := opt.Taxonomy != nil
	opt = opt.withDefaults()
	ix := &Index{mapping: buildMapping(), opt: opt, log: opt.Logger,
		vacs: map[string]*Entry{}, emps: map[string]*employer.Employer{}, postings: map[string]map[string]*Entry{}, cellNums: map[string]int32{}}
	var err error
	switch {
	case opt.Path == "":
		// scorch in memory: bleve.NewMemOnly would pick the older
		// upsidedown index, several times slower to search.
		ix.bi, err = bleve.NewUsing("", ix.mapping, scorch.Name, scorch.Name, nil)
	default:
		if opt.ReadOnly {
			err = ix.openReader()
		} else {
			err = ix.openDisk() // creates it first if absent: see create.go
		}
		if err != nil {
			return nil, err
		}
		if err = ix.loadStoredTaxonomy(explicit); err != nil {
			_ = ix.bi.Close()
			return nil, err
		}
		if err = ix.load(ctx); err != nil {
			_ = ix.bi.Close()
			return nil, err
		}
		ix.log.Info("index opened", "path", opt.Path, "vacancies", len(ix.vacs), "employers", len(ix.emps))
		return ix, nil
	}
	if err != nil {
		return nil, openError(opt.Path, err)
	}
	if err := ix.bi.SetInternal([]byte(mappingVersionKey), []byte(MappingVersion)); err != nil {
		_ = ix.bi.Close()
		return nil, fmt.Errorf("index: recording mapping version: %w", err)
	}
	return ix, nil
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// openError turns bolt's lock time-out into ErrLocked.
func openError(path string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || err.Error() == "timeout" {
		return fmt.Errorf("%w: %s", ErrLocked, path)
	}
	return fmt.Errorf("index: opening %s: %w", path, err)
}

func (ix *Index) checkVersion() error {
	v, err := ix.bi.GetInternal([]byte(mappingVersionKey))
	if err != nil {
		return fmt.Errorf("index: reading mapping version: %w", err)
	}
	if string(v) != MappingVersion {
		found := string(v)
		if found == "" {
			found = "none"
		}
		return fmt.Errorf("%w: %s has %q, this build needs %q", ErrMappingVersion, ix.opt.Path, found, MappingVersion)
	}
	return nil
}

// load reads every stored record back into memory, a page at a time.
func (ix *Index) load(ctx context.Context) error {
	const page = 5000
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), page, 0, false)
		req.Fields = []string{fieldRaw}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SearchAfter = after
		}
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: loading records: %w", err)
		}
		for _, h := range res.Hits {
			if err := ix.loadHit(h); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

func (ix *Index) loadHit(h *search.DocumentMatch) error {
	raw, _ := h.Fields[fieldRaw].(string)
	id := stripKind(h.ID)
	switch h.ID[:1] {
	case kindVacancy[:1]:
		var v employer.Vacancy
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			return fmt.Errorf("index: stored vacancy %q is unreadable: %w", id, err)
		}
		ix.putVac(ix.entry(&v))
	case kindEmployer[:1]:
		var e employer.Employer
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return fmt.Errorf("index: stored employer %q is unreadable: %w", id, err)
		}
		ix.emps[e.ID] = &e
		ix.relink(e.ID, &e)
	}
	return nil
}

// Close releases the index. Calls after Close return ErrClosed.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	err := ix.bi.Close()
	if ix.release != nil {
		ix.release()
	}
	return err
}

// Taxonomy returns the taxonomy the index reads occupations with.
func (ix *Index) Taxonomy() *taxonomy.Taxonomy {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.opt.Taxonomy
}

// Count returns the number of employers and vacancies held.
func (ix *Index) Count() (employers, vacancies int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.emps), len(ix.vacs)
}

// Vacancy returns the stored vacancy with id, as enriched by the index.
func (ix *Index) Vacancy(id string) (*Entry, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.vacs[id]
	return e, ok
}

// Employer returns the stored employer with id.
func (ix *Index) Employer(id string) (*employer.Employer, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.emps[id]
	return e, ok
}

// Vacancies returns every stored vacancy, sorted by id. It is meant for
// reports and reference checks, not for matching.
func (ix *Index) Vacancies() []*Entry {
	ix.mu.RLock()
	out := make([]*Entry, 0, len(ix.vacs))
	for _, e := range ix.vacs {
		out = append(out, e)
	}
	ix.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Employers returns every stored employer, sorted by id.
func (ix *Index) Employers() []*employer.Employer {
	ix.mu.RLock()
	out := make([]*employer.Employer, 0, len(ix.emps))
	for _, e := range ix.emps {
		out = append(out, e)
	}
	ix.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
