package preference

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func okProfile(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/ok.json")
	require.NoError(t, err)
	return string(b)
}

func TestDecodeValidProfile(t *testing.T) {
	p, err := Load("testdata/ok.json")
	require.NoError(t, err)
	assert.Equal(t, DiscloseProgramOnly, p.Disclosure)
	assert.Equal(t, "2026-10-01", p.Enrolled.String())
	assert.Equal(t, Must, p.Commute.Strength)
}

// The profile has no place for clinical data or nationality: a field such
// as "diagnosis" is an error that names it, never silently dropped.
func TestClinicalFieldsAreRejected(t *testing.T) {
	for _, field := range []string{"diagnosis", "symptoms", "nationality", "history", "medication"} {
		t.Run(field, func(t *testing.T) {
			doc := strings.Replace(okProfile(t), `"id": "c-ok",`, `"id": "c-ok", "`+field+`": "x",`, 1)
			_, err := Decode([]byte(doc), "client.json")
			require.ErrorIs(t, err, ErrUnknownField)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, field, fe.Field)
			assert.Equal(t, "c-ok", fe.Record)
			assert.Contains(t, err.Error(), "client.json")
		})
	}
}

func TestBadProfiles(t *testing.T) {
	cases := []struct {
		name, from, to, field string
		want                  error
	}{
		{"unknown disclosure", `"disclosure": "program_only"`, `"disclosure": "maybe"`, "disclosure", ErrUnknownValue},
		{"unknown strength", `"strength": "prefer"`, `"strength": "love"`, "job_types[0].strength", ErrUnknownValue},
		{"hours min above max", `"min": 10, "max": 20`, `"min": 30, "max": 20`, "hours", ErrMinAboveMax},
		{"latitude out of range", `"lat": 44.49`, `"lat": 144.49`, "home.lat", ErrOutOfRange},
		{"missing enrolment", `"enrolled": "2026-10-01",`, ``, "enrolled", ErrRequired},
		{"unknown shift", `"shift": "day"`, `"shift": "dawn"`, "shifts[0].shift", ErrUnknownValue},
		{"unknown mode", `"mode": "transit"`, `"mode": "horse"`, "commute.mode", ErrUnknownValue},
		{"wrong type", `"max_minutes": 40`, `"max_minutes": "forty"`, "commute.max_minutes", ErrMalformed},
		{"bad period", `"period": "year"`, `"period": "decade"`, "benefits_cap.period", ErrUnknownValue},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := okProfile(t)
			require.Contains(t, doc, c.from)
			_, err := Decode([]byte(strings.Replace(doc, c.from, c.to, 1)), "client.json")
			require.ErrorIs(t, err, c.want)
			var fe *FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, c.field, fe.Field, "%v", err)
			assert.Equal(t, "client.json", fe.File)
		})
	}
}

func TestMalformedJSON(t *testing.T) {
	_, err := Decode([]byte(`{"id": "x", `), "client.json")
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), "client.json")
}
