package csvimport

import (
	"fmt"
	"strings"
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

// ParseSeparator reads a separator as a person types it: "" (find it from
// the header line), ",", ";" or "tab". Anything else is ErrSeparator.
func ParseSeparator(s string) (rune, error) {
	switch s {
	case "":
		return 0, nil
	case ",", ";":
		return rune(s[0]), nil
	case "tab", `\t`, "\t":
		return '\t', nil
	}
	return 0, fmt.Errorf("%w: want ',' ';' or 'tab'", ErrSeparator)
}

// ParseHeaders reads a header mapping as a person types it,
// "Azienda=name,Settore=sector_code"; "" is no mapping. A pair without
// both names is an ErrHeaderMapping naming its position (from 1), never
// its text.
func ParseHeaders(s string) (map[string]string, error) {
	if s == "" {
		return nil, nil
	}
	out := map[string]string{}
	for i, pair := range strings.Split(s, ",") {
		theirs, ours, ok := strings.Cut(pair, "=")
		if !ok || strings.TrimSpace(theirs) == "" || strings.TrimSpace(ours) == "" {
			return nil, fmt.Errorf("%w: pair %d is not Theirs=ours", ErrHeaderMapping, i+1)
		}
		out[strings.TrimSpace(theirs)] = strings.TrimSpace(ours)
	}
	return out, nil
}
