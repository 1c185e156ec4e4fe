package employer

import (
	"fmt"
	"github.com/ipsmatch/ipsmatch/internal/record"
	"regexp"
	"slices"
	"strings"
)

var (
	iscoRe  = regexp.MustCompile(`^[0-9]{4}$`)
	clockRe = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
	langRe  = regexp.MustCompile(`^[a-z]{2}$`)
)

// Validate reports the first problem with an employer as a *FieldError.
func (e *Employer) Validate() error {
	id := e.ID
	if strings.TrimSpace(e.ID) == "" {
		return fieldErr(id, "id", ErrRequired, "")
	}
	if strings.TrimSpace(e.Name) == "" {
		return fieldErr(id, "name", ErrRequired, "")
	}
	if strings.TrimSpace(e.Sector.Code) == "" {
		return fieldErr(id, "sector.code", ErrRequired, "")
	}
	if err := record.CheckPoint(id, "location", e.Location); err != nil {
		return err
	}
	if !e.LocationPrecision.Known() {
		return fieldErr(id, "location_precision", ErrUnknownValue, "%q (want address, street, postcode or town)", e.LocationPrecision)
	}
	if !oneOf(e.Size, sizes) {
		return fieldErr(id, "size", ErrUnknownValue, "want one of %v", sizes)
	}
	for i, o := range e.TypicalOccupations {
		if err := validateOccupation(id, fmt.Sprintf("typical_occupations[%d]", i), o); err != nil {
			return err
		}
	}
	for i, p := range e.People {
		if strings.TrimSpace(p.Name) == "" {
			return fieldErr(id, fmt.Sprintf("contact_people[%d].name", i), ErrRequired, "")
		}
	}
	return nil
}

func validateOccupation(id, field string, o Occupation) error {
	if o.ISCO != "" && !iscoRe.MatchString(o.ISCO) {
		return fieldErr(id, field+".isco", ErrUnknownValue, "want a 4-digit ISCO-08 unit group")
	}
	return nil
}

func validateRange(id, field string, r Range, max float64) error {
	if r.Min < 0 || r.Min > max {
		return fieldErr(id, field+".min", ErrOutOfRange, "want a number in 0..%v", max)
	}
	if r.Max < 0 || r.Max > max {
		return fieldErr(id, field+".max", ErrOutOfRange, "want a number in 0..%v", max)
	}
	if r.Max > 0 && r.Min > r.Max {
		return fieldErr(id, field, ErrMinAboveMax, "min %v > max %v", r.Min, r.Max)
	}
	return nil
}

// Validate reports the first problem with a vacancy as a *FieldError.
func (v *Vacancy) Validate() error {
	id := v.ID
	if strings.TrimSpace(v.ID) == "" {
		return fieldErr(id, "id", ErrRequired, "")
	}
	if strings.TrimSpace(v.Title) == "" {
		return fieldErr(id, "title", ErrRequired, "")
	}
	if v.Language != "" && !langRe.MatchString(v.Language) {
		return fieldErr(id, "language", ErrUnknownValue, "want a two-letter ISO 639-1 code")
	}
	if err := validateOccupation(id, "occupation", v.Occupation); err != nil {
		return err
	}
	if err := validateRange(id, "hours", v.Hours, 80); err != nil {
		return err
	}
	if !oneOf(v.EmploymentType, employmentTypes) {
		return fieldErr(id, "employment_type", ErrUnknownValue, "want one of %v", employmentTypes)
	}
	for i, s := range v.Shifts {
		if s == "" || !oneOf(s, shifts) {
			return fieldErr(id, fmt.Sprintf("shifts[%d]", i), ErrUnknownValue, "want one of %v", shifts)
		}
		if slices.Contains(v.Shifts[:i], s) {
			return fieldErr(id, fmt.Sprintf("shifts[%d]", i), ErrUnknownValue, "the shift is listed twice")
		}
	}
	if v.EarliestStart != "" && !clockRe.MatchString(v.EarliestStart) {
		return fieldErr(id, "earliest_start", ErrUnknownValue, "want HH:MM")
	}
	if err := v.validatePay(); err != nil {
		return err
	}
	if err := record.CheckPoint(id, "location", v.Location); err != nil {
		return err
	}
	if !v.LocationPrecision.Known() {
		return fieldErr(id, "location_precision", ErrUnknownValue, "%q (want address, street, postcode or town)", v.LocationPrecision)
	}
	if !oneOf(v.Remote, remotes) {
		return fieldErr(id, "remote", ErrUnknownValue, "want one of %v", remotes)
	}
	env := map[string]Level{"social": v.Environment.Social, "noise": v.Environment.Noise,
		"outdoor": v.Environment.Outdoor, "physical": v.Environment.Physical}
	for _, k := range []string{"social", "noise", "outdoor", "physical"} {
		if !oneOf(env[k], levels) {
			return fieldErr(id, "environment."+k, ErrUnknownValue, "want one of %v", levels)
		}
	}
	for i, l := range v.Requirements.Languages {
		if !langRe.MatchString(l) {
			return fieldErr(id, fmt.Sprintf("requirements.languages[%d]", i), ErrUnknownValue, "want a two-letter ISO 639-1 code")
		}
	}
	if !v.ValidThrough.IsZero() && !v.Posted.IsZero() && v.ValidThrough.Before(v.Posted) {
		return fieldErr(id, "valid_through", ErrMinAboveMax, "%s is before posted %s", v.ValidThrough, v.Posted)
	}
	if !oneOf(v.Application.Method, applyMethods) {
		return fieldErr(id, "application.method", ErrUnknownValue, "want one of %v", applyMethods)
	}
	if !oneOf(v.Channel, channels) {
		return fieldErr(id, "channel", ErrUnknownValue, "want one of %v", channels)
	}
	return nil
}

func (v *Vacancy) validatePay() error {
	id, p := v.ID, v.Pay
	if !oneOf(p.Unit, payUnits) {
		return fieldErr(id, "pay.unit", ErrUnknownValue, "want one of %v, or omit when not stated", payUnits)
	}
	if p.Min < 0 {
		return fieldErr(id, "pay.min", ErrOutOfRange, "want zero or more")
	}
	if p.Max < 0 {
		return fieldErr(id, "pay.max", ErrOutOfRange, "want zero or more")
	}
	if p.Max > 0 && p.Min > p.Max {
		return fieldErr(id, "pay", ErrMinAboveMax, "min %v > max %v", p.Min, p.Max)
	}
	if p.Unit == PayNotStated && (p.Min > 0 || p.Max > 0) {
		return fieldErr(id, "pay.unit", ErrRequired, "an amount is given without its unit")
	}
	if p.Unit != PayNotStated && p.Currency == "" {
		return fieldErr(id, "pay.currency", ErrRequired, "")
	}
	return nil
}
