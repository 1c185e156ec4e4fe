package fidelity

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/samber/lo"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
)

// Targets from the IPS fidelity scale.
const (
	// TargetFaceToFacePerWeek is the weekly number of face-to-face employer
	// contacts a specialist should make.
	TargetFaceToFacePerWeek = 6
	// CaseloadTarget is the most clients a specialist should carry.
	CaseloadTarget = 20
	// RapidSearchDays is how soon after enrolment the first face-to-face
	// employer contact should happen.
	RapidSearchDays = 30
)

// ErrPeriod is returned by Compute when the period is missing a date or
// ends before it starts.
var ErrPeriod = errors.New("fidelity: invalid period")

// Period is a span of days; both ends are included.
type Period struct {
	From employer.Date `json:"from"`
	To   employer.Date `json:"to"`
}

// Days returns the number of days in the period, both ends included.
func (p Period) Days() int { return p.To.DaysSince(p.From) + 1 }

// Contains reports whether day falls within the period.
func (p Period) Contains(day employer.Date) bool { return !day.Before(p.From) && !day.After(p.To) }

// Input is what a report is computed from.
type Input struct {
	// Clients are the caseloads; each profile's Specialist says whose.
	Clients    []preference.Profile
	Contacts   []employer.Contact
	Placements []employer.Placement
	Period     Period
	// Today is the day the report is made, used to judge 90-day retention,
	// tenure and days since enrolment; zero means Period.To.
	Today employer.Date
	// Specialist restricts the report to one specialist; "" is the whole team.
	Specialist string
	// Lang is the language of the flags: English when zero, else Italian,
	// Spanish or Danish (the closest of them). The figures never change
	// with it.
	Lang language.Tag
}

// Report holds the fidelity and outcome figures for a period, for one
// specialist or the whole team. Every ratio is 0 when its denominator is.
type Report struct {
	Period     Period  `json:"period"`
	Specialist string  `json:"specialist,omitempty"`
	Weeks      float64 `json:"weeks"` // days in the period / 7
	// Specialists holds each specialist's figures, sorted by name: those
	// with clients in the input or specialist contacts in the period (only
	// the selected one when Specialist is set).
	Specialists []SpecialistFigures `json:"specialists"`

	// FaceToFacePerWeek is the mean over Specialists of their face-to-face
	// employer contacts per week, against TargetPerWeek.
	FaceToFacePerWeek float64 `json:"face_to_face_per_week"`
	TargetPerWeek     float64 `json:"target_per_week"`
	// Caseload counts the clients in scope; CaseloadTarget applies to each
	// specialist.
	Caseload       int                 `json:"caseload"`
	CaseloadTarget int                 `json:"caseload_target"`
	FirstContact   FirstContactFigures `json:"first_contact"`

	// JobStarts counts placements starting within the period: for the
	// selected specialist's clients, or every placement for the whole team
	// (including clients not in the input).
	JobStarts int `json:"job_starts"`
	// DistinctJobTypes counts the kinds of work among the starts (the ISCO
	// unit group when set, otherwise the title in lower case);
	// DistinctEmployers the employers. Each diversity is distinct / starts.
	DistinctJobTypes  int     `json:"distinct_job_types"`
	DistinctEmployers int     `json:"distinct_employers"`
	JobTypeDiversity  float64 `json:"job_type_diversity"`
	EmployerDiversity float64 `json:"employer_diversity"`
	// Working counts clients in scope holding a job on the period's last
	// day; ShareWorking is Working / Caseload.
	Working      int     `json:"working"`
	ShareWorking float64 `json:"share_working"`
	// Retention90 is, among the period's starts that can be judged on Today
	// (started at least 90 days before, or ended), those that lasted at
	// least 90 days.
	Retention90 Ratio `json:"retention_90"`
	// MedianTenureDays is the median tenure of the period's starts, open
	// ones counting up to Today.
	MedianTenureDays int `json:"median_tenure_days"`

	// Flags name what needs attention, in a specialist's words: specialists
	// below the contact target or over caseload, then clients past day 30
	// with no employer contact.
	Flags []string `json:"flags,omitempty"`
}

