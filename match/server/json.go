package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/record"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// errorBody is every error's answer.
type errorBody struct {
	// Error says what went wrong, naming the record and field.
	Error string `json:"error"`
	// Code is a stable word a program can branch on: unauthorized,
	// forbidden, bad_request, not_found, conflict, disclosure_forbids,
	// invalid, too_large, unsupported_type, internal.
	Code string `json:"code"`
	// Field is the JSON field at fault, when one is.
	Field string `json:"field,omitempty"`
	// Record is the id of the record at fault, when one is.
	Record string `json:"record,omitempty"`
}

// decodeBody reads a request body strictly into v: malformed JSON, an
// unknown field, a wrong type or a body over the limit is ErrBadRequest
// with the field named.
func decodeBody(r *http.Request, v any) error {
	b, err := io.ReadAll(r.Body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return fmt.Errorf("%w: body is over the limit of %d bytes", ErrBadRequest, mb.Limit)
		}
		return fmt.Errorf("%w: reading the body: %v", ErrBadRequest, err)
	}
	if len(b) == 0 {
		return fmt.Errorf("%w: the body is empty; send a JSON object", ErrBadRequest)
	}
	if err := record.DecodeJSON(b, v); err != nil {
		return fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) int {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v)
	return status
}

func writeError(w http.ResponseWriter, err error) int {
	st := statusOf(err)
	body := errorBody{Error: err.Error(), Code: codeOf(err, st)}
	if st == http.StatusInternalServerError {
		body.Error = "internal error; see the server log"
	}
	var fe *record.FieldError
	if errors.As(err, &fe) {
		body.Field, body.Record = fe.Field, fe.Record
	}
	return writeJSON(w, st, body)
}

// statusOf maps the library's errors to HTTP statuses.
func statusOf(err error) int {
	switch {
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, ErrForbidden):
		return http.StatusForbidden
	case errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest
	case errors.Is(err, ErrUnsupportedType):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, ErrNotFound), errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrConflict), errors.Is(err, store.ErrVoided),
		errors.Is(err, workspace.ErrClientConflict), errors.Is(err, workspace.ErrReadOnly),
		errors.Is(err, index.ErrReadOnly), errors.Is(err, store.ErrReadOnly), errors.Is(err, store.ErrLocked),
		errors.Is(err, ErrNotConfigured):
		return http.StatusConflict
	case errors.Is(err, match.ErrDisclosureForbids), errors.Is(err, match.ErrUnknownClient),
		errors.Is(err, match.ErrUnknownEmployer), errors.Is(err, match.ErrFutureDate),
		errors.Is(err, match.ErrInvalidOptions), errors.Is(err, store.ErrNoReason), errors.Is(err, match.ErrUnknownSpecialist),
		errors.Is(err, store.ErrUnknownSpecialist), errors.Is(err, index.ErrInvalidBatch),
		errors.Is(err, fidelity.ErrPeriod), errors.Is(err, errFileRefused), isFieldError(err):
		return http.StatusUnprocessableEntity
	}
	return http.StatusInternalServerError
}

func isFieldError(err error) bool {
	var fe *record.FieldError
	return errors.As(err, &fe)
}

func codeOf(err error, st int) string {
	switch st {
	case http.StatusUnauthorized:
		return "unauthorized"
	case http.StatusForbidden:
		return "forbidden"
	case http.StatusBadRequest:
		return "bad_request"
	case http.StatusNotFound:
		return "not_found"
	case http.StatusUnsupportedMediaType:
		return "unsupported_type"
	case http.StatusConflict:
		return "conflict"
	case http.StatusUnprocessableEntity:
		if errors.Is(err, match.ErrDisclosureForbids) {
			return "disclosure_forbids"
		}
		return "invalid"
	}
	return "internal"
}
