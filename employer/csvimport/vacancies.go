package csvimport

import (
	"io"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// ReadVacancies reads a vacancies file (columns in FORMAT.md); file names it
// in errors. It returns every vacancy, validated, or the first problem as a
// *employer.FieldError and no vacancies.
func ReadVacancies(r io.Reader, file string, opt Options) ([]employer.Vacancy, error) {
	return read(r, file, opt, vacancyKind())
}

// EachVacancy reads the same file one row at a time, calling fn with each
// vacancy once it is built and validated; memory holds one row and
// the ids, whatever the file's size. It stops at the first bad row or
// error from fn.
func EachVacancy(r io.Reader, file string, opt Options, fn func(employer.Vacancy) error) error {
	return each(r, file, opt, vacancyKind(), fn)
}

func vacancyKind() kind[employer.Vacancy] {
	return kind[employer.Vacancy]{
		columns:  vacancyColumns,
		build:    buildVacancy,
		validate: (*employer.Vacancy).Validate,
		id:       func(v *employer.Vacancy) string { return v.ID },
		column: map[string]string{
			"occupation.isco": "isco", "occupation.code": "occupation_code", "occupation.label": "occupation_label",
			"hours.min": "hours_min", "hours.max": "hours_max", "hours": "hours_min",
			"pay.min": "pay_min", "pay.max": "pay_max", "pay": "pay_min", "pay.unit": "pay_unit", "pay.currency": "currency",
			"location.lat": "lat", "location.lon": "lon", "location": "lat",
			"environment.social": "social", "environment.noise": "noise",
			"environment.outdoor": "outdoor", "environment.physical": "physical",
			"requirements.languages": "languages", "application.method": "apply_method",
		},
	}
}

func buildVacancy(b *builder) employer.Vacancy {
	start, _, _ := b.clock("earliest_start")
	v := employer.Vacancy{
		ID:          b.text("id"),
		EmployerID:  b.text("employer_id"),
		Title:       b.text("title"),
		Description: b.text("description"),
		Language:    b.enum("language"),
		Occupation: employer.Occupation{Code: b.text("occupation_code"), ISCO: b.text("isco"),
			Label: b.text("occupation_label")},
		Skills: employer.Skills{Essential: b.list("essential_skills", "|"),
			Optional: b.list("optional_skills", "|")},
		Hours:          employer.Range{Min: b.number("hours_min"), Max: b.number("hours_max")},
		EmploymentType: employer.EmploymentType(b.enum("employment_type")),
		EarliestStart:  start,
		Pay: employer.Pay{Min: b.number("pay_min"), Max: b.number("pay_max"),
			Currency: strings.ToUpper(b.text("currency")), Unit: employer.PayUnit(b.enum("pay_unit"))},
		Address:  b.text("address"),
		Location: b.point(),
		Remote:   remote(b),
		Environment: employer.Environment{
			Social: employer.Level(b.enum("social")), Noise: employer.Level(b.enum("noise")),
			Outdoor: employer.Level(b.enum("outdoor")), Physical: employer.Level(b.enum("physical")),
		},
		Requirements: employer.Requirements{DrivingLicence: b.boolean("driving_licence")},
		Posted:       b.date("posted"),
		ValidThrough: b.date("valid_through"),
		StartDate:    b.date("start_date"),
		Application: employer.Application{Method: employer.ApplyMethod(b.enum("apply_method")),
			Detail: b.text("apply_detail")},
		Channel: employer.Channel(b.enum("channel")),
	}
	for _, s := range b.list("shifts", "|,;") {
		v.Shifts = append(v.Shifts, employer.Shift(fold(s)))
	}
	for _, l := range b.list("languages", "|,;") {
		v.Requirements.Languages = append(v.Requirements.Languages, fold(l))
	}
	return v
}

// remote reads the remote column: empty, no or on_site is on-site work;
// yes is fully remote.
func remote(b *builder) employer.Remote {
	switch r := b.enum("remote"); r {
	case "", "no", "on_site", "onsite":
		return employer.OnSite
	case "yes":
		return employer.FullRemote
	default:
		return employer.Remote(r)
	}
}
