package csvimport

import (
	"io"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// ReadEmployers reads an employers file (columns in FORMAT.md); file names
// it in errors. It returns every employer, validated, or the first problem
// as a *employer.FieldError and no employers.
func ReadEmployers(r io.Reader, file string, opt Options) ([]employer.Employer, error) {
	return read(r, file, opt, employerKind())
}

// EachEmployer reads the same file one row at a time, calling fn with each
// employer once it is built and validated; memory holds one row and
// the ids, whatever the file's size. It stops at the first bad row or
// error from fn.
func EachEmployer(r io.Reader, file string, opt Options, fn func(employer.Employer) error) error {
	return each(r, file, opt, employerKind(), fn)
}

func employerKind() kind[employer.Employer] {
	return kind[employer.Employer]{
		columns:  employerColumns,
		build:    buildEmployer,
		validate: (*employer.Employer).Validate,
		id:       func(e *employer.Employer) string { return e.ID },
		column: map[string]string{
			"sector.code": "sector_code", "sector.label": "sector_label",
			"location.lat": "lat", "location.lon": "lon", "location": "lat",
			"typical_occupations": "typical_occupations", "contact_people": "contact_name",
		},
	}
}

func buildEmployer(b *builder) employer.Employer {
	e := employer.Employer{
		ID:              b.text("id"),
		Name:            b.text("name"),
		Sector:          employer.Sector{Code: b.text("sector_code"), Label: b.text("sector_label")},
		Address:         b.text("address"),
		Location:        b.point(),
		Size:            employer.Size(b.enum("size")),
		Website:         b.text("website"),
		InclusionPolicy: b.boolean("inclusion_policy"),
		KnowsProgramme:  b.boolean("knows_programme"),
		Notes:           b.text("notes"),
	}
	p := employer.Person{Name: b.text("contact_name"), Role: b.text("contact_role"),
		Phone: b.text("contact_phone"), Email: b.text("contact_email")}
	if p != (employer.Person{}) {
		e.People = []employer.Person{p}
	}
	for _, entry := range b.list("typical_occupations", ";") {
		e.TypicalOccupations = append(e.TypicalOccupations, occupation(strings.TrimSpace(entry)))
	}
	return e
}
