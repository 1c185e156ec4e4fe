package civil

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDateRoundTrip(t *testing.T) {
	d := MustParse("2026-11-23")
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Equal(t, `"2026-11-23"`, string(b))
	var back Date
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d, back)
	assert.Equal(t, 30, d.DaysSince(MustParse("2026-10-24")))
	assert.Equal(t, "2026-12-01", d.AddDays(8).String())
}

func TestDateErrors(t *testing.T) {
	var d Date
	assert.Error(t, json.Unmarshal([]byte(`"23/11/2026"`), &d))
	assert.Error(t, json.Unmarshal([]byte(`20261123`), &d))
	require.NoError(t, json.Unmarshal([]byte(`""`), &d))
	assert.True(t, d.IsZero())
}

func TestDateMarshalsAsItsLayout(t *testing.T) {
	// Every day of four years, and the years the written-out digits
	// could get wrong, read the same as time's own formatting.
	for d := MustParse("2023-01-01"); d.Before(MustParse("2027-01-01")); d = d.AddDays(1) {
		b, err := json.Marshal(d)
		require.NoError(t, err)
		require.Equal(t, `"`+d.t.Format(Layout)+`"`, string(b))
	}
	for _, s := range []string{"0002-02-02", "0999-12-31", "1000-10-10", "9999-12-31"} {
		b, err := json.Marshal(MustParse(s))
		require.NoError(t, err)
		assert.Equal(t, `"`+s+`"`, string(b))
	}
	b, err := json.Marshal(Date{})
	require.NoError(t, err)
	assert.Equal(t, `""`, string(b))
}
