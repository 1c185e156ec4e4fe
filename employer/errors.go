package employer

import "github.com/ipsmatch/ipsmatch/internal/record"

var (
	// ErrRequired is returned when a required field is empty.
	ErrRequired = record.ErrRequired
	// ErrOutOfRange is returned when a number lies outside its allowed range,
	// for example a latitude above 90 or negative hours.
	ErrOutOfRange = record.ErrOutOfRange
	// ErrMinAboveMax is returned when a range has its minimum above its
	// maximum, or an end date before its start.
	ErrMinAboveMax = record.ErrMinAboveMax
	// ErrUnknownValue is returned when an enumerated field holds a value that
	// is not one of its documented values.
	ErrUnknownValue = record.ErrUnknownValue
	// ErrUnknownField is returned when a record carries a field that the
	// format does not define. Unknown fields are errors so that a typo never
	// silently drops a constraint.
	ErrUnknownField = record.ErrUnknownField
	// ErrMalformed is returned when a record is not valid JSON or a field
	// holds the wrong type.
	ErrMalformed = record.ErrMalformed
	// ErrDuplicateID is returned when one batch holds two records with the
	// same id.
	ErrDuplicateID = record.ErrDuplicateID
)

// FieldError locates a bad value by file, line, record id and field, and
// wraps one of the sentinel errors above.
type FieldError = record.FieldError

var fieldErr = record.Field
