package synth

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

var small = Config{Seed: 42, Employers: 300, Vacancies: 3000, Clients: 400}

func generate(t testing.TB, cfg Config) Town {
	t.Helper()
	town, err := Generate(cfg)
	require.NoError(t, err)
	return town
}

func TestSameSeedSameTown(t *testing.T) {
	a, _ := json.Marshal(generate(t, small))
	b, _ := json.Marshal(generate(t, small))
	assert.Equal(t, string(a), string(b))

	other := small
	other.Seed = 43
	c, _ := json.Marshal(generate(t, other))
	assert.NotEqual(t, string(a), string(c))
}

func TestVacancyAloneMatchesGenerate(t *testing.T) {
	town := generate(t, small)
	for _, i := range []int{0, 1, 17, 999, 2999} {
		assert.Equal(t, town.Vacancies[i], Vacancy(small, i), "vacancy %d", i)
	}
}

func TestEveryRecordValidates(t *testing.T) {
	town := generate(t, small)
	ids := map[string]bool{}
	for i := range town.Employers {
		e := &town.Employers[i]
		require.NoError(t, e.Validate())
		ids[e.ID] = true
		assert.GreaterOrEqual(t, len(e.TypicalOccupations), 2)
		assert.LessOrEqual(t, len(e.TypicalOccupations), 5)
	}
	for i := range town.Vacancies {
		v := &town.Vacancies[i]
		require.NoError(t, v.Validate())
		require.NotNil(t, v.Location, v.ID)
		if v.EmployerID != "" {
			assert.True(t, ids[v.EmployerID], "%s names unknown employer %s", v.ID, v.EmployerID)
		}
	}
	for i := range town.Profiles {
		p := &town.Profiles[i]
		require.NoError(t, p.Validate())
		b, err := json.Marshal(p)
		require.NoError(t, err)
		_, err = preference.Decode(b, "")
		require.NoError(t, err, "profile %s round-trips", p.ID)
	}
}

func TestCatalogueIsConsistent(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range occupations {
		assert.False(t, seen[o.Code], "duplicate occupation %s", o.Code)
		seen[o.Code] = true
		assert.Regexp(t, `^[0-9]{4}$`, o.ISCO, o.Code)
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, o.Code)
		assert.Len(t, o.env, 4, o.Code)
		assert.NotEmpty(t, o.Words, o.Code)
		assert.NotEmpty(t, o.WordsIT, o.Code)
		assert.NotEmpty(t, o.Duty, o.Code)
		assert.NotEmpty(t, o.DutyIT, o.Code)
	}
	assert.GreaterOrEqual(t, len(sectors), 25)
	for _, s := range sectors {
		assert.NotEmpty(t, s.Occupations, s.Code)
		for _, id := range s.Occupations {
			assert.True(t, seen[id], "sector %s hires unknown occupation %s", s.Code, id)
		}
		assert.NotEmpty(t, s.roles, s.Code)
		assert.NotEmpty(t, s.notes, s.Code)
	}
}

// share counts the fraction of vacancies for which f holds.
func share(vs []employer.Vacancy, f func(v *employer.Vacancy) bool) float64 {
	n := 0
	for i := range vs {
		if f(&vs[i]) {
			n++
		}
	}
	return float64(n) / float64(len(vs))
}

func TestVacancyDistributions(t *testing.T) {
	town := generate(t, small)
	vs := town.Vacancies
	today := DefaultToday
	cases := []struct {
		name   string
		lo, hi float64
		f      func(v *employer.Vacancy) bool
	}{
		{"already expired", 0.08, 0.18, func(v *employer.Vacancy) bool { return !v.Open(today) }},
		{"written in Italian", 0.2, 0.3, func(v *employer.Vacancy) bool { return v.Lang() == "it" }},
		{"not competitive", 0.1, 0.2, func(v *employer.Vacancy) bool { return !v.Competitive() }},
		{"reserved (quota or convention)", 0.06, 0.12, func(v *employer.Vacancy) bool { return v.Reserved() }},
		{"traineeship", 0.02, 0.06, func(v *employer.Vacancy) bool { return v.Channel == employer.ChannelTraineeship }},
		{"sheltered", 0.005, 0.04, func(v *employer.Vacancy) bool { return v.Channel == employer.ChannelSheltered }},
		{"pay not stated", 0.15, 0.25, func(v *employer.Vacancy) bool { return !v.Pay.Stated() }},
		{"no employer", 0.03, 0.08, func(v *employer.Vacancy) bool { return v.EmployerID == "" }},
		{"night shifts", 0.04, 0.14, func(v *employer.Vacancy) bool { return slices.Contains(v.Shifts, employer.ShiftNight) }},
		{"rotating shifts", 0.05, 0.16, func(v *employer.Vacancy) bool { return slices.Contains(v.Shifts, employer.ShiftRotating) }},
		{"day shifts", 0.45, 0.8, func(v *employer.Vacancy) bool { return slices.Contains(v.Shifts, employer.ShiftDay) }},
		{"part-time", 0.3, 0.6, func(v *employer.Vacancy) bool { return v.Hours.Max > 0 && v.Hours.Max <= 25 }},
		{"posted in the last 60 days", 1, 1, func(v *employer.Vacancy) bool {
			d := today.DaysSince(v.Posted)
			return d >= 0 && d < 60
		}},
	}
	for _, c := range cases {
		got := share(vs, c.f)
		assert.GreaterOrEqual(t, got, c.lo, c.name)
		assert.LessOrEqual(t, got, c.hi, c.name)
	}
	for i := range vs {
		v := &vs[i]
		if v.Pay.Unit == employer.PerHour {
			assert.True(t, v.Pay.Min >= 8.5 && v.Pay.Max <= 16, "%s hourly pay %v", v.ID, v.Pay)
		}
		if v.Pay.Unit == employer.PerMonth && v.Channel != employer.ChannelTraineeship {
			assert.True(t, v.Pay.Min >= 900 && v.Pay.Max <= 2200, "%s monthly pay %v", v.ID, v.Pay)
		}
		open := v.ValidThrough.DaysSince(v.Posted)
		assert.True(t, open >= 14 && open <= 60, "%s open for %d days", v.ID, open)
	}
}

