package match

import (
	"context"
	"runtime"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// TestTwoCoresChangeNothingSeen: a client who names no job type, within a
// commute wide enough that each block has hundreds of cells, gets the
// same results, and the same counts of what was examined and left out,
// whether the blocks are read on one core or two; and the reference's
// top results. So does a client who names job types, but for the counts
// of what was examined, which the order of reading decides.
func TestTwoCoresChangeNothingSeen(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one core: blocks are read on one")
	}
	e, town := synthEngine(t, synth.Config{Seed: 5, Employers: 300, Vacancies: 6000, Clients: 40, RadiusKm: 25})
	// Every block after the first is read on two cores.
	saved := twoCoresAfter
	twoCoresAfter = 1
	defer func() { twoCoresAfter = saved }()
	before := readsOnTwo.Load()
	n := 0
	for _, p := range town.Profiles {
		p.JobTypes = nil
		p.Commute = &preference.Commute{Mode: "car", MaxMinutes: 40, Strength: preference.Must}
		if p.Home == nil {
			continue
		}
		n++
		onOne, onTwo := onOneAndTwo(t, e, p, Options{Today: civilToday(town), Limit: 20})
		require.Equal(t, onOne.Considered, onTwo.Considered, "client %s", p.ID)
		require.Equal(t, onOne.Excluded, onTwo.Excluded, "client %s", p.ID)
	}
	require.Positive(t, n)
	require.Greater(t, readsOnTwo.Load(), before, "no block was read on two cores")

	// By job type: the terms are read half by half, so other records may
	// be examined, but the results are the same, and the reference's.
	before = readsOnTwo.Load()
	for _, p := range town.Profiles {
		if p.Home == nil || len(p.JobTypes) == 0 {
			continue
		}
		p.Commute = &preference.Commute{Mode: "car", MaxMinutes: 40, Strength: preference.Must}
		onOne, onTwo := onOneAndTwo(t, e, p, Options{Today: civilToday(town), Limit: 20})
		for _, why := range []string{ExTooFar, ExOtherWork, ExJobType} {
			require.Equal(t, onOne.Excluded[why], onTwo.Excluded[why], "client %s: %s", p.ID, why)
		}
	}
	require.Greater(t, readsOnTwo.Load(), before, "no block of a job type was read on two cores")
}

// onOneAndTwo matches p with large blocks read on two cores, holding the
// results to the reference's, and on one, holding the results to the
// same.
func onOneAndTwo(t *testing.T, e *Engine, p preference.Profile, opt Options) (onOne, onTwo Results) {
	t.Helper()
	onTwo = requireSameAsReference(t, e, p, opt)
	readOnTwo = false
	onOne, err := e.Match(context.Background(), p, opt)
	readOnTwo = true
	require.NoError(t, err)
	require.Equal(t, onOne.Results, onTwo.Results, "client %s", p.ID)
	return onOne, onTwo
}
