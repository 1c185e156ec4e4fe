package journal

import "github.com/ipsmatch/ipsmatch/index/store"

// The journal's errors are the store's, so that errors.Is works with either
// name.
var (
	// ErrLocked is returned by Open when another writer, in this process or
	// another, holds the directory's lock. Readers (OpenReadOnly) are not
	// locked out.
	ErrLocked = store.ErrLocked

	// ErrConflict is returned when a record reuses the id of a stored record
	// with different content; nothing of the batch is written.
	ErrConflict = store.ErrConflict

	// ErrCorrupt is returned when a committed line of the journal cannot be
	// read back; the error names the file and line. A trailing batch without
	// its commit line is not corrupt: a crash cut it, and it is ignored.
	ErrCorrupt = store.ErrCorrupt

	// ErrClosed is returned when a closed Journal is used.
	ErrClosed = store.ErrClosed
)
