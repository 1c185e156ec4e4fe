package employer

import (
	"io"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// DecodeJSON decodes one JSON record strictly: unknown fields, keys given
// twice or in another case, wrong types, invalid UTF-8 and values over the
// size limits are *FieldError values naming the field. It does not
// validate.
func DecodeJSON(data []byte, v any) error { return record.DecodeJSON(data, v) }

// Reader reads JSON Lines files of records and keeps the warnings about
// what it accepted, such as control characters in a name. The zero value
// is ready to use; one Reader may read several files.
type Reader struct {
	// Warnings holds, in reading order, the warnings of every record read
	// so far; each names file, line, record and field.
	Warnings []Warning
}

func readJSONL[T any, PT interface {
	*T
	record.Record
}](rd *Reader, r io.Reader, file string) ([]T, error) {
	out, ws, err := record.ReadJSONL[T, PT](r, file)
	if err != nil {
		return nil, err
	}
	if rd != nil {
		rd.Warnings = append(rd.Warnings, ws...)
	}
	return out, nil
}

func eachJSONL[T any, PT interface {
	*T
	record.Record
}](rd *Reader, r io.Reader, file string, fn func(T) error) error {
	return record.EachJSONL[T, PT](r, file, func(rec T, ws []Warning) error {
		if rd != nil {
			rd.Warnings = append(rd.Warnings, ws...)
		}
		return fn(rec)
	})
}

// EachEmployer reads JSON Lines of employers one at a time, calling fn
// with each once it is decoded, validated and known not to repeat an
// earlier id. Memory holds one line and the ids, whatever the file's
// size. It stops at the first bad record or error from fn.
func (rd *Reader) EachEmployer(r io.Reader, file string, fn func(Employer) error) error {
	return eachJSONL[Employer](rd, r, file, fn)
}

// EachVacancy reads JSON Lines of vacancies one at a time; see
// EachEmployer.
func (rd *Reader) EachVacancy(r io.Reader, file string, fn func(Vacancy) error) error {
	return eachJSONL[Vacancy](rd, r, file, fn)
}

// EachContact reads JSON Lines of contacts one at a time; see
// EachEmployer.
func (rd *Reader) EachContact(r io.Reader, file string, fn func(Contact) error) error {
	return eachJSONL[Contact](rd, r, file, fn)
}

// EachPlacement reads JSON Lines of placements one at a time; see
// EachEmployer.
func (rd *Reader) EachPlacement(r io.Reader, file string, fn func(Placement) error) error {
	return eachJSONL[Placement](rd, r, file, fn)
}

// Employers reads and validates JSON Lines of employers; file names the
// source in errors. It stops at the first bad record.
func (rd *Reader) Employers(r io.Reader, file string) ([]Employer, error) {
	return readJSONL[Employer](rd, r, file)
}

// Vacancies reads and validates JSON Lines of vacancies.
func (rd *Reader) Vacancies(r io.Reader, file string) ([]Vacancy, error) {
	return readJSONL[Vacancy](rd, r, file)
}

// Contacts reads and validates JSON Lines of contacts.
func (rd *Reader) Contacts(r io.Reader, file string) ([]Contact, error) {
	return readJSONL[Contact](rd, r, file)
}

// Placements reads and validates JSON Lines of placements.
func (rd *Reader) Placements(r io.Reader, file string) ([]Placement, error) {
	return readJSONL[Placement](rd, r, file)
}

// ReadEmployers reads and validates JSON Lines of employers; file names the
// source in errors. It stops at the first bad record. It drops warnings;
// use a Reader to see them.
func ReadEmployers(r io.Reader, file string) ([]Employer, error) {
	return (*Reader)(nil).Employers(r, file)
}

// ReadVacancies reads and validates JSON Lines of vacancies; see
// ReadEmployers.
func ReadVacancies(r io.Reader, file string) ([]Vacancy, error) {
	return (*Reader)(nil).Vacancies(r, file)
}

// ReadContacts reads and validates JSON Lines of contacts; see
// ReadEmployers.
func ReadContacts(r io.Reader, file string) ([]Contact, error) {
	return (*Reader)(nil).Contacts(r, file)
}

// ReadPlacements reads and validates JSON Lines of placements; see
// ReadEmployers.
func ReadPlacements(r io.Reader, file string) ([]Placement, error) {
	return (*Reader)(nil).Placements(r, file)
}

// RecordID returns the employer's id.
func (e *Employer) RecordID() string { return e.ID }

// RecordID returns the vacancy's id.
func (v *Vacancy) RecordID() string { return v.ID }
