package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

func TestBenefitsWhatIf(t *testing.T) {
	p := preference.Profile{ID: "ada", BenefitsCap: &preference.BenefitsCap{MaxEarnings: 5000, Period: preference.PerYear, Currency: "EUR"}}
	pay := employer.Pay{Min: 9, Currency: "EUR", Unit: employer.PerHour}
	t.Run("over the limit at 20 hours, and where the limit is reached", func(t *testing.T) {
		bv := Benefits(p, &employer.Vacancy{ID: "v1", Title: "Cook", Hours: employer.Range{Min: 20, Max: 20}, Pay: pay})
		require.Equal(t, [2]float64{9360, 9360}, bv.Yearly)
		require.Equal(t, [2]float64{780, 780}, bv.Monthly)
		require.Equal(t, "yes", bv.Over)
		require.InDelta(t, 10.6, bv.HoursAtLimit, 0.001)
		require.Contains(t, bv.Lines, "the limit is reached at 10.6 h/week at this pay")
	})
	t.Run("a range that crosses the limit", func(t *testing.T) {
		bv := Benefits(p, &employer.Vacancy{ID: "v2", Title: "Cook", Hours: employer.Range{Min: 8, Max: 16}, Pay: pay})
		require.Equal(t, "maybe", bv.Over)
	})
	t.Run("pay not stated is flagged, never guessed", func(t *testing.T) {
		bv := Benefits(p, &employer.Vacancy{ID: "v3", Title: "Cook", Hours: employer.Range{Min: 20}})
		require.False(t, bv.PayStated)
		require.Zero(t, bv.Yearly[0])
		require.Contains(t, bv.Flags[0], "PAY NOT STATED")
		require.Equal(t, "no", bv.Over)
		require.NotContains(t, bv.Lines, "within the limit")
	})
	t.Run("monthly limit and hours limit", func(t *testing.T) {
		q := preference.Profile{ID: "bo", BenefitsCap: &preference.BenefitsCap{MaxEarnings: 500, Period: preference.PerMonth, MaxHoursPerWeek: 12}}
		bv := Benefits(q, &employer.Vacancy{ID: "v4", Title: "Cook", Hours: employer.Range{Min: 10, Max: 10}, Pay: pay})
		require.Equal(t, 6000.0, bv.LimitPerYear)
		require.Equal(t, "no", bv.Over)
		require.InDelta(t, 12, bv.HoursAtLimit, 0.001, "the hours limit comes before the earnings limit (12.8 h)")
	})
}
