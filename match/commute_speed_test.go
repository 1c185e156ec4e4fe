package match

import (
	"math"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCarTimesADriverWouldRecognise: a 25 km drive (straight line) is
// well under 45 minutes, a trip across town is still slow, and a client
// with 40 minutes by car is shown a job 25 km away (issue 10, item 7).
func TestCarTimesADriverWouldRecognise(t *testing.T) {
	assert.InDelta(t, 38, commuteMinutes(preference.Car, 25), 4, "25 km by car")
	assert.InDelta(t, 10, commuteMinutes(preference.Car, 2.5), 2, "2.5 km across town by car")
	assert.Greater(t, commuteMinutes(preference.Transit, 25), commuteMinutes(preference.Car, 25), "transit is slower than a car")
	assert.Greater(t, commuteMinutes(preference.Bike, 10), commuteMinutes(preference.Transit, 10)-5, "a bike is not much faster than a bus")

	emps := []employer.Employer{{ID: "e", Name: "Depot", Sector: employer.Sector{Code: "H52"}, Location: near(25)}}
	e := newTestEngine(t, emps, []employer.Vacancy{vac("far", "e", "Kitchen porter", 25)})
	p := kitchenClient(preference.DiscloseFull)
	p.Commute = &preference.Commute{Mode: preference.Car, MaxMinutes: 40, Strength: preference.Must}
	got := requireSameAsReference(t, e, p, Options{Today: today})
	require.Equal(t, []string{"far"}, ids(got.Results))
}

// TestSpeedModelsRiseAndInvert: every mode's minutes rise with distance,
// and reach is their inverse, so the bounds that let retrieval stop early
// hold.
func TestSpeedModelsRiseAndInvert(t *testing.T) {
	for mode, tr := range travelModes {
		prev := -1.0
		for km := 0.0; km <= 80; km += 0.25 {
			m := tr.minutes(km)
			require.Greater(t, m, prev, "%s at %.2f km", mode, km)
			prev = m
			require.InDelta(t, km, tr.reach(m), 1e-9, "%s: reach(minutes(%.2f km))", mode, km)
		}
		require.Zero(t, tr.reach(tr.overhead/2), mode)
		require.False(t, math.IsNaN(tr.reach(240)), mode)
	}
}

// TestBothMinutesAndKmAreKept: a client who gives both a time and a
// distance has both respected as given.
func TestBothMinutesAndKmAreKept(t *testing.T) {
	emps := []employer.Employer{{ID: "e", Name: "Depot", Sector: employer.Sector{Code: "H52"}, Location: near(1)}}
	vacs := []employer.Vacancy{vac("12km", "e", "Kitchen porter", 12), vac("20km", "e", "Kitchen porter", 20), vac("3km", "e", "Kitchen porter", 3)}
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.Commute = &preference.Commute{Mode: preference.Car, MaxMinutes: 30, MaxKm: 15, Strength: preference.Must}
	got := requireSameAsReference(t, e, p, Options{Today: today, PerEmployer: -1})
	assert.ElementsMatch(t, []string{"3km", "12km"}, ids(got.Results), "20 km is within 30 min by car but over 15 km")
	p.Commute = &preference.Commute{Mode: preference.Car, MaxMinutes: 15, MaxKm: 15, Strength: preference.Must}
	got = requireSameAsReference(t, e, p, Options{Today: today, PerEmployer: -1})
	assert.ElementsMatch(t, []string{"3km"}, ids(got.Results), "12 km is within 15 km but over 15 min by car")
}
