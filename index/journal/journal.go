package journal

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ipsmatch/ipsmatch/employer"
)

// File names inside a journal directory.
const (
	FileName = "journal.jsonl"
	LockName = "journal.lock"
)

// Journal is the durable log of contacts and placements, with an in-memory
// view of the latest version of each record. It is safe for concurrent use.
type Journal struct {
	mu   sync.RWMutex
	path string   // "" for a memory journal
	file *os.File // nil for a memory journal
	lock *os.File
	// size is the length of the file's whole lines. Past it there may be a
	// torn line, left by a crash mid-write, that the next append cuts off.
	size   int64
	torn   bool
	closed bool

	contacts   table[employer.Contact]
	placements table[employer.Placement]
}

func newJournal() *Journal {
	return &Journal{
		contacts:   table[employer.Contact]{kind: kindContact, recs: map[string]employer.Contact{}},
		placements: table[employer.Placement]{kind: kindPlacement, recs: map[string]employer.Placement{}, replaces: endsJob},
	}
}

// OpenMemory returns a journal that keeps records in memory only, for tests
// and demos. It follows the same rules as a journal on disk.
func OpenMemory() *Journal { return newJournal() }

// Open opens the journal in dir, creating the directory and an empty
// journal if absent, and replays it. A torn last line (the process was
// killed mid-write) is ignored and cut off on the next append; any other
// line that cannot be read back is an ErrCorrupt error naming the file and
// line. Open takes an exclusive lock on the directory's lock file, so a
// second writer, in this process or another, gets ErrLocked at once.
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
	j := newJournal()
	j.lock, j.path = lock, filepath.Join(dir, FileName)
	if err := j.openFile(dir); err != nil {
		j.Close()
		return nil, err
	}
	return j, nil
}

// openFile opens (or creates, durably) the journal file and replays it.
func (j *Journal) openFile(dir string) error {
	_, err := os.Stat(j.path)
	created := errors.Is(err, fs.ErrNotExist)
	j.file, err = os.OpenFile(j.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if created {
		if err := syncDir(dir); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
	}
	data, err := io.ReadAll(j.file)
	if err != nil {
		return fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	return j.replay(data)
}

// syncDir makes a newly created file's directory entry durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// replay applies every whole line of the file in order. The last line is
// torn when it has no newline: appends write a batch of whole lines at
// once, so only a crash leaves one.
func (j *Journal) replay(data []byte) error {
	for n := 1; len(data) > 0; n++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			j.torn = true
			return nil
		}
		line := bytes.TrimSpace(data[:i])
		data = data[i+1:]
		j.size += int64(i + 1)
		if len(line) == 0 {
			continue
		}
		if err := j.replayLine(line); err != nil {
			return corrupt(j.path, n, err)
		}
	}
	return nil
}

func (j *Journal) replayLine(line []byte) error {
	e, err := decodeEntry(line)
	if err != nil {
		return err
	}
	switch e.Kind {
	case kindContact:
		return replayInto(&j.contacts, e.Record)
	case kindPlacement:
		return replayInto(&j.placements, e.Record)
	}
	return fmt.Errorf("unknown kind %q (want %q or %q)", e.Kind, kindContact, kindPlacement)
}

// corrupt locates err at a line of the file and marks it ErrCorrupt,
// keeping the record and field a *employer.FieldError names.
func corrupt(path string, line int, err error) error {
	var fe *employer.FieldError
	if errors.As(err, &fe) {
		c := *fe
		c.File, c.Line, c.Err = path, line, fmt.Errorf("%w: %w", ErrCorrupt, fe.Err)
		return &c
	}
	return &employer.FieldError{File: path, Line: line, Err: fmt.Errorf("%w: %w", ErrCorrupt, err)}
}

// append writes whole lines and syncs them, first cutting off a torn line.
// On failure it cuts the file back, so a half-written batch does not stay.
// The caller holds j.mu.
func (j *Journal) append(lines []byte) error {
	if j.file == nil || len(lines) == 0 {
		return nil
	}
	if j.torn {
		if err := j.file.Truncate(j.size); err != nil {
			return fmt.Errorf("journal: cut torn line of %s: %w", j.path, err)
		}
		j.torn = false
	}
	_, err := j.file.Write(lines)
	if err == nil {
		err = j.file.Sync()
	}
	if err != nil {
		if j.file.Truncate(j.size) != nil {
			j.torn = true // whatever is left past size is cut on the next try
		}
		return fmt.Errorf("journal: write %s: %w", j.path, err)
	}
	j.size += int64(len(lines))
	return nil
}

// Close releases the file and the lock. Reads still answer from memory
// afterwards; adds return ErrClosed. Closing twice is harmless.
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

// Contacts returns copies of all contacts, sorted by time then id.
func (j *Journal) Contacts() []employer.Contact {
	j.mu.RLock()
	defer j.mu.RUnlock()
	return j.contacts.sorted(func(a, b employer.Contact) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
	})
}

// Placements returns copies of all placements, latest version of each,
// sorted by start then id.
func (j *Journal) Placements() []employer.Placement {
	j.mu.RLock()
	defer j.mu.RUnlock()
	return j.placements.sorted(func(a, b employer.Placement) int {
		return cmp.Or(a.Start.Time().Compare(b.Start.Time()), strings.Compare(a.ID, b.ID))
	})
}

// Contact returns the contact with the given id.
func (j *Journal) Contact(id string) (employer.Contact, bool) {
	j.mu.RLock()
	defer j.mu.RUnlock()
	c, ok := j.contacts.recs[id]
	return c, ok
}

// Placement returns the latest version of the placement with the given id.
func (j *Journal) Placement(id string) (employer.Placement, bool) {
	j.mu.RLock()
	defer j.mu.RUnlock()
	p, ok := j.placements.recs[id]
	return p, ok
}

// entry is one line of the journal.
type entry struct {
	Kind   string          `json:"kind"`
	Record json.RawMessage `json:"record"`
}

const (
	kindContact   = "contact"
	kindPlacement = "placement"
)

func decodeEntry(line []byte) (entry, error) {
	var e entry
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return e, err
	}
	if dec.More() {
		return e, errors.New("more than one JSON value on the line")
	}
	if len(e.Record) == 0 {
		return e, errors.New(`no "record"`)
	}
	return e, nil
}
