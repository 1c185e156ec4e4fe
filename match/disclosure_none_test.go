package match

import (
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoneClientRanksByWhatTheyWouldMeetNotByTheRelationship: a client who
// chose to disclose nothing applies alone, so an employer that knows the
// programme is no better for them than one that does not; an inclusion
// policy is. No reason speaks as if the programme could use its
// relationship for them (issue 10, item 9).
func TestNoneClientRanksByWhatTheyWouldMeetNotByTheRelationship(t *testing.T) {
	emps := []employer.Employer{
		{ID: "knows", Name: "Bar Known", Sector: employer.Sector{Code: "I56"}, Location: near(1), KnowsProgramme: true},
		{ID: "policy", Name: "Bar Policy", Sector: employer.Sector{Code: "I56"}, Location: near(1), InclusionPolicy: true},
	}
	vacs := []employer.Vacancy{vac("v1", "knows", "Kitchen porter", 1), vac("v2", "policy", "Kitchen porter", 1)}
	e := newTestEngine(t, emps, vacs)

	p := kitchenClient(preference.DiscloseNone)
	got := requireSameAsReference(t, e, p, Options{Today: today})
	require.Equal(t, []string{"v2", "v1"}, ids(got.Results), "the inclusion policy first")
	for _, r := range got.Results {
		for _, x := range r.Reasons {
			if x.Factor != "employer" {
				continue
			}
			assert.NotContains(t, x.Text, "knows the programme", r.ID)
			assert.NotContains(t, x.Text, "relationship", r.ID)
		}
	}

	// A client the specialist may introduce still gains from the programme's relationship.
	p = kitchenClient(preference.DiscloseProgramOnly)
	got = requireSameAsReference(t, e, p, Options{Today: today})
	require.Equal(t, []string{"v1", "v2"}, ids(got.Results))
	assert.True(t, strings.Contains(reasonText(got.Results[0], "employer"), "knows the programme"))
}
