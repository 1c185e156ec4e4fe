package server

import "errors"

var (
	// ErrUnauthorized is returned when a request carries no token, or one
	// that is unknown or revoked.
	ErrUnauthorized = errors.New("ipsmatch server: no valid bearer token")
	// ErrForbidden is returned when a token's role does not allow a request,
	// such as a specialist asking for another specialist's client.
	ErrForbidden = errors.New("ipsmatch server: not allowed for this token")
	// ErrBadRequest is returned when a request body or query cannot be read:
	// malformed JSON, an unknown field, a wrong type, a body over the limit.
	ErrBadRequest = errors.New("ipsmatch server: bad request")
	// ErrNotFound is returned when a route names a client, employer or
	// vacancy that does not exist.
	ErrNotFound = errors.New("ipsmatch server: not found")
	// ErrToken is returned when a token cannot be created or revoked: an
	// unknown role, a specialist token without a specialist, an unknown id.
	ErrToken = errors.New("ipsmatch server: token")
)
