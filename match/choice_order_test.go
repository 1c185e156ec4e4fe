package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFirstChoiceRanksAboveSecondAtEqualFit: a client's job types are a
// ranked wish list; at equal fit the first ranks above the second, and the
// reason says which choice it was (issue 10, item 6).
func TestFirstChoiceRanksAboveSecondAtEqualFit(t *testing.T) {
	emps := []employer.Employer{
		{ID: "a", Name: "Shop A", Sector: employer.Sector{Code: "G47"}, Location: near(1)},
		{ID: "b", Name: "Shop B", Sector: employer.Sector{Code: "G47"}, Location: near(1)},
	}
	vacs := []employer.Vacancy{vac("ware", "a", "Warehouse operative", 1), vac("kp", "b", "Kitchen porter", 1)}
	e := newTestEngine(t, emps, vacs)
	for _, tc := range []struct {
		first, second string
		want          []string
	}{
		{"kitchen porter", "warehouse operative", []string{"kp", "ware"}},
		{"warehouse operative", "kitchen porter", []string{"ware", "kp"}},
	} {
		p := kitchenClient(preference.DiscloseFull)
		p.JobTypes = []preference.JobType{{Text: tc.first, Strength: preference.Prefer}, {Text: tc.second, Strength: preference.Prefer}}
		got := requireSameAsReference(t, e, p, Options{Today: today})
		require.Equal(t, tc.want, ids(got.Results), "first choice %q", tc.first)
		assert.Contains(t, reasonText(got.Results[0], "occupation"), "matched on the client's 1st choice")
		assert.Contains(t, reasonText(got.Results[1], "occupation"), "matched on the client's 2nd choice")
	}
}
