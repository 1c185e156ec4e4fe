package match

import "errors"

var (
	// ErrDisclosureForbids is returned when a contact or a planned visit
	// would reveal a client to an employer against the client's disclosure
	// choice. Nothing is recorded.
	ErrDisclosureForbids = errors.New("ipsmatch: the client's disclosure choice forbids this contact")
	// ErrInvalidOptions is returned when match options cannot work, such as
	// a negative limit.
	ErrInvalidOptions = errors.New("ipsmatch: invalid options")
	// ErrUnknownClient is returned when a record names a client that is not
	// in the caseload.
	ErrUnknownClient = errors.New("ipsmatch: unknown client")
	// ErrUnknownEmployer is returned when a record names an employer that is
	// not in the index.
	ErrUnknownEmployer = errors.New("ipsmatch: unknown employer")
	// ErrFutureDate is returned when a contact or placement is dated after
	// today.
	ErrFutureDate = errors.New("ipsmatch: date is in the future")
)

var (
	// ErrDuplicateClient is returned when two profiles in a caseload have
	// the same id. Neither wins: the caseload is refused until one is
	// removed, since a client's disclosure choice must have one source.
	ErrDuplicateClient = errors.New("ipsmatch: two profiles for one client")
)
