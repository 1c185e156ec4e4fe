package match

import (
	"context"
	"slices"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

func synthEngine(t testing.TB, cfg synth.Config) (*Engine, synth.Town) {
	t.Helper()
	town, err := synth.Generate(cfg)
	require.NoError(t, err)
	return townEngine(t, town), town
}

// townEngine indexes a town's employers and vacancies in memory.
func townEngine(t testing.TB, town synth.Town) *Engine {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Employers: town.Employers, Vacancies: town.Vacancies})
	require.NoError(t, err)
	e, err := New(Config{Index: ix})
	require.NoError(t, err)
	return e
}

// TestMustPreferencesNeverViolated checks every result of many generated
// profiles against each must-preference, the disclosure rules and the
// default channel rule, on the stored record.
func TestMustPreferencesNeverViolated(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 7, Employers: 150, Vacancies: 1500, Clients: 150})
	ctx := context.Background()
	today := civilToday(town)
	for _, p := range town.Profiles {
		for _, inc := range []bool{false, true} {
			res, err := e.Match(ctx, p, Options{Today: today, Limit: 30, IncludeNonCompetitive: inc})
			require.NoError(t, err)
			for _, r := range res.Results {
				en, ok := e.ix.Vacancy(r.ID)
				require.True(t, ok)
				checkMusts(t, p, en, r, today, inc)
			}
		}
	}
}

func civilToday(town synth.Town) employer.Date { return synth.DefaultToday }

func checkMusts(t *testing.T, p preference.Profile, en *index.Entry, r Result, today employer.Date, inc bool) {
	t.Helper()
	v := en.Vacancy
	require.True(t, v.Open(today), "%s: %s expired", p.ID, v.ID)
	require.False(t, slices.Contains(p.AvoidEmployers, v.EmployerID) && v.EmployerID != "", "%s: avoided employer", p.ID)
	if !inc {
		require.True(t, v.Competitive(), "%s: %s is not competitive", p.ID, v.ID)
	}
	switch p.Disclosure {
	case preference.DiscloseNone:
		require.Equal(t, ApplyOnOwn, r.Action)
		require.False(t, v.Reserved(), "%s chose not to disclose but got reserved %s", p.ID, v.ID)
	case preference.DiscloseProgramOnly:
		require.Equal(t, SpecialistMayIntroduce, r.Action)
	case preference.DiscloseFull:
		require.Equal(t, SpecialistMayAdvocate, r.Action)
	}
	if c := p.Commute; c != nil && c.Strength == preference.Must && p.Home != nil && v.Remote != employer.FullRemote {
		require.NotNil(t, r.DistanceKm, "%s: must commute but %s has no location", p.ID, v.ID)
		if c.MaxKm > 0 {
			require.LessOrEqual(t, *r.DistanceKm, c.MaxKm+0.05)
		}
		if c.MaxMinutes > 0 {
			require.LessOrEqual(t, *r.CommuteMinutes, c.MaxMinutes, "%s: %s too far", p.ID, v.ID)
		}
	}
	var accept []employer.Shift
	for _, s := range p.Shifts {
		if s.Strength == preference.Must {
			accept = append(accept, employer.Shift(s.Shift))
		}
	}
	for _, s := range v.Shifts {
		require.True(t, len(accept) == 0 || slices.Contains(accept, s), "%s: shift %s of %s not accepted", p.ID, s, v.ID)
	}
	if st := p.EarliestStart; st != nil && st.Strength == preference.Must && v.EarliestStart != "" {
		require.GreaterOrEqual(t, v.EarliestStart, st.Time)
	}
	lo, hi := hoursBounds(v.Hours)
	if h := p.Hours; h != nil && h.Strength == preference.Must && !v.Hours.IsZero() {
		require.True(t, h.Max == 0 || lo <= h.Max, "%s: %s hours %v over %v", p.ID, v.ID, lo, h.Max)
		require.True(t, h.Min == 0 || hi >= h.Min, "%s: %s hours %v under %v", p.ID, v.ID, hi, h.Min)
	}
	if b := p.BenefitsCap; b != nil && b.MaxHoursPerWeek > 0 {
		require.LessOrEqual(t, v.Hours.Min, b.MaxHoursPerWeek)
	}
	if pf := p.Pay; pf != nil {
		if pf.RequireStated {
			require.True(t, v.Pay.Stated())
		}
		if pf.Strength == preference.Must && v.Pay.Stated() {
			_, phi := payPerUnit(v, pf.Unit)
			require.GreaterOrEqual(t, phi, pf.Min)
		}
	}
	for _, d := range envDims(p.Environment, v.Environment) {
		if d.pref != nil && d.pref.Strength == preference.Must && d.have != "" {
			require.Equal(t, d.pref.Level, string(d.have))
		}
	}
}

// TestEngineAgreesWithReference: on generated towns the engine's top 20
// equals scoring every vacancy, for every generated profile and with the
// rapid and include options too.
func TestEngineAgreesWithReference(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	for _, seed := range []int64{1, 2} {
		e, town := synthEngine(t, synth.Config{Seed: seed, Employers: 200, Vacancies: 2500, Clients: 80})
		for i, p := range town.Profiles {
			opt := Options{Today: synth.DefaultToday, Rapid: i%3 == 0, IncludeNonCompetitive: i%4 == 0}
			requireSameAsReference(t, e, p, opt)
		}
	}
}

func TestSameInputSameOrder(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 3, Employers: 100, Vacancies: 800, Clients: 20})
	for _, p := range town.Profiles {
		a, err := e.Match(context.Background(), p, Options{Today: synth.DefaultToday})
		require.NoError(t, err)
		b, err := e.Match(context.Background(), p, Options{Today: synth.DefaultToday})
		require.NoError(t, err)
		require.Equal(t, a, b)
	}
}
