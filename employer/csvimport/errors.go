package csvimport

import "errors"

var (
	// ErrSeparator is returned by ParseSeparator for a separator that is
	// not ',', ';' or tab.
	ErrSeparator = errors.New("csvimport: unknown separator")
	// ErrHeaderMapping is returned by ParseHeaders for a pair that does not
	// name both columns.
	ErrHeaderMapping = errors.New("csvimport: malformed header mapping")
)
