package transit

import (
	"errors"
	"fmt"
)

var (
	// ErrFeed is returned when a GTFS feed is missing a file or field, or
	// holds a value or reference that cannot be right. The message names
	// the file, the row and the field.
	ErrFeed = errors.New("ipsmatch transit: GTFS feed")
	// ErrNoService is returned when no trip of the feed runs on the day
	// asked for, usually because the feed has expired.
	ErrNoService = errors.New("ipsmatch transit: no service that day")
	// ErrOptions is returned for planner options that cannot work.
	ErrOptions = errors.New("ipsmatch transit: invalid options")
)

// feedError is an ErrFeed naming where the problem is.
func feedError(file string, row int, field, format string, a ...any) error {
	msg := fmt.Sprintf(format, a...)
	switch {
	case row > 0 && field != "":
		return fmt.Errorf("%w: %s row %d: field %s: %s", ErrFeed, file, row, field, msg)
	case row > 0:
		return fmt.Errorf("%w: %s row %d: %s", ErrFeed, file, row, msg)
	case field != "":
		return fmt.Errorf("%w: %s: field %s: %s", ErrFeed, file, field, msg)
	}
	return fmt.Errorf("%w: %s: %s", ErrFeed, file, msg)
}
