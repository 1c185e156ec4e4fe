package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEarningsCapFlagsPayNotStated: a client with a yearly earnings limit
// sees a full-time job that states no pay flagged, so the specialist
// checks it before the client applies (issue 10, item 8).
func TestEarningsCapFlagsPayNotStated(t *testing.T) {
	emps, _ := smallTown()
	vacs := []employer.Vacancy{
		vac("nopay", "e1", "Kitchen porter", 1, func(v *employer.Vacancy) { v.Hours = employer.Range{Min: 38, Max: 38} }),
		vac("paid", "e2", "Kitchen porter", 1, func(v *employer.Vacancy) {
			v.Pay = employer.Pay{Min: 9, Max: 9, Currency: "EUR", Unit: employer.PerHour}
		}),
	}
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.BenefitsCap = &preference.BenefitsCap{MaxEarnings: 12000, Currency: "EUR", Period: preference.PerYear}
	got, err := e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	byID := map[string]Result{}
	for _, r := range got.Results {
		byID[r.ID] = r
	}
	require.Contains(t, byID, "nopay", "a job with no pay stated is not hidden")
	assert.Contains(t, byID["nopay"].Flags, "pay not stated: check against the benefits limit at 38 h/week")
	for _, f := range byID["paid"].Flags {
		assert.NotContains(t, f, "pay not stated", "a job that states its pay")
	}
}