func TestLocationsClusterAroundTheCentre(t *testing.T) {
	town := generate(t, small)
	r := DefaultRadiusKm(small.Vacancies)
	inner := 0
	for _, e := range town.Employers {
		d := geo.DistanceKm(DefaultCenter, *e.Location)
		assert.LessOrEqual(t, d, r*1.1, e.ID)
		if d < r/3 {
			inner++
		}
	}
	// A uniform disc would put a ninth of them in the inner third.
	assert.Greater(t, float64(inner)/float64(len(town.Employers)), 0.3)
}

func TestProfileDistributions(t *testing.T) {
	ps := generate(t, small).Profiles
	count := func(f func(p *preference.Profile) bool) float64 {
		n := 0
		for i := range ps {
			if f(&ps[i]) {
				n++
			}
		}
		return float64(n) / float64(len(ps))
	}
	assert.InDelta(t, 0.35, count(func(p *preference.Profile) bool { return p.BenefitsCap != nil }), 0.08)
	assert.InDelta(t, 0.8, count(func(p *preference.Profile) bool { return p.Commute.Strength == preference.Must }), 0.08)
	assert.InDelta(t, 0.3, count(func(p *preference.Profile) bool { return p.DrivingLicence }), 0.08)
	for _, d := range []preference.Disclosure{preference.DiscloseNone, preference.DiscloseProgramOnly, preference.DiscloseFull} {
		assert.Greater(t, count(func(p *preference.Profile) bool { return p.Disclosure == d }), 0.2, d)
	}
	for _, m := range []preference.Mode{preference.Walk, preference.Bike, preference.Transit, preference.Car} {
		assert.Greater(t, count(func(p *preference.Profile) bool { return p.Commute.Mode == m }), 0.1, m)
	}
	days := func(p *preference.Profile) int { return DefaultToday.DaysSince(p.Enrolled) }
	assert.Equal(t, 1.0, count(func(p *preference.Profile) bool { return days(p) >= 0 && days(p) <= 200 }))
}

func TestConfigValidate(t *testing.T) {
	assert.NoError(t, Config{}.Validate())
	for name, c := range map[string]Config{
		"negative employers": {Employers: -1},
		"huge vacancies":     {Vacancies: maxRecords + 1},
		"centre off globe":   {Center: employer.Point{Lat: 95}},
		"negative radius":    {RadiusKm: -1},
	} {
		_, err := Generate(c)
		assert.ErrorIs(t, err, ErrConfig, name)
	}
}

func TestDefaultRadiusGrowsWithSize(t *testing.T) {
	assert.Equal(t, 6.0, DefaultRadiusKm(0))
	assert.Equal(t, 6.0, DefaultRadiusKm(1000))
	assert.InDelta(t, 40.0, DefaultRadiusKm(100_000), 1e-9)
	assert.Equal(t, 40.0, DefaultRadiusKm(1_000_000))
	assert.Less(t, DefaultRadiusKm(10_000), DefaultRadiusKm(50_000))
}

func TestVacanciesWithoutEmployers(t *testing.T) {
	town := generate(t, Config{Seed: 1, Vacancies: 50})
	for i := range town.Vacancies {
		assert.Empty(t, town.Vacancies[i].EmployerID)
		assert.NoError(t, town.Vacancies[i].Validate())
	}
}

func BenchmarkGenerate100k(b *testing.B) {
	cfg := Config{Seed: 7, Employers: 10_000, Vacancies: 100_000, Clients: 2_000}
	for b.Loop() {
		if _, err := Generate(cfg); err != nil {
			b.Fatal(err)
		}
	}
}
