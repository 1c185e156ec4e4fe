// Package record holds what the employer and preference packages share for
// reading records: the located FieldError, the sentinel errors it wraps, and
// strict JSON decoding. Both packages re-export these names.
package record

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors; employer and preference re-export them with doc comments.
var (
	ErrRequired     = errors.New("required field is missing")
	ErrOutOfRange   = errors.New("value out of range")
	ErrMinAboveMax  = errors.New("minimum is above maximum")
	ErrUnknownValue = errors.New("unknown value")
	ErrUnknownField = errors.New("unknown field")
	ErrMalformed    = errors.New("malformed record")
	ErrDuplicateID  = errors.New("duplicate id")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrTooLarge     = errors.New("over the size limit")
	ErrTooDeep      = errors.New("nested too deep")
	ErrInvalidUTF8  = errors.New("not valid UTF-8")
)

// FieldError locates a bad value: the file (if any), the line or record
// number (if any), the record id (if known) and the field. It wraps one of the
// sentinel errors so callers can branch with errors.Is.
type FieldError struct {
	File   string // file name, empty when not read from a file
	Line   int    // 1-based line (JSON Lines) or row (CSV); 0 when unknown
	Record string // record id, empty when unknown
	Field  string // JSON field path, for example "hours.min"
	Err    error
}

func (e *FieldError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, " line %d", e.Line)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Record != "" {
		fmt.Fprintf(&b, "record %q: ", e.Record)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *FieldError) Unwrap() error { return e.Err }

// Field builds a FieldError for a record's field; detail adds context to the
// sentinel without hiding it from errors.Is.
func Field(record, field string, sentinel error, detail string, args ...any) *FieldError {
	err := sentinel
	if detail != "" {
		err = fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(detail, args...))
	}
	return &FieldError{Record: record, Field: field, Err: err}
}

// Locate returns err as a FieldError carrying file and line.
func Locate(err error, file string, line int) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		c := *fe
		c.File, c.Line = file, line
		return &c
	}
	return &FieldError{File: file, Line: line, Err: err}
}
