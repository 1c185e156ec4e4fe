package journal

import "errors"

var (
	// ErrLocked is returned by Open when another process (or another open
	// Journal in this one) holds the directory's lock. Close the other
	// writer, or read its data through it.
	ErrLocked = errors.New("ipsmatch journal: locked by another writer")

	// ErrConflict is returned when a record reuses the id of a stored record
	// with different content. Re-adding an identical record is not a
	// conflict, and neither is ending an open placement. The error names the
	// id; nothing of the batch is written.
	ErrConflict = errors.New("ipsmatch journal: id already used for a different record")

	// ErrCorrupt is returned by Open when a line of the journal, other than
	// a torn last line, cannot be read back; the error names the file and
	// line. Open refuses rather than dropping records silently.
	ErrCorrupt = errors.New("ipsmatch journal: corrupt line")

	// ErrClosed is returned when a closed Journal is written to.
	ErrClosed = errors.New("ipsmatch journal: closed")
)
