package store

import "errors"

var (
	// ErrNotFound is returned when a record named by id is not in the store.
	ErrNotFound = errors.New("ipsmatch store: no such record")

	// ErrConflict is returned when an added record reuses the id of a stored
	// record with different content. Re-adding an identical record is not a
	// conflict (it is a no-op), and neither is ending an open placement.
	// Use Amend to change a stored record. Nothing of the batch is written.
	ErrConflict = errors.New("ipsmatch store: id already used for a different record")

	// ErrVoided is returned when a voided record is amended or voided again.
	ErrVoided = errors.New("ipsmatch store: record is voided")

	// ErrNoReason is returned when an amendment or a void does not say who
	// made it or why.
	ErrNoReason = errors.New("ipsmatch store: a correction needs who and why")

	// ErrUnknownSpecialist is returned when a record names a specialist who
	// is not on the team's roster; the error lists the known ones.
	ErrUnknownSpecialist = errors.New("ipsmatch store: specialist not on the roster")

	// ErrLocked is returned when a second writer opens a store that another
	// writer, in this process or another, holds. Readers are not locked out.
	ErrLocked = errors.New("ipsmatch store: locked by another writer")

	// ErrReadOnly is returned when a store opened for reading is written to.
	ErrReadOnly = errors.New("ipsmatch store: opened read-only")

	// ErrClosed is returned when a closed store is used.
	ErrClosed = errors.New("ipsmatch store: closed")

	// ErrCorrupt is returned when stored data cannot be read back; the error
	// names where. A store refuses rather than dropping records silently.
	ErrCorrupt = errors.New("ipsmatch store: corrupt data")

	// ErrSchemaVersion is returned when a store was written by a newer
	// version of ipsmatch than this one; upgrade ipsmatch to read it.
	ErrSchemaVersion = errors.New("ipsmatch store: written by a newer schema version")
)
