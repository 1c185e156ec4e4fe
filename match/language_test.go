package match

import (
	"context"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bilingualTown has kitchen vacancies written in English and in Italian,
// and work of other kinds in both.
func bilingualTown() ([]employer.Employer, []employer.Vacancy) {
	emps := []employer.Employer{
		{ID: "e1", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56"}, Location: near(1)},
		{ID: "e2", Name: "Hotel Duomo", Sector: employer.Sector{Code: "I55"}, Location: near(2)},
		{ID: "e3", Name: "Logistica Valmora", Sector: employer.Sector{Code: "H52"}, Location: near(3)},
	}
	it := func(v *employer.Vacancy) { v.Language = "it" }
	vacs := []employer.Vacancy{
		vac("en-porter", "e1", "Kitchen porter", 1),
		vac("en-assistant", "e2", "Kitchen assistant", 2),
		// "Aiuto cucina", not "Aiuto cuoco": the built-in vocabulary reads
		// "aiuto cuoco" as a cook (ISCO 5120), not as kitchen help.
		vac("it-helper", "e1", "Aiuto cucina", 1, it),
		vac("it-dishes", "e2", "Lavapiatti", 2, it),
		vac("en-warehouse", "e3", "Warehouse operative", 3),
		vac("it-cleaning", "e3", "Addetto pulizie uffici", 3, it),
		vac("en-shop", "e3", "Shop assistant", 3),
	}
	return emps, vacs
}

func clientWanting(words string) preference.Profile {
	return preference.Profile{
		ID: "c1", Enrolled: today.AddDays(-5), Home: &home, Disclosure: preference.DiscloseFull,
		Commute:  &preference.Commute{Mode: preference.Transit, MaxMinutes: 40, Strength: preference.Must},
		JobTypes: []preference.JobType{{Text: words, Strength: preference.Prefer}},
	}
}

func reasonText(r Result, factor string) string {
	var parts []string
	for _, x := range r.Reasons {
		if x.Factor == factor {
			parts = append(parts, x.Text)
		}
	}
	return strings.Join(parts, " | ")
}

func TestClientWordsFindKitchenWorkInEveryLanguage(t *testing.T) {
	emps, vacs := bilingualTown()
	e := newTestEngine(t, emps, vacs)
	kitchen := []string{"en-porter", "en-assistant", "it-helper", "it-dishes"}
	for _, tc := range []struct{ name, words, lang string }{
		{"Italian client", "lavoro in cucina, part-time", "Italian"},
		{"Spanish client", "ayudante de cocina", "Spanish"},
		{"Danish client", "arbejde i køkken", "Danish"},
		{"English client", "kitchen work", "English"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.Match(context.Background(), clientWanting(tc.words), Options{Today: today})
			require.NoError(t, err)
			require.NotEmpty(t, got.Understood)
			assert.Contains(t, got.Understood[0].Occupations, "kitchen-assistant", "%q read as kitchen work", tc.words)
			found := ids(got.Results)
			assert.ElementsMatch(t, kitchen, found, "the kitchen vacancies in English and Italian, and nothing else")
			for _, r := range got.Results {
				assert.Equal(t, Plus, reasonEffect(r, "occupation"), "%s: %s", r.ID, reasonText(r, "occupation"))
			}
			assert.Equal(t, 3, got.Excluded[ExOtherWork], "warehouse, cleaning and shop work")
			if tc.lang == "English" {
				return
			}
			en := resultByID(t, got, "en-assistant")
			assert.Contains(t, reasonText(en, "occupation"), "the client's words are "+tc.lang+", the posting is in English")
		})
	}
}

func TestItalianWordsReasonNamesBothLanguages(t *testing.T) {
	emps, vacs := bilingualTown()
	e := newTestEngine(t, emps, vacs)
	got, err := e.Match(context.Background(), clientWanting("lavoro in cucina, part-time"), Options{Today: today})
	require.NoError(t, err)
	porter := resultByID(t, got, "en-porter")
	assert.Contains(t, reasonText(porter, "occupation"), "same ISCO unit group 9412",
		"a kitchen porter is close to kitchen work, whatever the language")
	en := resultByID(t, got, "en-assistant")
	assert.Contains(t, reasonText(en, "occupation"), `read as kitchen assistant from "cucina"`)
	assert.Contains(t, reasonText(en, "occupation"), "the client's words are Italian, the posting is in English")
}

func reasonEffect(r Result, factor string) Effect {
	for _, x := range r.Reasons {
		if x.Factor == factor {
			return x.Effect
		}
	}
	return ""
}

func resultByID(t *testing.T, res Results, id string) Result {
	t.Helper()
	for _, r := range res.Results {
		if r.ID == id {
			return r
		}
	}
	require.Failf(t, "result missing", "%s not in %v", id, ids(res.Results))
	return Result{}
}