// SpecialistFigures are one specialist's job-development and caseload
// figures for the period.
type SpecialistFigures struct {
	Name     string `json:"name"`
	Caseload int    `json:"caseload"` // clients whose Specialist is Name
	// FaceToFace counts the specialist's own face-to-face employer contacts
	// in the period; contacts a client made alone do not count.
	FaceToFace         int     `json:"face_to_face"`
	Weeks              float64 `json:"weeks"`
	FaceToFacePerWeek  float64 `json:"face_to_face_per_week"`
	OverCaseload       bool    `json:"over_caseload,omitempty"`        // Caseload > CaseloadTarget
	BelowContactTarget bool    `json:"below_contact_target,omitempty"` // FaceToFacePerWeek < TargetFaceToFacePerWeek
}

// Ratio is a count out of a count; Value is 0 when Den is.
type Ratio struct {
	Num   int     `json:"num"`
	Den   int     `json:"den"`
	Value float64 `json:"value"`
}

func ratio(num, den int) Ratio { return Ratio{Num: num, Den: den, Value: share(num, den)} }

func share(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// Compute makes the report for in.Period. It fails only when the period is
// missing a date or ends before it starts.
func Compute(in Input) (Report, error) {
	per := in.Period
	if per.From.IsZero() || per.To.IsZero() {
		return Report{}, fmt.Errorf("%w: from %q to %q: both dates are needed", ErrPeriod, per.From, per.To)
	}
	if per.To.Before(per.From) {
		return Report{}, fmt.Errorf("%w: from %s is after to %s", ErrPeriod, per.From, per.To)
	}
	if in.Today.IsZero() {
		in.Today = per.To
	}
	clients := lo.Filter(in.Clients, func(p preference.Profile, _ int) bool {
		return in.Specialist == "" || p.Specialist == in.Specialist
	})
	weeks := float64(per.Days()) / 7
	r := Report{
		Period:         per,
		Specialist:     in.Specialist,
		Weeks:          weeks,
		TargetPerWeek:  TargetFaceToFacePerWeek,
		Caseload:       len(clients),
		CaseloadTarget: CaseloadTarget,
		FirstContact:   firstContact(clients, in.Contacts, per.To, in.Today),
	}
	r.Specialists = specialists(in, weeks)
	if len(r.Specialists) > 0 {
		r.FaceToFacePerWeek = lo.SumBy(r.Specialists, func(s SpecialistFigures) float64 { return s.FaceToFacePerWeek }) /
			float64(len(r.Specialists))
	}
	r.outcomes(in, clients)
	r.Flags = flags(in.Lang, r, clients, in.Today)
	return r, nil
}

// specialists computes each specialist's figures, sorted by name.
func specialists(in Input, weeks float64) []SpecialistFigures {
	caseload := lo.CountValuesBy(in.Clients, func(p preference.Profile) string { return p.Specialist })
	named := lo.SliceToMap(lo.Without(lo.Keys(caseload), ""), func(n string) (string, bool) { return n, true })
	visits := map[string]int{}
	for _, c := range in.Contacts {
		if c.ByClient || c.Specialist == "" || !in.Period.Contains(c.Day()) {
			continue
		}
		named[c.Specialist] = true
		if c.Type == employer.FaceToFace {
			visits[c.Specialist]++
		}
	}
	names := []string{in.Specialist}
	if in.Specialist == "" {
		names = slices.Sorted(maps.Keys(named))
	}
	return lo.Map(names, func(name string, _ int) SpecialistFigures {
		perWeek := float64(visits[name]) / weeks
		return SpecialistFigures{
			Name:               name,
			Caseload:           caseload[name],
			FaceToFace:         visits[name],
			Weeks:              weeks,
			FaceToFacePerWeek:  perWeek,
			OverCaseload:       caseload[name] > CaseloadTarget,
			BelowContactTarget: perWeek < TargetFaceToFacePerWeek,
		}
	})
}

// flags lists what needs attention, in a fixed order.
func flags(lang language.Tag, r Report, clients []preference.Profile, today employer.Date) []string {
	var out []string
	for _, s := range r.Specialists {
		if s.BelowContactTarget {
			out = append(out, sprintf(lang, "%s: %.1f face-to-face employer contacts a week, target %d",
				s.Name, s.FaceToFacePerWeek, TargetFaceToFacePerWeek))
		}
		if s.OverCaseload {
			out = append(out, sprintf(lang, "%s: caseload of %d clients, target %d or fewer", s.Name, s.Caseload, CaseloadTarget))
		}
	}
	byID := lo.KeyBy(clients, func(p preference.Profile) string { return p.ID })
	for _, id := range r.FirstContact.PastDay30NoContact {
		out = append(out, sprintf(lang, "client %s: day %d since enrolment, no employer contact yet",
			id, DaysSinceEnrolment(byID[id], today)))
	}
	return out
}
