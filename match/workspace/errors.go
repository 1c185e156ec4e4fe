package workspace

import "errors"

var (
	// ErrNotWorkspace is returned when a folder given as an index folder is
	// not an ipsmatch index and Options.Create is not set.
	ErrNotWorkspace = errors.New("ipsmatch workspace: no index there")

	// ErrCaseloadMismatch is returned when an operation names a caseload
	// other than the one the index serves. Change it with SetCaseload.
	ErrCaseloadMismatch = errors.New("ipsmatch workspace: not the index's caseload")

	// ErrClientConflict is returned when a profile given for one call has
	// the id of a caseload client but differs from the caseload's profile:
	// the caseload's disclosure choice must not be overridden.
	ErrClientConflict = errors.New("ipsmatch workspace: profile differs from the caseload's")

	// ErrReadOnly is returned when a workspace opened for reading is asked
	// to write.
	ErrReadOnly = errors.New("ipsmatch workspace: opened read-only")
)
