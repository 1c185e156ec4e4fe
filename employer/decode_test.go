package employer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodVacancy = `{"id":"v1","employer_id":"e1","title":"Kitchen porter","hours":{"min":10,"max":20},"shifts":["day"],"location":{"lat":44.49,"lon":11.34},"pay":{"min":9,"max":10,"currency":"EUR","unit":"hour"},"channel":"competitive","posted":"2026-11-01"}`

// Every kind of bad input names the file, the line, the record and the
// field, and wraps a sentinel a caller can branch on.
func TestReadVacanciesBadInput(t *testing.T) {
	cases := []struct {
		name, line, field string
		want              error
	}{
		{"malformed JSON", `{"id":"v2","title":"Cook"`, "", ErrMalformed},
		{"wrong type", strings.Replace(goodVacancy, `"min":10`, `"min":"ten"`, 1), "hours.min", ErrMalformed},
		{"unknown field", strings.Replace(goodVacancy, `"title"`, `"titel"`, 1), "titel", ErrUnknownField},
		{"latitude out of range", strings.Replace(goodVacancy, `"lat":44.49`, `"lat":94.49`, 1), "location.lat", ErrOutOfRange},
		{"min above max", strings.Replace(goodVacancy, `"min":10,"max":20`, `"min":30,"max":20`, 1), "hours", ErrMinAboveMax},
		{"unknown enum", strings.Replace(goodVacancy, `["day"]`, `["dawn"]`, 1), "shifts[0]", ErrUnknownValue},
		{"unknown channel", strings.Replace(goodVacancy, `"competitive"`, `"secret"`, 1), "channel", ErrUnknownValue},
		{"missing required field", strings.Replace(goodVacancy, `"title":"Kitchen porter",`, ``, 1), "title", ErrRequired},
		{"pay without unit", strings.Replace(goodVacancy, `"unit":"hour"`, `"unit":""`, 1), "pay.unit", ErrRequired},
		{"bad date", strings.Replace(goodVacancy, `"2026-11-01"`, `"01/11/2026"`, 1), "posted", ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := goodVacancy + "\n\n" + c.line + "\n"
			_, err := ReadVacancies(strings.NewReader(in), "vacancies.jsonl")
			require.ErrorIs(t, err, c.want)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "vacancies.jsonl", fe.File)
			assert.Equal(t, 3, fe.Line, "blank lines count")
			assert.Equal(t, c.field, fe.Field)
			assert.True(t, strings.HasPrefix(err.Error(), "vacancies.jsonl line 3: "), err.Error())
			if c.name != "missing required field" {
				assert.Equal(t, "v"+map[bool]string{true: "2", false: "1"}[c.name == "malformed JSON"], fe.Record)
			}
		})
	}
}

func TestReadVacanciesDuplicateID(t *testing.T) {
	_, err := ReadVacancies(strings.NewReader(goodVacancy+"\n"+goodVacancy+"\n"), "vacancies.jsonl")
	require.ErrorIs(t, err, ErrDuplicateID)
	assert.Contains(t, err.Error(), "also on line 1")
}

func TestReadEmployers(t *testing.T) {
	emps, err := ReadEmployers(strings.NewReader(`{"id":"e1","name":"Caffè Aurora","sector":{"code":"I56"},"size":"small"}`+"\n"), "employers.jsonl")
	require.NoError(t, err)
	require.Len(t, emps, 1)
	_, err = ReadEmployers(strings.NewReader(`{"id":"e1","name":"Caffè Aurora","sector":{"code":"I56"},"size":"huge"}`+"\n"), "employers.jsonl")
	require.ErrorIs(t, err, ErrUnknownValue)
	assert.Contains(t, err.Error(), `employers.jsonl line 1: record "e1": field "size"`)
}

func TestContactValidation(t *testing.T) {
	c := Contact{ID: "c1", EmployerID: "e1", Specialist: "anna", Type: FaceToFace, Purpose: PurposePresent}
	c.At = mustTime(t, "2026-11-02T10:00:00Z")
	require.ErrorIs(t, c.Validate(), ErrRequired, "presenting a candidate names the client")
	c.ClientID = "lucia"
	require.NoError(t, c.Validate())
	c.Purpose = "coffee"
	require.ErrorIs(t, c.Validate(), ErrUnknownValue)
}

func TestPlacementValidation(t *testing.T) {
	p := Placement{ID: "p1", ClientID: "c", EmployerID: "e", Title: "Cook", Start: mustDate(t, "2026-05-01"), End: mustDate(t, "2026-04-01")}
	err := p.Validate()
	require.ErrorIs(t, err, ErrMinAboveMax)
	assert.Contains(t, err.Error(), `field "end"`)
}
