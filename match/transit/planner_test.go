package transit

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixture town, testdata/town: bus 14 runs Casa - Piazza - Stazione at
// 08:05 and 08:35 on working days, bus 27 Stazione - Ospedale at 08:25:30
// and 08:30, bus 99 to Borgo only at 07:45, and bus 5 to Mercato only at
// weekends and on holidays.
var (
	home     = geo.Point{Lat: 44.5000, Lon: 11.2990} // 80 m from Casa: a 75 s walk
	piazza   = geo.Point{Lat: 44.5000, Lon: 11.3500}
	stazione = geo.Point{Lat: 44.5000, Lon: 11.4000}
	ospedale = geo.Point{Lat: 44.5400, Lon: 11.4000}
	borgo    = geo.Point{Lat: 44.4600, Lon: 11.3000}
	mercato  = geo.Point{Lat: 44.5000, Lon: 11.2500}
	monday   = civil.D(2026, 11, 30)
)

func townPlanner(t testing.TB, opt Options) *Planner {
	t.Helper()
	f, err := Load(context.Background(), "testdata/town")
	require.NoError(t, err)
	p, err := NewPlanner(f, opt)
	require.NoError(t, err)
	return p
}

func TestTransitKnownAnswers(t *testing.T) {
	p := townPlanner(t, Options{})
	tt, err := p.From(context.Background(), home, monday)
	require.NoError(t, err)
	assert.Equal(t, civil.D(2026, 12, 1), tt.Day(), "the next working day")

	cases := []struct {
		name string
		at   geo.Point
		want string
	}{
		{"a direct line", piazza, "direct bus 14, 15 min"},
		{"to the end of the line", stazione, "direct bus 14, 25 min"},
		// Bus 27 at 08:25:30 leaves 30 s after bus 14 arrives: too tight
		// for the one-minute change, so the 08:30 one.
		{"one change", ospedale, "bus 14 and 27, one change, 40 min"},
		{"close enough to walk", geo.Point{Lat: 44.5000, Lon: 11.3080}, "on foot, 12 min"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			j, ok := tt.Journey(c.at)
			require.True(t, ok)
			assert.Equal(t, c.want, j.String())
			m, ok := tt.Minutes(c.at)
			require.True(t, ok)
			assert.Equal(t, j.Minutes, m)
		})
	}

	j, _ := tt.Journey(ospedale)
	require.Len(t, j.Legs, 2)
	assert.Equal(t, Leg{Mode: "bus", Route: "27", From: "Stazione", To: "Ospedale", Board: "08:30"}, j.Legs[1])

	_, ok := tt.Minutes(borgo)
	assert.False(t, ok, "the last bus to Borgo left at 07:45")
	_, ok = tt.Minutes(mercato)
	assert.False(t, ok, "bus 5 runs only at weekends")
	_, ok = tt.Minutes(geo.Point{Lat: 44.52, Lon: 11.35})
	assert.False(t, ok, "2 km from the nearest stop is beyond the walk")
}

func TestTransitWeekendAndHolidayCalendars(t *testing.T) {
	p := townPlanner(t, Options{})
	ctx := context.Background()
	sat, err := p.FromOn(ctx, home, civil.D(2026, 12, 5))
	require.NoError(t, err)
	j, ok := sat.Journey(mercato)
	require.True(t, ok)
	assert.Equal(t, "direct bus 5, 30 min", j.String())
	_, ok = sat.Minutes(piazza)
	assert.False(t, ok, "bus 14 does not run on Saturdays")

	// 8 December is a holiday on a Tuesday: the weekend timetable runs.
	hol, err := p.FromOn(ctx, home, civil.D(2026, 12, 8))
	require.NoError(t, err)
	_, ok = hol.Minutes(mercato)
	assert.True(t, ok)
	_, ok = hol.Minutes(piazza)
	assert.False(t, ok)

	_, err = p.FromOn(ctx, home, civil.D(2030, 1, 7))
	assert.ErrorIs(t, err, ErrNoService, "the feed ends in 2027")
}

func TestTransitLimitsChangesAndDeparture(t *testing.T) {
	ctx := context.Background()
	direct := townPlanner(t, Options{MaxTransfers: -1})
	tt, err := direct.From(ctx, home, monday)
	require.NoError(t, err)
	_, ok := tt.Minutes(ospedale)
	assert.False(t, ok, "the hospital needs a change")
	_, ok = tt.Minutes(stazione)
	assert.True(t, ok)

	early := townPlanner(t, Options{Depart: "07:40"})
	tt, err = early.From(ctx, home, monday)
	require.NoError(t, err)
	j, ok := tt.Journey(borgo)
	require.True(t, ok)
	assert.Equal(t, "direct bus 99, 15 min", j.String())

	// 14-0835 gives no time at Piazza: interpolated halfway, 08:45.
	late := townPlanner(t, Options{Depart: "08:10"})
	tt, err = late.From(ctx, home, monday)
	require.NoError(t, err)
	m, ok := tt.Minutes(piazza)
	require.True(t, ok)
	assert.Equal(t, 35, m)

	_, err = NewPlanner(&Feed{}, Options{Depart: "25:00"})
	assert.ErrorIs(t, err, ErrOptions)
}

func TestTransitBoundsHoldForEveryPlace(t *testing.T) {
	p := townPlanner(t, Options{})
	tt, err := p.From(context.Background(), home, monday)
	require.NoError(t, err)
	for _, at := range []geo.Point{piazza, stazione, ospedale, {Lat: 44.5, Lon: 11.3080}, {Lat: 44.503, Lon: 11.404}} {
		m, ok := tt.Minutes(at)
		require.True(t, ok)
		km := geo.DistanceKm(home, at)
		assert.LessOrEqual(t, km, tt.ReachKm(m)+1e-9, "reach covers a place reached in %d min", m)
		lb := tt.MinMinutesBeyond(km)
		assert.True(t, lb >= 0 && lb <= m, "lower bound %d <= %d min at %.2f km", lb, m, km)
	}
	assert.Equal(t, -1, tt.MinMinutesBeyond(40), "nothing 40 km away is reachable")
}

func TestTransitFarOutsideTheFeedIsUnreachable(t *testing.T) {
	p := townPlanner(t, Options{})
	tt, err := p.From(context.Background(), geo.Point{Lat: 45.46, Lon: 9.19}, monday)
	require.NoError(t, err)
	_, ok := tt.Minutes(piazza)
	assert.False(t, ok)
	tt, err = p.From(context.Background(), home, monday)
	require.NoError(t, err)
	for _, at := range []geo.Point{{Lat: -44.5, Lon: -11.3}, {Lat: 80, Lon: 170}} {
		_, ok := tt.Minutes(at)
		assert.False(t, ok)
	}
}
