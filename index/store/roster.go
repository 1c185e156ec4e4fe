package store

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Validate reports a specialist without an id, or with an id that has
// spaces around it or control characters: ids are what records name, and
// they compare exactly ("anna.rossi").
func (s *Specialist) Validate() error {
	switch {
	case strings.TrimSpace(s.ID) == "":
		return record.Field(s.ID, "id", record.ErrRequired, "")
	case s.ID != strings.TrimSpace(s.ID) || strings.ContainsFunc(s.ID, unicode.IsControl):
		return record.Field(s.ID, "id", record.ErrUnknownValue, "an id has no spaces around it and no control characters (for example anna.rossi)")
	}
	return nil
}

// RecordID returns the specialist's id.
func (s *Specialist) RecordID() string { return s.ID }

// ReadSpecialists reads and validates JSON Lines of specialists, the
// team's roster (specialists.jsonl in a data folder); file names the
// source in errors.
func ReadSpecialists(r io.Reader, file string) ([]Specialist, error) {
	ss, _, err := record.ReadJSONL[Specialist](r, file)
	return ss, err
}

// UnknownSpecialist is the error for a name not on the roster: it wraps
// ErrUnknownSpecialist and lists the known ids, the first ten of a long
// roster, so a typo is easy to see.
func UnknownSpecialist(id string, roster []string) error {
	known := slices.Sorted(slices.Values(roster))
	var list string
	switch {
	case len(known) == 0:
		list = "the roster is empty; add the team with 'ipsmatch specialist add' or a specialists.jsonl file"
	case len(known) > 10:
		list = fmt.Sprintf("known: %s and %d more", strings.Join(known[:10], ", "), len(known)-10)
	default:
		list = "known: " + strings.Join(known, ", ")
	}
	return fmt.Errorf("%w: %q (%s)", ErrUnknownSpecialist, id, list)
}
