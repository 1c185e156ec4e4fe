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
	// ErrUnsupportedType is returned when a file is sent with a
	// Content-Type the route does not read, or one that does not go with
	// the format asked for.
	ErrUnsupportedType = errors.New("ipsmatch server: unsupported content type")
	// ErrNotConfigured is returned when a route needs something the
	// server was not started with, such as a geocoder.
	ErrNotConfigured = errors.New("ipsmatch server: not configured")
	// errFileRefused marks an imported file the library does not accept:
	// malformed, or holding a record that breaks a rule.
	errFileRefused = errors.New("ipsmatch server: file refused")
	// ErrToken is returned when a token cannot be created or revoked: an
	// unknown role, a specialist token without a specialist, an unknown id.
	ErrToken = errors.New("ipsmatch server: token")
)
