package employer

import (
	"io"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// DecodeJSON decodes one JSON record strictly: unknown fields and wrong
// types are *FieldError values naming the field. It does not validate.
func DecodeJSON(data []byte, v any) error { return record.DecodeJSON(data, v) }

// ReadEmployers reads and validates JSON Lines of employers; file names the
// source in errors. It stops at the first bad record.
func ReadEmployers(r io.Reader, file string) ([]Employer, error) {
	return record.ReadJSONL[Employer](r, file)
}

// ReadVacancies reads and validates JSON Lines of vacancies; file names the
// source in errors. It stops at the first bad record.
func ReadVacancies(r io.Reader, file string) ([]Vacancy, error) {
	return record.ReadJSONL[Vacancy](r, file)
}

// RecordID returns the employer's id.
func (e *Employer) RecordID() string { return e.ID }

// RecordID returns the vacancy's id.
func (v *Vacancy) RecordID() string { return v.ID }

// ReadContacts reads and validates JSON Lines of contacts.
func ReadContacts(r io.Reader, file string) ([]Contact, error) {
	return record.ReadJSONL[Contact](r, file)
}

// ReadPlacements reads and validates JSON Lines of placements.
func ReadPlacements(r io.Reader, file string) ([]Placement, error) {
	return record.ReadJSONL[Placement](r, file)
}
