package preference

import "github.com/ipsmatch/ipsmatch/internal/record"

var (
	// ErrRequired is returned when a required field is empty.
	ErrRequired = record.ErrRequired
	// ErrOutOfRange is returned when a number lies outside its allowed range.
	ErrOutOfRange = record.ErrOutOfRange
	// ErrMinAboveMax is returned when a minimum is above its maximum.
	ErrMinAboveMax = record.ErrMinAboveMax
	// ErrUnknownValue is returned when an enumerated field (a strength, a
	// shift, a mode, a disclosure choice) holds an undocumented value.
	ErrUnknownValue = record.ErrUnknownValue
	// ErrUnknownField is returned when a profile carries a field the format
	// does not define, such as a diagnosis: the profile has no place for
	// clinical data, and a typo must never silently drop a preference.
	ErrUnknownField = record.ErrUnknownField
	// ErrMalformed is returned when a profile is not valid JSON or a field
	// holds the wrong type.
	ErrMalformed = record.ErrMalformed
)

// FieldError locates a bad value by file, record id and field, and wraps
// one of the sentinel errors above.
type FieldError = record.FieldError
