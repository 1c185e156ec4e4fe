package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNeverExcludesAndCountsByReason: a client in recovery who must never
// work in a bar, nor at night, nor somewhere loud, nor in a given kind of
// work, never sees such a job, and each is counted by its reason like a
// must; what the client only avoids is still shown (issue 10, item 5).
func TestNeverExcludesAndCountsByReason(t *testing.T) {
	emps := []employer.Employer{
		{ID: "bar", Name: "Bar Centrale", Sector: employer.Sector{Code: "I56.30", Label: "beverage serving"}, Location: near(1)},
		{ID: "rest", Name: "Trattoria", Sector: employer.Sector{Code: "I56.10", Label: "restaurants"}, Location: near(1)},
		{ID: "shop", Name: "Forno", Sector: employer.Sector{Code: "G47", Label: "retail"}, Location: near(1)},
	}
	vacs := []employer.Vacancy{
		vac("in-bar", "bar", "Kitchen porter", 1),
		vac("night", "rest", "Kitchen porter", 1, func(v *employer.Vacancy) { v.Shifts = []employer.Shift{employer.ShiftNight} }),
		vac("loud", "rest", "Kitchen assistant", 1, func(v *employer.Vacancy) { v.Environment.Noise = employer.High }),
		vac("dishes", "rest", "Dishwasher", 1),
		vac("ok", "rest", "Kitchen porter", 1),
		vac("shop", "shop", "Kitchen porter", 1),
	}
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.Shifts = []preference.ShiftPref{{Shift: "night", Strength: preference.Never}}
	p.Sectors = []preference.SectorPref{{Code: "I56.30", Strength: preference.Never}, {Code: "G47", Strength: preference.Avoid}}
	p.Environment.Noise = &preference.EnvPref{Level: "high", Strength: preference.Never}
	p.JobTypes = append(p.JobTypes, preference.JobType{Text: "dishwasher", Strength: preference.Never})
	require.NoError(t, p.Validate())

	got := requireSameAsReference(t, e, p, Options{Today: today, PerEmployer: -1})
	assert.ElementsMatch(t, []string{"ok", "shop"}, ids(got.Results), "avoid stays soft: the shop is shown")
	assert.Equal(t, 1, got.Excluded[ExSector], "the bar")
	assert.Equal(t, 1, got.Excluded[ExShift], "the night shift")
	assert.Equal(t, 1, got.Excluded[ExEnvironment], "the loud kitchen")
	assert.Equal(t, 1, got.Excluded[ExJobType], "the dishwasher job")
}

// TestNeverIsOnlyForWhatCanBeExcluded: a commute, hours, pay or start time
// is a limit, not a thing to never have.
func TestNeverIsOnlyForWhatCanBeExcluded(t *testing.T) {
	p := kitchenClient(preference.DiscloseFull)
	p.Commute.Strength = preference.Never
	require.ErrorIs(t, p.Validate(), preference.ErrUnknownValue)
	p = kitchenClient(preference.DiscloseFull)
	p.Hours.Strength = preference.Never
	require.ErrorIs(t, p.Validate(), preference.ErrUnknownValue)
}
