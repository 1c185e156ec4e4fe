package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// File names inside a journal directory.
const (
	FileName = "journal.jsonl"
	LockName = "journal.lock"
)

// Journal is the durable log of contacts, placements and the roster, with
// an in-memory view of every version and the derived state. It implements
// store.Store and is safe for concurrent use.
type Journal struct {
	mu       sync.RWMutex
	dir      string
	path     string   // "" for a memory journal
	file     *os.File // the file read and appended; nil in memory, or for a reader before the file exists
	info     os.FileInfo
	lock     *os.File
	readOnly bool
	// size is where the last committed batch ends; past it there may be a
	// batch a crash cut, which replay ignores and a writer cuts off.
	size int64
	line int // lines up to size, for error messages
	// legacy is set while a reader reads a version 1 file, whose every
	// whole line is a committed write.
	legacy bool
	closed bool
	st     *state
}

var _ store.Store = (*Journal)(nil)

// OpenMemory returns a journal that keeps records in memory only, for tests
// and demos. It follows the same rules as a journal on disk.
func OpenMemory() *Journal { return &Journal{st: newState()} }

// Open opens the journal in dir for writing, creating the directory and an
// empty journal if absent, and replays it. A trailing batch without its
// commit line (the process was killed mid-write) is ignored and cut off; a
// committed line that cannot be read back is ErrCorrupt, naming the file and
// line. A file written before schema version 2 is migrated once, atomically;
// a newer one is store.ErrSchemaVersion. Open takes an exclusive lock on the
// directory's lock file, so a second writer, in this process or another,
// gets ErrLocked at once. Readers are not locked out: see OpenReadOnly.
func Open(dir string) (*Journal, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, LockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	if err := lockFile(lock); err != nil {
		lock.Close()
		return nil, fmt.Errorf("journal %s: %w", dir, err)
	}
	j := &Journal{dir: dir, path: filepath.Join(dir, FileName), lock: lock, st: newState()}
	if err := j.openWriter(); err != nil {
		j.Close()
		return nil, err
	}
	return j, nil
}

// OpenReadOnly opens the journal in dir for reading beside a writer. It
// takes no lock, so any number of readers may open while one writer holds
// the directory; its writes return store.ErrReadOnly. Every read first
// catches up with what the writer committed since: it stats the file and
// reads only the new batches, or reloads when a migration replaced the
// file. A missing directory or file reads as empty until a writer
// creates it (an index whose first import was cut short has no journal
// yet). A reader does not migrate an old file: it reads it as it is.
func OpenReadOnly(dir string) (*Journal, error) {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("journal: %s is not a directory", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("journal: %w", err)
	}
	j := &Journal{dir: dir, path: filepath.Join(dir, FileName), readOnly: true, st: newState()}
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.reload(); err != nil {
		return nil, err
	}
	return j, nil
}

// Close releases the file and the lock. Later calls return ErrClosed.
// Closing twice is harmless.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	var errs []error
	if j.file != nil {
		errs = append(errs, j.file.Close())
	}
	if j.lock != nil {
		errs = append(errs, j.lock.Close()) // closing the file drops the flock
	}
	return errors.Join(errs...)
}

// Dir returns the directory the journal keeps its file in; "" in memory.
func (j *Journal) Dir() string { return j.dir }
