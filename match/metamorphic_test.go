package match

import (
	"context"
	"slices"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// metamorphic runs each generated profile, changes one vacancy it was
// shown with change, and checks the score of that vacancy with check;
// the original is put back after each change.
func metamorphic(t *testing.T, name string, change func(p *preference.Profile, v *employer.Vacancy, en *index.Entry) bool,
	check func(t *testing.T, before, after float64, p preference.Profile, id string)) {
	e, town := synthEngine(t, synth.Config{Seed: 21, Employers: 80, Vacancies: 800, Clients: 60})
	ctx := context.Background()
	today := civilToday(town)
	base := map[string]employer.Vacancy{}
	for _, v := range town.Vacancies {
		base[v.ID] = v
	}
	opt := Options{Today: today, Limit: 10, PerEmployer: -1}
	checked := 0
	for _, p := range town.Profiles {
		res, err := e.Match(ctx, p, opt)
		require.NoError(t, err)
		for _, r := range res.Results {
			en, ok := e.ix.Vacancy(r.ID)
			require.True(t, ok)
			v := base[r.ID]
			if !change(&p, &v, en) {
				continue
			}
			_, err := e.ix.Apply(ctx, index.Batch{Vacancies: []employer.Vacancy{v}})
			require.NoError(t, err)
			after, err := e.Match(ctx, p, opt)
			require.NoError(t, err)
			score := -1.0
			for _, x := range after.Results {
				if x.ID == r.ID {
					score = x.Score
				}
			}
			check(t, r.Score, score, p, r.ID)
			_, err = e.ix.Apply(ctx, index.Batch{Vacancies: []employer.Vacancy{base[r.ID]}})
			require.NoError(t, err)
			checked++
			break
		}
	}
	require.Greater(t, checked, 10, "%s: too few profiles checked", name)
}

func neverLower(t *testing.T, before, after float64, p preference.Profile, id string) {
	t.Helper()
	require.GreaterOrEqual(t, after, before-1e-9, "client %s, vacancy %s: score fell from %.3f to %.3f", p.ID, id, before, after)
}

// TestMovingAVacancyCloserNeverLowersIt: halfway to the client's home.
func TestMovingAVacancyCloserNeverLowersIt(t *testing.T) {
	metamorphic(t, "closer", func(p *preference.Profile, v *employer.Vacancy, _ *index.Entry) bool {
		if p.Home == nil || v.Location == nil || v.Remote == employer.FullRemote {
			return false
		}
		at := geo.Point{Lat: (v.Location.Lat + p.Home.Lat) / 2, Lon: (v.Location.Lon + p.Home.Lon) / 2}
		v.Location = &at
		return true
	}, neverLower)
}

// TestRaisingPayNeverLowersIt: a fifth more, for clients with no earnings
// limit (for whom more pay may rightly count against a job).
func TestRaisingPayNeverLowersIt(t *testing.T) {
	metamorphic(t, "pay", func(p *preference.Profile, v *employer.Vacancy, _ *index.Entry) bool {
		if !v.Pay.Stated() || (p.BenefitsCap != nil && p.BenefitsCap.MaxEarnings > 0) {
			return false
		}
		v.Pay.Min *= 1.2
		v.Pay.Max *= 1.2
		return true
	}, neverLower)
}

// TestAddingASkillTheClientHasNeverLowersIt: the vacancy asks for one
// more skill, one the client has.
func TestAddingASkillTheClientHasNeverLowersIt(t *testing.T) {
	metamorphic(t, "skill", func(p *preference.Profile, v *employer.Vacancy, en *index.Entry) bool {
		for _, s := range p.Skills {
			if !slices.Contains(en.Skills.Essential, s) && !slices.Contains(en.Skills.Optional, s) {
				v.Skills = employer.Skills{Essential: append(slices.Clone(en.Skills.Essential), s), Optional: slices.Clone(en.Skills.Optional)}
				return true
			}
		}
		return false
	}, neverLower)
}

// TestAnUnrelatedVacancyNeverChangesTheTop10: a vacancy of work none of
// the client's job types relates to, next door, changes nothing shown.
func TestAnUnrelatedVacancyNeverChangesTheTop10(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 22, Employers: 80, Vacancies: 800, Clients: 60})
	ctx := context.Background()
	opt := Options{Today: civilToday(town), Limit: 10}
	checked := 0
	for _, p := range town.Profiles {
		if len(p.JobTypes) == 0 || p.Home == nil {
			continue
		}
		before, err := e.Match(ctx, p, opt)
		require.NoError(t, err)
		w := compile(e.ix, &p, opt.withDefaults())
		extra := employer.Vacancy{ID: "unrelated-" + p.ID, Title: "Scaffolder", Location: p.Home,
			Occupation: employer.Occupation{Code: "scaffolder", ISCO: "7119", Label: "scaffolder"},
			Hours:      employer.Range{Min: 20, Max: 25}, Shifts: []employer.Shift{employer.ShiftDay},
			Posted: opt.Today.AddDays(-1), ValidThrough: opt.Today.AddDays(30), Channel: employer.ChannelCompetitive}
		en := &index.Entry{Vacancy: &extra}
		related := slices.ContainsFunc(w.jobs, func(j jobWant) bool { return j.sim(en).score > 0 })
		if related {
			continue
		}
		_, err = e.ix.Apply(ctx, index.Batch{Vacancies: []employer.Vacancy{extra}})
		require.NoError(t, err)
		after, err := e.Match(ctx, p, opt)
		require.NoError(t, err)
		require.Equal(t, ids(before.Results), ids(after.Results), "client %s", p.ID)
		_, err = e.ix.Apply(ctx, index.Batch{DeleteVacancies: []string{extra.ID}})
		require.NoError(t, err)
		checked++
	}
	require.Greater(t, checked, 10)
}
