package preference

import (
	"errors"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/stretchr/testify/require"
)

const careerJSON = `{"client_id": "ada",
 "work_history": [{"title": "Kitchen porter", "employer": "Trattoria", "from": "2019-03-01", "to": "2020-01-31",
   "skills": ["dishwashing", "food hygiene"], "enjoyed": ["the team"], "disliked": ["late nights"]}],
 "strengths": ["reliable"], "goals": ["cook in a small kitchen"],
 "never_again": {"employers": ["e-009"], "work": [{"text": "call centre"}]}}`

func TestCareerProfileFeedsTheSearch(t *testing.T) {
	c, err := DecodeCareer([]byte(careerJSON), "ada-career.json")
	require.NoError(t, err)
	p := Profile{ID: "ada", Enrolled: civil.D(2026, 1, 5), Disclosure: DiscloseFull, Skills: []string{"Dishwashing"}}
	got, err := c.Apply(p)
	require.NoError(t, err)
	require.Equal(t, []string{"Dishwashing", "food hygiene"}, got.Skills, "past jobs add skills, once each")
	require.Equal(t, []string{"e-009"}, got.AvoidEmployers, "never again: an employer is excluded")
	require.Equal(t, []JobType{{Text: "call centre", Strength: Never}}, got.JobTypes, "never again: a kind of work is excluded")
	require.Empty(t, p.AvoidEmployers, "the caller's profile is not changed")

	_, err = c.Apply(Profile{ID: "bo", Enrolled: civil.D(2026, 1, 5), Disclosure: DiscloseFull})
	require.ErrorIs(t, err, ErrUnknownValue)
}

func TestCareerProfileDecodingIsStrict(t *testing.T) {
	for name, tc := range map[string]struct {
		json string
		err  error
	}{
		"a clinical field is refused":      {`{"client_id": "ada", "diagnosis": "secret words"}`, ErrUnknownField},
		"a field in a past job is refused": {`{"client_id": "ada", "work_history": [{"title": "x", "hospital_stay": "secret words"}]}`, ErrUnknownField},
		"a key given twice":                {`{"client_id": "ada", "client_id": "bo"}`, ErrDuplicateKey},
		"client id required":               {`{"goals": ["x"]}`, ErrRequired},
		"a job ending before start":        {`{"client_id": "ada", "work_history": [{"title": "x", "from": "2020-01-01", "to": "2019-01-01"}]}`, ErrMinAboveMax},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeCareer([]byte(tc.json), "c.json")
			require.True(t, errors.Is(err, tc.err), "%v", err)
			require.False(t, strings.Contains(err.Error(), "secret words"), "errors never echo what the client said")
			require.Contains(t, err.Error(), "c.json")
		})
	}
}
