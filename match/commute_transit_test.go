package match

import (
	"context"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/internal/synth/gtfs"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/ipsmatch/ipsmatch/match/transit"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Places of the transit package's fixture town (match/transit/testdata/town).
var (
	busHome  = employer.Point{Lat: 44.5000, Lon: 11.2990}
	piazza   = employer.Point{Lat: 44.5000, Lon: 11.3500} // direct bus 14, 15 min
	ospedale = employer.Point{Lat: 44.5400, Lon: 11.4000} // bus 14 and 27, 40 min
	borgo    = employer.Point{Lat: 44.4600, Lon: 11.3000} // last bus gone at 07:45
)

func placesEngine(t *testing.T, cfg Config, vacs ...employer.Vacancy) *Engine {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Vacancies: vacs})
	require.NoError(t, err)
	cfg.Index = ix
	e, err := New(cfg)
	require.NoError(t, err)
	return e
}

func townTransit(t *testing.T) *transit.Planner {
	t.Helper()
	f, err := transit.Load(context.Background(), "transit/testdata/town")
	require.NoError(t, err)
	p, err := transit.NewPlanner(f, transit.Options{})
	require.NoError(t, err)
	return p
}

func at(p employer.Point) func(*employer.Vacancy) {
	return func(v *employer.Vacancy) { v.Location = &p }
}

func commuteReason(r Result) string {
	for _, x := range r.Reasons {
		if x.Factor == "commute" {
			return x.Text
		}
	}
	return ""
}

func busClient(strength preference.Strength, minutes int) preference.Profile {
	h := busHome
	return preference.Profile{ID: "c1", Enrolled: today, Disclosure: preference.DiscloseFull, Home: &h,
		Commute: &preference.Commute{Mode: preference.Transit, MaxMinutes: minutes, Strength: strength}}
}

func TestTransitCommuteUsesTheTimetable(t *testing.T) {
	vacs := []employer.Vacancy{
		vac("v-piazza", "", "Kitchen porter", 0, at(piazza)),
		vac("v-ospedale", "", "Cleaner", 0, at(ospedale)),
		vac("v-borgo", "", "Warehouse operative", 0, at(borgo)),
	}
	ctx := context.Background()
	withFeed := placesEngine(t, Config{Transit: townTransit(t)}, vacs...)

	res, err := withFeed.Match(ctx, busClient(preference.Must, 30), Options{Today: today})
	require.NoError(t, err)
	require.Len(t, res.Results, 1, "only the direct bus is within 30 min")
	assert.Equal(t, "v-piazza", res.Results[0].ID)
	assert.Equal(t, "4.0 km, direct bus 14, 15 min, within the client's limit of 30 min by public transport", commuteReason(res.Results[0]))
	assert.Equal(t, 2, res.Excluded[ExTooFar], "the hospital trip takes 40 min; the last bus to Borgo has gone")

	res, err = withFeed.Match(ctx, busClient(preference.Prefer, 45), Options{Today: today})
	require.NoError(t, err)
	reasons := map[string]string{}
	for _, r := range res.Results {
		reasons[r.ID] = commuteReason(r)
	}
	assert.Equal(t, "9.2 km, bus 14 and 27, one change, 40 min, within the client's limit of 45 min by public transport", reasons["v-ospedale"])
	assert.True(t, strings.HasPrefix(reasons["v-borgo"], "4.4 km, no public transport trip leaving at 08:00 on Tuesday gets there"), reasons["v-borgo"])

	// Borgo is close as the crow flies: the speed model would call it
	// within 30 min, which is what a timetable corrects.
	noFeed := placesEngine(t, Config{}, vacs...)
	res, err = noFeed.Match(ctx, busClient(preference.Must, 30), Options{Today: today})
	require.NoError(t, err)
	ids := []string{}
	for _, r := range res.Results {
		ids = append(ids, r.ID)
	}
	assert.Contains(t, ids, "v-borgo")
}

func TestTransitOnlyForTransitClients(t *testing.T) {
	e := placesEngine(t, Config{Transit: townTransit(t)}, vac("v-borgo", "", "Warehouse operative", 0, at(borgo)))
	p := busClient(preference.Must, 30)
	p.Commute.Mode = preference.Bike
	res, err := e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, res.Results, 1)
	assert.Contains(t, commuteReason(res.Results[0]), "by bike")
}

