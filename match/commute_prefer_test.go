package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPreferredCommuteStillReachesFarther: a client who would like a
// short commute but does not make it a must is searched within the limit
// first and beyond it after, and gets exactly the brute-force reference's
// list, with the vacancies beyond the limit that earn their place.
func TestPreferredCommuteStillReachesFarther(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 23, Employers: 80, Vacancies: 2000, Clients: 6})
	// A short walk reads fine cells, then rings mostly of coarse cells; a
	// short drive reads coarse cells throughout. Rings and the rest of the
	// index must neither overlap (a search of no job type would score a
	// vacancy twice) nor leave a place out.
	commutes := []preference.Commute{{Mode: "walk", MaxMinutes: 8, Strength: preference.Prefer}, {Mode: "car", MaxMinutes: 4, Strength: preference.Prefer}}
	for _, jobs := range [][]preference.JobType{nil, {{Text: "kitchen work", Strength: preference.Prefer}}} {
		for i, p := range town.Profiles {
			p.JobTypes = jobs
			cm := commutes[i%len(commutes)]
			p.Commute = &cm
			res := requireSameAsReference(t, e, p, Options{Today: synth.DefaultToday})
			if len(res.Results) == 0 {
				continue
			}
			beyond := 0
			for _, r := range res.Results {
				if r.DistanceKm != nil && *r.DistanceKm > ReachKm(p.Commute)*1.1+0.5 {
					beyond++
				}
			}
			assert.Positive(t, beyond, "client %s: every result within %d minutes by %s", p.ID, cm.MaxMinutes, cm.Mode)
		}
	}
	require.NotEmpty(t, town.Profiles)
}
