package synth

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// commuteModes holds each mode's share and its usual range of minutes.
var commuteModes = []struct {
	mode     preference.Mode
	weight   float64
	min, max int
}{
	{preference.Walk, 20, 15, 30},
	{preference.Bike, 20, 20, 40},
	{preference.Transit, 40, 30, 60},
	{preference.Car, 20, 20, 45},
}

var (
	otherLanguages = []string{"en", "ro", "ar", "uk", "sq", "es", "fr", "zh", "ur", "wo"}
	caseload       = 18 // clients per generated specialist
)

// profileAt builds the k-th client profile (0-based).
func profileAt(cfg Config, g region, k int) preference.Profile {
	r := newRNG(cfg.Seed, kindProfile, k)
	home := g.point(r, 0.35)
	p := preference.Profile{
		ID:         fmt.Sprintf("c-%04d", k+1),
		Specialist: specialistName(k / caseload),
		Enrolled:   cfg.Today.AddDays(-r.between(0, 200)),
		Home:       &home,
		Disclosure: []preference.Disclosure{preference.DiscloseNone, preference.DiscloseProgramOnly,
			preference.DiscloseFull}[r.weighted([]float64{30, 40, 30})],
	}
	p.Languages = languages(r)
	c := commuteModes[r.weighted([]float64{20, 20, 40, 20})]
	p.Commute = &preference.Commute{Mode: c.mode, MaxMinutes: r.between(c.min/5, c.max/5) * 5, Strength: preference.Must}
	if r.chance(0.2) {
		p.Commute.Strength = preference.Prefer
	}
	p.DrivingLicence = c.mode == preference.Car || r.chance(0.12)
	p.JobTypes, p.Skills = jobTypes(r, p.Languages[0] == "it")
	if r.chance(0.25) {
		s := sectors[r.IntN(len(sectors))]
		p.Sectors = append(p.Sectors, preference.SectorPref{Code: s.Code, Strength: preference.Avoid})
	}
	if r.chance(0.1) {
		s := sectors[r.weighted(sectorWeights)]
		if len(p.Sectors) == 0 || p.Sectors[0].Code != s.Code {
			p.Sectors = append(p.Sectors, preference.SectorPref{Code: s.Code, Strength: preference.Prefer})
		}
	}
	p.BenefitsCap = benefitsCap(r)
	p.Hours = wantedHours(r, p.BenefitsCap)
	p.Shifts = shiftPrefs(r)
	if r.chance(0.2) {
		p.EarliestStart = &preference.StartTime{Time: pick(r, []string{"07:00", "08:00", "09:00", "10:00"}),
			Strength: pick(r, []preference.Strength{preference.Must, preference.Prefer})}
	}
	if r.chance(0.2) {
		p.Pay = payFloor(r)
	}
	if r.chance(0.25) {
		p.Environment = envPrefs(r)
	}
	return p
}

// specialistName returns a stable "first.last" login for the n-th
// generated specialist.
func specialistName(n int) string {
	return slug(firstNames[n%len(firstNames)]) + "." + slug(surnames[(n*7+3)%len(surnames)])
}

func languages(r rng) []string {
	if r.chance(0.75) {
		if r.chance(0.3) {
			return []string{"it", "en"}
		}
		return []string{"it"}
	}
	return []string{pick(r, otherLanguages), pick(r, []string{"it", "it", "en"})}
}

// jobTypes draws 0 to 3 kinds of work, in the client's words (Italian or
// English), as occupation ids, or both, and the skills that go with them.
func jobTypes(r rng, italian bool) ([]preference.JobType, []string) {
	n := r.weighted([]float64{8, 45, 32, 15})
	var jts []preference.JobType
	var skills []string
	for _, o := range sample(r, occupations, n) {
		jt := preference.JobType{Strength: preference.Strength([]string{"prefer", "must", "avoid"}[r.weighted([]float64{72, 18, 10})])}
		words := o.Words
		if italian && r.chance(0.7) {
			words = o.WordsIT
		}
		switch r.weighted([]float64{60, 25, 15}) {
		case 0:
			jt.Text = pick(r, words)
		case 1:
			jt.Occupation = o.Code
		default:
			jt.Text, jt.Occupation = pick(r, words), o.Code
		}
		if len(jts) == 0 && jt.Strength == preference.Avoid {
			jt.Strength = preference.Prefer // the first kind of work named is one the client wants
		}
		jts = append(jts, jt)
		if jt.Strength != preference.Avoid && len(o.Skills) > 0 && r.chance(0.6) {
			skills = append(skills, sample(r, o.Skills, r.between(1, 2))...)
		}
	}
	return jts, skills
}