func TestTownLevelLocationSaysSoAndIsFlagged(t *testing.T) {
	e := placesEngine(t, Config{},
		vac("v-town", "", "Kitchen porter", 3, func(v *employer.Vacancy) { v.LocationPrecision = geocode.Town }),
		vac("v-exact", "", "Kitchen assistant", 3))
	p := preference.Profile{ID: "c1", Enrolled: today, Disclosure: preference.DiscloseFull, Home: &home,
		Commute: &preference.Commute{Mode: preference.Transit, MaxMinutes: 40, Strength: preference.Prefer}}
	res, err := e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, res.Results, 2)
	for _, r := range res.Results {
		if r.ID == "v-town" {
			assert.True(t, strings.HasSuffix(commuteReason(r), "; located by town only, check the address"), commuteReason(r))
			require.NotEmpty(t, r.Flags)
			assert.Contains(t, strings.Join(r.Flags, "\n"), "located by town only (up to 5 km off)")
		} else {
			assert.NotContains(t, commuteReason(r), "located by")
		}
	}
}

func TestHomeGivenAsAnAddress(t *testing.T) {
	g, err := geocode.LoadGazetteer(context.Background(), "../index/geocode/testdata")
	require.NoError(t, err)
	imola := employer.Point{Lat: 44.3533, Lon: 11.7141}
	e := placesEngine(t, Config{Geocoder: g}, vac("v-imola", "", "Kitchen porter", 0, at(imola)))
	p := preference.Profile{ID: "c9", Enrolled: today, Disclosure: preference.DiscloseFull, HomeAddress: "Via Emilia 40, 40026 Imola",
		Commute: &preference.Commute{Mode: preference.Bike, MaxMinutes: 30, Strength: preference.Must}}
	res, err := e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, res.Results, 1)
	assert.Contains(t, commuteReason(res.Results[0]), "; the client's home located by postcode only, check the address")

	p.HomeAddress = "Via Nowhere 1, Atlantide"
	_, err = e.Match(context.Background(), p, Options{Today: today})
	require.ErrorIs(t, err, ErrHomeNotLocated)
	assert.Contains(t, err.Error(), `client "c9": field home_address: not found`)
	assert.NotContains(t, err.Error(), "Atlantide", "a client's address is never echoed")

	_, err = placesEngine(t, Config{}).Match(context.Background(), p, Options{Today: today})
	require.ErrorIs(t, err, ErrHomeNotLocated)
	assert.Contains(t, err.Error(), "no geocoder is configured")
}

// TestTransitAgreesWithReference checks that pruning by the timetable's
// bounds never changes the answer: every vacancy scored with the same
// timetable minutes, no retrieval, gives the same top results.
func TestTransitAgreesWithReference(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	e, town := synthEngine(t, synth.Config{Seed: 5, Employers: 150, Vacancies: 1500, Clients: 60})
	dir := t.TempDir()
	_, err := gtfs.Write(dir, gtfs.Config{Seed: 3, RadiusKm: 7, Stops: 600, Routes: 40, StopsPerRoute: 15, Trips: 4000})
	require.NoError(t, err)
	feed, err := transit.Load(context.Background(), dir)
	require.NoError(t, err)
	planner, err := transit.NewPlanner(feed, transit.Options{})
	require.NoError(t, err)
	e.transit = planner
	ctx := context.Background()
	opt := Options{Today: civilToday(town), Limit: 15}
	checked, byBus := 0, 0
	for i, p := range town.Profiles {
		if p.Home == nil {
			continue
		}
		s := preference.Prefer
		if i%2 == 0 {
			s = preference.Must
		}
		p.Commute = &preference.Commute{Mode: preference.Transit, MaxMinutes: 20 + 5*(i%5), Strength: s}
		got, err := e.Match(ctx, p, opt)
		require.NoError(t, err)

		o := opt.withDefaults()
		w := compile(e.ix, &p, o)
		require.NoError(t, e.planTransit(ctx, w))
		require.NotNil(t, w.place.tt)
		var kept []scored
		for _, en := range e.ix.Vacancies() {
			c := newCand(w, en, e.employerOf(en), nil, false)
			if w.exclude(c) == "" {
				kept = append(kept, scored{e: en, score: w.score(c)})
			}
		}
		sortScored(kept)
		want := diversify(kept, o.Limit, o.PerEmployer)
		require.Len(t, got.Results, len(want), "client %s", p.ID)
		for r := range want {
			require.Equal(t, want[r].e.ID, got.Results[r].ID, "client %s: rank %d", p.ID, r+1)
		}
		checked++
		for _, r := range got.Results {
			if strings.Contains(commuteReason(r), "bus ") {
				byBus++
			}
		}
	}
	require.Greater(t, checked, 20)
	require.Greater(t, byBus, 50, "results reached by a named bus trip")
}
