package preference

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

var (
	clockRe = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
	langRe  = regexp.MustCompile(`^[a-z]{2}$`)

	strengths   = []Strength{Must, Prefer, Avoid, Never}
	disclosures = []Disclosure{DiscloseNone, DiscloseProgramOnly, DiscloseFull}
	modes       = []Mode{Walk, Bike, Transit, Car}
	shiftNames  = []string{"day", "evening", "night", "rotating", "weekend", "split"}
	payUnits    = []string{"hour", "day", "week", "month", "year"}
	levelNames  = []string{"low", "medium", "high"}
	periods     = []Period{PerMonth, PerYear}
)

func ferr(id, field string, sentinel error, detail string, args ...any) error {
	return record.Field(id, field, sentinel, detail, args...)
}

func checkStrength(id, field string, s Strength, allowEmpty bool) error {
	if s == "" && allowEmpty {
		return nil
	}
	if !slices.Contains(strengths, s) {
		return ferr(id, field, ErrUnknownValue, "want must, prefer, avoid or never")
	}
	return nil
}

// Validate reports the first problem with a profile as a *FieldError.
func (p *Profile) Validate() error {
	id := p.ID
	if strings.TrimSpace(p.ID) == "" {
		return ferr(id, "id", ErrRequired, "")
	}
	if p.Enrolled.IsZero() {
		return ferr(id, "enrolled", ErrRequired, "")
	}
	if !slices.Contains(disclosures, p.Disclosure) {
		return ferr(id, "disclosure", ErrUnknownValue, "want none, program_only or full")
	}
	if err := record.CheckPoint(id, "home", p.Home); err != nil {
		return err
	}
	if !p.HomePrecision.Known() {
		return ferr(id, "home_precision", ErrUnknownValue, "%q (want address, street, postcode or town)", p.HomePrecision)
	}
	for _, check := range []func() error{p.validateCommute, p.validateJobs, p.validateHours,
		p.validateShifts, p.validatePay, p.validateEnvironment, p.validateLanguages} {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Profile) validateCommute() error {
	c := p.Commute
	if c == nil {
		return nil
	}
	if c.MaxMinutes > 0 && !slices.Contains(modes, c.Mode) {
		return ferr(p.ID, "commute.mode", ErrUnknownValue, "want walk, bike, transit or car")
	}
	if c.Mode != "" && !slices.Contains(modes, c.Mode) {
		return ferr(p.ID, "commute.mode", ErrUnknownValue, "want walk, bike, transit or car")
	}
	if c.MaxMinutes < 0 || c.MaxMinutes > 240 {
		return ferr(p.ID, "commute.max_minutes", ErrOutOfRange, "want a number in 0..240")
	}
	if c.MaxKm < 0 || c.MaxKm > 500 {
		return ferr(p.ID, "commute.max_km", ErrOutOfRange, "want a number in 0..500")
	}
	if c.MaxMinutes == 0 && c.MaxKm == 0 {
		return ferr(p.ID, "commute", ErrRequired, "give max_minutes (with a mode) or max_km")
	}
	if p.Home == nil && strings.TrimSpace(p.HomeAddress) == "" {
		return ferr(p.ID, "home", ErrRequired, "a commute limit needs the client's home location or home_address")
	}
	if c.Strength == Avoid || c.Strength == Never {
		return ferr(p.ID, "commute.strength", ErrUnknownValue, "a commute limit is must or prefer")
	}
	return checkStrength(p.ID, "commute.strength", c.Strength, true)
}

func (p *Profile) validateJobs() error {
	for i, j := range p.JobTypes {
		f := fmt.Sprintf("job_types[%d]", i)
		if strings.TrimSpace(j.Text) == "" && strings.TrimSpace(j.Occupation) == "" {
			return ferr(p.ID, f, ErrRequired, "give text or occupation")
		}
		if err := checkStrength(p.ID, f+".strength", j.Strength, false); err != nil {
			return err
		}
	}
	for i, s := range p.Sectors {
		f := fmt.Sprintf("sectors[%d]", i)
		if strings.TrimSpace(s.Code) == "" {
			return ferr(p.ID, f+".code", ErrRequired, "")
		}
		if err := checkStrength(p.ID, f+".strength", s.Strength, false); err != nil {
			return err
		}
	}
	return nil
}

func (p *Profile) validateHours() error {
	if h := p.Hours; h != nil {
		if h.Min < 0 || h.Min > 80 {
			return ferr(p.ID, "hours.min", ErrOutOfRange, "want a number in 0..80")
		}
		if h.Max < 0 || h.Max > 80 {
			return ferr(p.ID, "hours.max", ErrOutOfRange, "want a number in 0..80")
		}
		if h.Max > 0 && h.Min > h.Max {
			return ferr(p.ID, "hours", ErrMinAboveMax, "")
		}
		if h.Strength == Avoid || h.Strength == Never {
			return ferr(p.ID, "hours.strength", ErrUnknownValue, "an hours range is must or prefer")
		}
		if err := checkStrength(p.ID, "hours.strength", h.Strength, true); err != nil {
			return err
		}
	}
	if b := p.BenefitsCap; b != nil {
		if b.MaxHoursPerWeek < 0 || b.MaxHoursPerWeek > 80 {
			return ferr(p.ID, "benefits_cap.max_hours_per_week", ErrOutOfRange, "want a number in 0..80")
		}
		if b.MaxEarnings < 0 {
			return ferr(p.ID, "benefits_cap.max_earnings", ErrOutOfRange, "want zero or more")
		}
		if b.MaxHoursPerWeek == 0 && b.MaxEarnings == 0 {
			return ferr(p.ID, "benefits_cap", ErrRequired, "give max_hours_per_week and/or max_earnings")
		}
		if b.MaxEarnings > 0 && !slices.Contains(periods, b.Period) {
			return ferr(p.ID, "benefits_cap.period", ErrUnknownValue, "want month or year")
		}
	}
	return nil
}

func (p *Profile) validateShifts() error {
	for i, s := range p.Shifts {
		f := fmt.Sprintf("shifts[%d]", i)
		if !slices.Contains(shiftNames, s.Shift) {
			return ferr(p.ID, f+".shift", ErrUnknownValue, "want one of %v", shiftNames)
		}
		if err := checkStrength(p.ID, f+".strength", s.Strength, false); err != nil {
			return err
		}
	}
	if e := p.EarliestStart; e != nil {
		if !clockRe.MatchString(e.Time) {
			return ferr(p.ID, "earliest_start.time", ErrUnknownValue, "want HH:MM")
		}
		if e.Strength == Avoid || e.Strength == Never {
			return ferr(p.ID, "earliest_start.strength", ErrUnknownValue, "an earliest start is must or prefer")
		}
		return checkStrength(p.ID, "earliest_start.strength", e.Strength, true)
	}
	return nil
}

func (p *Profile) validatePay() error {
	pay := p.Pay
	if pay == nil {
		return nil
	}
	if pay.Min < 0 {
		return ferr(p.ID, "pay.min", ErrOutOfRange, "want zero or more")
	}
	if !slices.Contains(payUnits, pay.Unit) {
		return ferr(p.ID, "pay.unit", ErrUnknownValue, "want one of %v", payUnits)
	}
	if pay.Strength == Avoid || pay.Strength == Never {
		return ferr(p.ID, "pay.strength", ErrUnknownValue, "a pay floor is must or prefer")
	}
	return checkStrength(p.ID, "pay.strength", pay.Strength, true)
}

func (p *Profile) validateEnvironment() error {
	for name, e := range p.Environment.fields() {
		if e == nil {
			continue
		}
		if !slices.Contains(levelNames, e.Level) {
			return ferr(p.ID, "environment."+name+".level", ErrUnknownValue, "want low, medium or high")
		}
		if err := checkStrength(p.ID, "environment."+name+".strength", e.Strength, false); err != nil {
			return err
		}
	}
	return nil
}

// fields lists the environment preferences in a fixed order.
func (e Environment) fields() map[string]*EnvPref {
	return map[string]*EnvPref{"social": e.Social, "noise": e.Noise, "outdoor": e.Outdoor, "physical": e.Physical}
}

func (p *Profile) validateLanguages() error {
	for i, l := range p.Languages {
		if !langRe.MatchString(l) {
			return ferr(p.ID, fmt.Sprintf("languages[%d]", i), ErrUnknownValue, "want a two-letter ISO 639-1 code")
		}
	}
	return nil
}