// wantedHours draws an hours range; a client with an hours cap from
// benefits counselling asks for hours within it.
func wantedHours(r rng, limit *preference.BenefitsCap) *preference.Hours {
	if !r.chance(0.6) {
		return nil
	}
	s := preference.Prefer
	if r.chance(0.3) {
		s = preference.Must
	}
	if limit != nil && limit.MaxHoursPerWeek > 0 {
		lo := float64(r.between(2, 3) * 5)
		return &preference.Hours{Min: lo, Max: limit.MaxHoursPerWeek, Strength: s}
	}
	if r.chance(0.55) {
		lo := float64(r.between(2, 4) * 5)
		return &preference.Hours{Min: lo, Max: lo + float64(r.between(1, 2)*5), Strength: s}
	}
	return &preference.Hours{Min: float64(r.between(6, 7) * 5), Max: 40, Strength: s}
}

// benefitsCap gives about a third of clients the usual Italian limits: 20
// hours a week and/or 5,000 EUR a year of work income.
func benefitsCap(r rng) *preference.BenefitsCap {
	if !r.chance(0.35) {
		return nil
	}
	switch r.weighted([]float64{50, 25, 25}) {
	case 0:
		return &preference.BenefitsCap{MaxHoursPerWeek: 20, MaxEarnings: 5000, Currency: "EUR", Period: preference.PerYear}
	case 1:
		return &preference.BenefitsCap{MaxHoursPerWeek: 20}
	default:
		return &preference.BenefitsCap{MaxEarnings: 5000, Currency: "EUR", Period: preference.PerYear}
	}
}

// shiftPrefs: many clients accept only day (and maybe evening) work, some
// avoid nights or rotating shifts, the rest say nothing.
func shiftPrefs(r rng) []preference.ShiftPref {
	must := func(s employer.Shift) preference.ShiftPref {
		return preference.ShiftPref{Shift: string(s), Strength: preference.Must}
	}
	avoid := func(s employer.Shift) preference.ShiftPref {
		return preference.ShiftPref{Shift: string(s), Strength: preference.Avoid}
	}
	switch r.weighted([]float64{20, 20, 15, 5, 5, 35}) {
	case 0:
		return []preference.ShiftPref{must(employer.ShiftDay)}
	case 1:
		return []preference.ShiftPref{must(employer.ShiftDay), must(employer.ShiftEvening)}
	case 2:
		return []preference.ShiftPref{avoid(employer.ShiftNight)}
	case 3:
		return []preference.ShiftPref{avoid(employer.ShiftNight), avoid(employer.ShiftRotating)}
	case 4:
		return []preference.ShiftPref{{Shift: string(employer.ShiftEvening), Strength: preference.Prefer}}
	}
	return nil
}

func payFloor(r rng) *preference.Pay {
	s := pick(r, []preference.Strength{preference.Must, preference.Prefer, preference.Prefer})
	if r.chance(0.7) {
		return &preference.Pay{Min: float64(r.between(17, 21)) / 2, Currency: "EUR", Unit: "hour", Strength: s}
	}
	return &preference.Pay{Min: float64(r.between(18, 26) * 50), Currency: "EUR", Unit: "month",
		Strength: s, RequireStated: r.chance(0.3)}
}

func envPrefs(r rng) preference.Environment {
	var e preference.Environment
	pref := func(level string) *preference.EnvPref {
		return &preference.EnvPref{Level: level, Strength: pick(r, []preference.Strength{preference.Prefer, preference.Prefer, preference.Must})}
	}
	switch r.IntN(4) {
	case 0:
		e.Noise = pref("low")
	case 1:
		e.Social = pref("low")
	case 2:
		e.Outdoor = pref("high")
	default:
		e.Physical = pref("low")
	}
	if r.chance(0.3) {
		e.Noise = pref("low")
	}
	return e
}
