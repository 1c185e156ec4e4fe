package match

import (
	"context"
	"fmt"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// TestFacetsIndependentOfLimit: the counts are the same for a list of 3
// and of 10,000, every vacancy is accounted for once, and what passed is
// exactly what an unlimited Match lists.
func TestFacetsIndependentOfLimit(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 5, Employers: 40, Vacancies: 300, Clients: 25})
	ctx := context.Background()
	_, total := e.ix.Count()
	for _, p := range town.Profiles {
		short, err := e.Match(ctx, p, Options{Today: synth.DefaultToday, Limit: 3, Facets: true})
		require.NoError(t, err)
		long, err := e.Match(ctx, p, Options{Today: synth.DefaultToday, Limit: 10000, PerEmployer: -1, Facets: true})
		require.NoError(t, err)
		require.Equal(t, short.Facets, long.Facets, p.ID)
		f := long.Facets
		require.Equal(t, len(long.Results), f.Passed, "%s: every vacancy that passed is listed when nothing limits", p.ID)
		sum := f.Passed
		for _, n := range f.Excluded {
			sum += n
		}
		require.Equal(t, total, sum, p.ID)
		bands := 0
		for _, n := range f.Hours {
			bands += n
		}
		require.Equal(t, f.Passed, bands)
	}
	plain, err := e.Match(ctx, town.Profiles[0], Options{Today: synth.DefaultToday})
	require.NoError(t, err)
	require.Nil(t, plain.Facets, "facets are off by default")
}

// TestFacetsSayWhatRelaxingAdds: a client who accepts only day
// shifts hears how many vacancies evenings alone kept out.
func TestFacetsSayWhatRelaxingAdds(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 5, Employers: 40, Vacancies: 300, Clients: 1})
	p := town.Profiles[0]
	p.Shifts = []preference.ShiftPref{{Shift: "day", Strength: preference.Must}}
	p.JobTypes, p.Commute, p.Hours, p.Pay, p.Sectors, p.BenefitsCap = nil, nil, nil, nil, nil, nil
	p.Environment = preference.Environment{}
	res, err := e.Match(context.Background(), p, Options{Today: synth.DefaultToday, Limit: 1, Facets: true})
	require.NoError(t, err)
	n := res.Facets.OnlyExcludedBy[ExShift]
	require.Positive(t, n)
	require.Equal(t, n, res.Facets.Excluded[ExShift], "shifts are the only must left")
	require.Contains(t, res.Facets.Relaxations(), fmt.Sprintf("%d more if the client accepted other shifts", n))
}

// BenchmarkMatchFacets is BenchmarkMatch with facets: compare the two for
// what facets cost.
func BenchmarkMatchFacets(b *testing.B) {
	e, town := synthEngine(b, synth.Config{Seed: 1, Employers: 1250, Vacancies: 10_000, Clients: 300})
	ctx := context.Background()
	opt := Options{Today: synth.DefaultToday, Facets: true}
	i := 0
	for b.Loop() {
		if _, err := e.Match(ctx, town.Profiles[i%len(town.Profiles)], opt); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
