package csvimport

import (
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Options tune the readers. The zero value works.
type Options struct {
	// Comma is the field separator; 0 means detect it from the header line,
	// choosing ';' when it has more semicolons than commas, else ','.
	Comma rune
	// Headers maps the team's column names to the documented ones, for
	// example {"Azienda": "name", "Settore": "sector_code"}. Keys are
	// matched without regard to case, accents or surrounding space.
	Headers map[string]string
	// Today is the day contacts are read on: a contact dated after Today
	// is an error. The zero Date skips the check.
	Today employer.Date
	// Location is the time zone of contact date and time cells; nil means
	// UTC. Cells in the at column carry their own offset.
	Location *time.Location
}
