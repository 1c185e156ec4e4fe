package index

import (
	"errors"
	"log/slog"
	"time"

	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// Options configure Open. The zero value opens an in-memory index with the
// built-in taxonomy.
type Options struct {
	// Path is the index directory; "" keeps the index in memory.
	Path string
	// Taxonomy reads occupations from titles and lists an occupation's
	// skills; nil means taxonomy.Builtin().
	Taxonomy *taxonomy.Taxonomy
	// KeepPostedSkills leaves a vacancy's skills as the posting lists them,
	// even when it lists none. By default (false) a posting without skills
	// gets its occupation's, marked inferred, so that skill fit can be
	// judged on every vacancy.
	KeepPostedSkills bool
	// ReadOnly opens an existing index for reading, beside the process
	// that writes it, if any: the index is seen as it was when opened, and
	// Apply returns ErrReadOnly. Any number of readers may be open at once.
	ReadOnly bool
	// LockTimeout is how long Open waits for another process to release the
	// index before returning ErrLocked. Zero means one second.
	LockTimeout time.Duration
	// Logger receives progress and warnings; nil is silent.
	Logger *slog.Logger
	// CachedVacancies is how many decoded vacancy records the index keeps
	// for reuse; the oldest are dropped beyond it and decoded again when
	// needed. Half as many decoded employers are kept. Zero means
	// DefaultCachedVacancies.
	CachedVacancies int
}

// DefaultCachedVacancies bounds the decoded records kept in memory: the
// vacancies a busy service's searches score again and again, not a copy
// of the whole index. At 1,000,000 vacancies of the shared benchmark,
// 150,000 kept a serving process at 1.6 GB; 100,000 keeps it under 1.5 GB
// (ipsmatch bench --from).
const DefaultCachedVacancies = 100_000

// DefaultOptions returns the options Open uses for an in-memory index.
func DefaultOptions() Options { return Options{} }

// Validate reports options that cannot work.
func (o Options) Validate() error {
	if o.LockTimeout < 0 {
		return errors.New("index: negative LockTimeout")
	}
	if o.ReadOnly && o.Path == "" {
		return errors.New("index: ReadOnly needs a Path: an index in memory has no other reader")
	}
	if o.CachedVacancies < 0 {
		return errors.New("index: negative CachedVacancies")
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.Taxonomy == nil {
		o.Taxonomy = taxonomy.Builtin()
	}
	if o.CachedVacancies == 0 {
		o.CachedVacancies = DefaultCachedVacancies
	}
	if o.LockTimeout == 0 {
		o.LockTimeout = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}
