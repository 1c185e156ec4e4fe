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
	// ErrDuplicateKey is returned when a JSON object gives one key twice,
	// or in two spellings that differ only in case ("disclosure" and
	// "Disclosure"): encoding/json would silently keep the later value,
	// which for a disclosure choice could reveal a client against their
	// wish.
	ErrDuplicateKey = record.ErrDuplicateKey
	// ErrTooLarge is returned when a value or the whole profile is over
	// MaxFieldBytes or MaxRecordBytes.
	ErrTooLarge = record.ErrTooLarge
	// ErrTooDeep is returned when JSON nests more than MaxDepth levels.
	ErrTooDeep = record.ErrTooDeep
	// ErrInvalidUTF8 is returned when text is not valid UTF-8.
	ErrInvalidUTF8 = record.ErrInvalidUTF8
)

// Size limits of the profile decoder.
const (
	// MaxFieldBytes is the longest string value of any field, 64 KiB.
	MaxFieldBytes = record.MaxFieldBytes
	// MaxRecordBytes is the largest profile file, 1 MiB.
	MaxRecordBytes = record.MaxLineBytes
	// MaxDepth is the deepest nesting of JSON objects and arrays, 32.
	MaxDepth = record.MaxDepth
)

// Warning is something the decoder accepted but a person should see. It
// names file, record and field, never the value.
type Warning = record.Warning

// FieldError locates a bad value by file, record id and field, and wraps
// one of the sentinel errors above.
type FieldError = record.FieldError
