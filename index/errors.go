package index

import "errors"

var (
	// ErrMappingVersion is returned by Open when the index on disk was built
	// with another mapping version. Rebuild it with `ipsmatch index`.
	ErrMappingVersion = errors.New("index: built with another mapping version; rebuild it")
	// ErrLocked is returned by Open, within Options.LockTimeout, when
	// another process has the index open for writing. Readers
	// (Options.ReadOnly) are never locked out.
	ErrLocked = errors.New("index: in use by another process")
	// ErrReadOnly is returned when an index opened with Options.ReadOnly is
	// written to.
	ErrReadOnly = errors.New("index: opened read-only")
	// ErrNotFound is returned by Open with Options.ReadOnly when the path
	// holds no index.
	ErrNotFound = errors.New("index: no index there")
	// ErrClosed is returned by calls on a closed index.
	ErrClosed = errors.New("index: closed")
	// ErrInvalidBatch is returned when a record in a batch fails validation;
	// nothing from the batch is written.
	ErrInvalidBatch = errors.New("index: invalid record in batch; nothing written")
)
