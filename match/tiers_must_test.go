package match

import (
	"slices"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMustJobTypeReadsOnlyItsOwnWork: a client who must have one kind of
// work and would also like another gets only the first, exactly as the
// brute-force reference ranks it, and the search reads no vacancy of the
// preferred kind alone, each of which the must would leave out.
func TestMustJobTypeReadsOnlyItsOwnWork(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 21, Employers: 60, Vacancies: 1500, Clients: 1})
	p := town.Profiles[0]
	// Nothing else the client must have, so that the must job type
	// alone decides what is left out.
	p.Commute = &preference.Commute{Mode: "transit", MaxMinutes: 45, Strength: preference.Prefer}
	p.Hours, p.Pay, p.EarliestStart, p.BenefitsCap, p.Shifts, p.Sectors = nil, nil, nil, nil, nil, nil
	p.Environment = preference.Environment{}
	p.JobTypes = []preference.JobType{
		{Text: "kitchen work", Strength: preference.Prefer},
		{Text: "cleaning", Strength: preference.Must},
	}
	opt := Options{Today: synth.DefaultToday}
	res := requireSameAsReference(t, e, p, opt)
	require.NotEmpty(t, res.Results)

	w := compile(e.ix, &p, opt.withDefaults())
	tiers := w.tiers()
	require.Len(t, tiers, 1, "a must job type reads one tier")
	var kitchen, cleaning []string
	for _, j := range w.jobs {
		for _, o := range j.occs {
			if j.strength == preference.Must {
				cleaning = append(cleaning, retrieval.CodeTerm(o.ID))
			} else {
				kitchen = append(kitchen, retrieval.CodeTerm(o.ID))
			}
		}
	}
	require.NotEmpty(t, kitchen)
	require.NotEmpty(t, cleaning)
	for _, k := range kitchen {
		if !slices.Contains(cleaning, k) {
			assert.NotContains(t, tiers[0].terms, k, "kitchen work alone fails the must")
		}
	}
	for _, c := range cleaning {
		assert.Contains(t, tiers[0].terms, c)
	}
}

// TestMustJobTypeInWordsAgreesWithTheReference: a must job type the
// taxonomy reads only by its words is searched by the steps that can
// meet it, and the list is still exactly the brute-force reference's,
// whether its words name titles in the town or not.
func TestMustJobTypeInWordsAgreesWithTheReference(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 22, Employers: 60, Vacancies: 1500, Clients: 2})
	for _, text := range []string{"autista di linea", "aiuto cuoco", "kitchen porter evenings", "cleaning", "shop work"} {
		for _, second := range []bool{false, true} {
			p := town.Profiles[0]
			p.Commute = &preference.Commute{Mode: "transit", MaxMinutes: 45, Strength: preference.Prefer}
			p.Hours, p.Pay, p.EarliestStart, p.BenefitsCap, p.Shifts, p.Sectors = nil, nil, nil, nil, nil, nil
			p.Environment = preference.Environment{}
			p.JobTypes = []preference.JobType{{Text: text, Strength: preference.Must}}
			if second {
				// The must as a later choice weighs less in the score,
				// never in what the must admits.
				p.JobTypes = []preference.JobType{{Text: "bar work", Strength: preference.Prefer}, {Text: "warehouse", Strength: preference.Prefer}, p.JobTypes[0]}
			}
			requireSameAsReference(t, e, p, Options{Today: synth.DefaultToday})
		}
	}
}
