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
