package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	today = civil.MustParse("2026-11-23")
	home  = employer.Point{Lat: 44.4949, Lon: 11.3426}
)

// near returns a point about km east of home.
func near(km float64) *employer.Point {
	return &employer.Point{Lat: home.Lat, Lon: home.Lon + km/79.4}
}

func vac(id, emp, title string, km float64, mod ...func(*employer.Vacancy)) employer.Vacancy {
	v := employer.Vacancy{ID: id, EmployerID: emp, Title: title, Location: near(km),
		Hours: employer.Range{Min: 20, Max: 20}, Shifts: []employer.Shift{employer.ShiftDay},
		Posted: today.AddDays(-3), ValidThrough: today.AddDays(30), Channel: employer.ChannelCompetitive}
	for _, m := range mod {
		m(&v)
	}
	return v
}

func newTestEngine(t *testing.T, emps []employer.Employer, vacs []employer.Vacancy) *Engine {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs})
	require.NoError(t, err)
	e, err := New(Config{Index: ix})
	require.NoError(t, err)
	return e
}

func smallTown() ([]employer.Employer, []employer.Vacancy) {
	emps := []employer.Employer{
		{ID: "e1", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56", Label: "food and beverage service"}, Location: near(1), KnowsProgramme: true},
		{ID: "e2", Name: "Hotel Duomo", Sector: employer.Sector{Code: "I55", Label: "hotels"}, Location: near(2)},
		{ID: "e3", Name: "Logistica Valmora", Sector: employer.Sector{Code: "H52", Label: "warehousing"}, Location: near(4)},
	}
	vacs := []employer.Vacancy{
		vac("v01", "e1", "Kitchen porter", 1),
		vac("v02", "e1", "Dishwasher", 1, func(v *employer.Vacancy) { v.Shifts = []employer.Shift{employer.ShiftEvening} }),
		vac("v03", "e1", "Kitchen assistant", 1),
		vac("v04", "e2", "Kitchen porter (nights)", 2, func(v *employer.Vacancy) { v.Shifts = []employer.Shift{employer.ShiftNight} }),
		vac("v05", "e2", "Room attendant", 2),
		vac("v06", "e3", "Warehouse operative", 4, func(v *employer.Vacancy) { v.Hours = employer.Range{Min: 38, Max: 40} }),
		vac("v07", "e3", "Kitchen porter", 4, func(v *employer.Vacancy) { v.Channel = employer.ChannelQuota }),
		vac("v08", "e2", "Kitchen porter", 30),
		vac("v09", "", "Aiuto cucina", 1.5, func(v *employer.Vacancy) { v.Language = "it" }),
		vac("v10", "e2", "Kitchen porter", 2, func(v *employer.Vacancy) { v.ValidThrough = today.AddDays(-1); v.Posted = today.AddDays(-40) }),
		vac("v11", "e3", "Kitchen porter trainee", 4, func(v *employer.Vacancy) { v.Channel = employer.ChannelTraineeship }),
	}
	return emps, vacs
}

func kitchenClient(d preference.Disclosure) preference.Profile {
	return preference.Profile{
		ID: "k1", Enrolled: today.AddDays(-10), Home: &home, Disclosure: d,
		Commute:     &preference.Commute{Mode: preference.Transit, MaxMinutes: 30, Strength: preference.Must},
		JobTypes:    []preference.JobType{{Text: "kitchen work", Strength: preference.Prefer}},
		Shifts:      []preference.ShiftPref{{Shift: "day", Strength: preference.Must}, {Shift: "evening", Strength: preference.Must}},
		Hours:       &preference.Hours{Min: 15, Max: 25, Strength: preference.Prefer},
		BenefitsCap: &preference.BenefitsCap{MaxHoursPerWeek: 20},
	}
}

func ids(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func TestMatchKeepsMustsAndCountsExclusions(t *testing.T) {
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	got := requireSameAsReference(t, e, kitchenClient(preference.DiscloseFull), Options{Today: today})
	assert.NotContains(t, ids(got.Results), "v04", "night shift excluded when the client accepts only day and evening")
	assert.NotContains(t, ids(got.Results), "v08", "30 km is beyond 30 minutes by transit")
	assert.NotContains(t, ids(got.Results), "v10", "expired")
	assert.NotContains(t, ids(got.Results), "v06", "warehouse work is not what the client asked for")
	assert.Equal(t, 1, got.Excluded[ExShift])
	assert.Equal(t, 1, got.Excluded[ExTooFar])
	assert.Equal(t, 1, got.Excluded[ExExpired])
	assert.Equal(t, 2, got.Excluded[ExOtherWork], "the warehouse and room attendant jobs")
	assert.Equal(t, 1, got.Excluded[ExReserved])
	assert.Equal(t, 1, got.Excluded[ExNotCompetitive])
	for _, r := range got.Results {
		assert.Equal(t, SpecialistMayAdvocate, r.Action)
	}
}

func TestMatchKitchenFirst(t *testing.T) {
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	got, err := e.Match(context.Background(), kitchenClient(preference.DiscloseProgramOnly), Options{Today: today})
	require.NoError(t, err)
	require.NotEmpty(t, got.Results)
	assert.Contains(t, []string{"v01", "v03", "v09"}, got.Results[0].ID, "%+v", got.Results[0].Reasons)
	assert.Equal(t, SpecialistMayIntroduce, got.Results[0].Action)
	// At most two per employer: e1 has three matching vacancies.
	per := map[string]int{}
	for _, r := range got.Results {
		per[r.EmployerID]++
	}
	assert.LessOrEqual(t, per["e1"], 2)
}

func TestNoneClientNeverSeesReservedOrIntroductions(t *testing.T) {
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseNone)
	got, err := e.Match(context.Background(), p, Options{Today: today, IncludeNonCompetitive: true})
	require.NoError(t, err)
	for _, r := range got.Results {
		assert.Equal(t, ApplyOnOwn, r.Action)
		assert.NotContains(t, []string{"quota", "convention"}, r.Channel)
	}
	assert.Equal(t, 1, got.Excluded[ExReserved])
}
