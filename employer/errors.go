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
	// ErrDuplicateKey is returned when a JSON object gives one key twice,
	// or in two spellings that differ only in case ("name" and "NAME"):
	// encoding/json would silently keep the later value.
	ErrDuplicateKey = record.ErrDuplicateKey
	// ErrTooLarge is returned when a value, line or record is over one of
	// the size limits MaxFieldBytes and MaxLineBytes.
	ErrTooLarge = record.ErrTooLarge
	// ErrTooDeep is returned when JSON nests objects and arrays more than
	// MaxDepth levels deep.
	ErrTooDeep = record.ErrTooDeep
	// ErrInvalidUTF8 is returned when text is not valid UTF-8, usually a
	// file saved in a legacy encoding such as Windows-1252.
	ErrInvalidUTF8 = record.ErrInvalidUTF8
)

// Size limits of the decoders; see the record package for the reasons.
const (
	// MaxFieldBytes is the longest string value of any field, 64 KiB.
	MaxFieldBytes = record.MaxFieldBytes
	// MaxLineBytes is the longest line of a JSON Lines file, 1 MiB.
	MaxLineBytes = record.MaxLineBytes
	// MaxDepth is the deepest nesting of JSON objects and arrays, 32.
	MaxDepth = record.MaxDepth
)

// Warning is something a decoder accepted but a person should see. It
// names file, line, record and field, never the value.
type Warning = record.Warning

// FieldError locates a bad value by file, line, record id and field, and
// wraps one of the sentinel errors above.
type FieldError = record.FieldError

var fieldErr = record.Field
