package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func wordsClient(words ...string) preference.Profile {
	p := kitchenClient(preference.DiscloseFull)
	p.JobTypes = nil
	for _, w := range words {
		p.JobTypes = append(p.JobTypes, preference.JobType{Text: w, Strength: preference.Prefer})
	}
	return p
}

func readingsTown() ([]employer.Employer, []employer.Vacancy) {
	emps := []employer.Employer{
		{ID: "mkt", Name: "Supermercato Riva", Sector: employer.Sector{Code: "G47"}, Location: near(1)},
		{ID: "ken", Name: "Canile Stella", Sector: employer.Sector{Code: "N81"}, Location: near(1)},
	}
	vacs := []employer.Vacancy{
		vac("both", "mkt", "Cassiere e scaffalista", 1, func(v *employer.Vacancy) { v.Language = "it" }),
		vac("kennel", "ken", "Dog kennel hand", 1),
		vac("office", "mkt", "Office clerk", 1),
	}
	return emps, vacs
}

// TestATitleWithTwoReadingsReachesBoth: a title that names two kinds of
// work is retrieved, and scored, by each; the reason says how it was
// read (issue 10, item 1).
func TestATitleWithTwoReadingsReachesBoth(t *testing.T) {
	emps, vacs := readingsTown()
	e := newTestEngine(t, emps, vacs)
	for _, words := range []string{"cashier", "shelf stacker"} {
		got := requireSameAsReference(t, e, wordsClient(words), Options{Today: today})
		require.Contains(t, ids(got.Results), "both", "client asking for %q", words)
		r := got.Results[0]
		require.Equal(t, "both", r.ID)
		assert.Contains(t, reasonText(r, "occupation"), "what the client asked for", words)
	}
	got := requireSameAsReference(t, e, wordsClient("shelf stacker"), Options{Today: today})
	assert.Contains(t, reasonText(got.Results[0], "occupation"), "read both as cashier and as shelf stacker")
}

// TestUnreadTitlesStayReachableByUnderstoodWords: a client whose words the
// taxonomy understood still reaches a posting whose title it could not
// read, and the reason says it was found by words (issue 10, item 2).
func TestUnreadTitlesStayReachableByUnderstoodWords(t *testing.T) {
	emps, vacs := readingsTown()
	e := newTestEngine(t, emps, vacs)
	p := wordsClient("dog walker")
	got := requireSameAsReference(t, e, p, Options{Today: today})
	require.Contains(t, ids(got.Results), "kennel")
	for _, r := range got.Results {
		if r.ID == "kennel" {
			assert.Contains(t, reasonText(r, "occupation"), "found by words, not by an occupation")
		}
	}
	assert.NotContains(t, ids(got.Results), "office")
}
