package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// Index holds employers and vacancies. All methods are safe for concurrent
// use; writes are serialised.
//
// bleve holds the words; what retrieval reads (posting lists of
// occupation terms, location cells and employers, and each vacancy's hot
// fields) is kept in slot arrays built from the segment headers, and the
// records themselves stay in the segments until a candidate is scored
// (see segment.go). A slot is one version of one vacancy and never
// changes: an update takes a new slot and retires the old one.
type Index struct {
	bi      bleve.Index
	mapping mapping.IndexMapping
	opt     Options
	log     *slog.Logger

	writeMu  sync.Mutex // one batch at a time
	memos    []prepMemo // what preparing vacancies remembers, per worker; the writer's
	mu       sync.RWMutex
	closed   bool
	seq      uint64        // the last batch applied
	stateSeq uint64        // the batch the newest state file is of (state.go)
	segs     []*segment    // record bytes, by segment position
	files    []*mappedFile // segments mapped from disk, unmapped at Close

	hots     []retrieval.Hot            // per slot
	recs     []recRef                   // per slot: where its record is
	live     []uint64                   // per slot: a bit, set while it is current
	cache    []*entryChunk              // per slot: the decoded entry, once read
	cached   cacheRing                  // which slots hold one, oldest first
	nLive    int                        // current vacancies
	vacs     idTable[int32]             // vacancy id -> current slot
	emps     idTable[recRef]            // employer id -> its record
	empCache sync.Map                   // employer id -> *cachedEmployer
	empCount atomic.Int64               // employers in empCache, near enough; see employerAt
	postings map[string]*[]int32        // term -> slots, current or retired; see postings.go
	cellNums map[string]int32           // cell term -> number, for Area
	cellLive []int32                    // cell number -> current vacancies in it
	coarse   []string                   // the coarse cell terms (and remote, unknown), numbered; see cellNum
	places   []slotPlace                // per slot: its cells and week of posting, see slotPlace
	runs     map[string][]uint16        // term -> its list's run numbers as the state file has them; see runsOf
	unread   []uint64                   // per slot: a bit, set when the taxonomy could not read its title
	cellMu   sync.Mutex                 // guards byCell, which searches fill
	byCell   map[string]*termCells      // term -> its list split by cell
	empNums  map[string]int32           // employer id -> number (employers_hot.go)
	empIDs   []string                   // number -> employer id; 0 is none
	briefs   []empBrief                 // number -> what bounds need of the employer
	phraseMu sync.Mutex                 // guards phraseOf
	phraseOf map[phraseKey][]wordPhrase // words -> their analysed phrases
	release  func()                     // removes a reader's snapshot; nil for a writer
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
		vacs: newIDTable[int32](), emps: newIDTable[recRef](), postings: map[string]*[]int32{}, cellNums: map[string]int32{}, empNums: map[string]int32{}}
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
		if err = ix.loadSegments(ctx); err != nil {
			_ = ix.closeFiles()
			_ = ix.bi.Close()
			return nil, err
		}
		ix.log.Info("index opened", "path", opt.Path, "vacancies", ix.nLive, "employers", ix.emps.len())
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

// Close releases the index. Calls after Close return ErrClosed.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	var err error
	if !ix.opt.ReadOnly && ix.opt.Path != "" && ix.seq > ix.stateSeq {
		// The next Open maps this instead of reading every segment. A
		// failure costs only that: the segments are the index.
		ix.mu.Unlock()
		if serr := ix.saveState(); serr != nil {
			ix.log.Warn("index state not saved; the next open reads the segments", "path", ix.opt.Path, "err", serr)
		}
		ix.mu.Lock()
	}
	ix.closed = true
	// Nothing may read the mapped files once they are unmapped.
	ix.hots, ix.recs, ix.segs, ix.postings, ix.places, ix.runs = nil, nil, nil, map[string]*[]int32{}, nil, nil
	ix.vacs, ix.emps = newIDTable[int32](), newIDTable[recRef]()
	ix.empNums, ix.empIDs, ix.briefs = map[string]int32{}, nil, nil
	ix.cellLive, ix.unread, ix.coarse = nil, nil, nil
	ix.cellMu.Lock()
	ix.byCell = nil
	ix.cellMu.Unlock()
	ix.empCache.Clear()
	ix.empCount.Store(0)
	err = ix.bi.Close()
	if ferr := ix.closeFiles(); err == nil {
		err = ferr
	}
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
	return ix.emps.len(), ix.nLive
}

// Vacancy returns the stored vacancy with id, as enriched by the index.
func (ix *Index) Vacancy(id string) (*Entry, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	slot, ok := ix.vacs.get(id)
	if !ok {
		return nil, false
	}
	e, err := ix.entryAt(slot)
	if err != nil {
		ix.log.Warn("unreadable vacancy", "id", id, "err", err)
		return nil, false
	}
	return e, true
}

// Employer returns the stored employer with id.
func (ix *Index) Employer(id string) (*employer.Employer, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e := ix.employerAt(id)
	return e, e != nil
}

// Vacancies returns every stored vacancy, sorted by id. It is meant for
// reports and reference checks, not for matching: it reads every record.
func (ix *Index) Vacancies() []*Entry {
	ix.mu.RLock()
	out := make([]*Entry, 0, ix.nLive)
	ix.vacs.each(func(_ string, slot int32) {
		if e, err := ix.peekEntry(slot); err == nil {
			out = append(out, e)
		} else {
			ix.log.Warn("unreadable vacancy", "slot", slot, "err", err)
		}
	})
	ix.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Employers returns every stored employer, sorted by id.
func (ix *Index) Employers() []*employer.Employer {
	ix.mu.RLock()
	out := make([]*employer.Employer, 0, ix.emps.len())
	ix.emps.each(func(id string, _ recRef) {
		if e := ix.employerAt(id); e != nil {
			out = append(out, e)
		}
	})
	ix.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
