package match

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func animalTown() ([]employer.Employer, []employer.Vacancy) {
	emps := []employer.Employer{
		{ID: "hosp", Name: "Ospedale", Sector: employer.Sector{Code: "Q86"}, Location: near(1)},
		{ID: "farm", Name: "Fattoria", Sector: employer.Sector{Code: "A01"}, Location: near(1)},
		{ID: "bar", Name: "Bar Centrale", Sector: employer.Sector{Code: "I56"}, Location: near(1)},
		{ID: "ken", Name: "Canile", Sector: employer.Sector{Code: "N81"}, Location: near(1)},
	}
	vacs := []employer.Vacancy{
		vac("porter", "hosp", "Hospital porter", 1),
		vac("cleaner", "hosp", "Hospital cleaner", 1),
		vac("stable", "farm", "Stable hand", 1),
		vac("groomer", "ken", "Dog groomer", 1),
		vac("kennel", "ken", "Kennel assistant", 1),
		vac("barman", "bar", "Bartender", 1),
	}
	return emps, vacs
}

// TestRelatedWorkByWhatItSharesNotBySubMajorGroup: a hospital porter sees
// hospital cleaning, which shares its tasks, with the link named; a
// client who wants animal care no longer sees bar work because both sit
// in ISCO sub-major group 51 (issue 10, item 3).
func TestRelatedWorkByWhatItSharesNotBySubMajorGroup(t *testing.T) {
	emps, vacs := animalTown()
	e := newTestEngine(t, emps, vacs)
	got := requireSameAsReference(t, e, wordsClient("hospital porter"), Options{Today: today, PerEmployer: -1})
	require.Equal(t, []string{"porter", "cleaner"}, ids(got.Results))
	assert.Contains(t, reasonText(got.Results[1], "occupation"), "related to hospital porter")

	got = requireSameAsReference(t, e, wordsClient("animal care worker"), Options{Today: today, PerEmployer: -1})
	assert.NotContains(t, ids(got.Results), "barman", "bar work is not related to animal care")
	assert.Positive(t, got.Excluded[ExOtherWork])
}

// TestBroadWishReadsAsATheme: "something with animals" reaches the work
// with animals a town offers, not one occupation and its ISCO group, and
// the reason says the wish was read as a theme (issue 10, item 4).
func TestBroadWishReadsAsATheme(t *testing.T) {
	emps, vacs := animalTown()
	e := newTestEngine(t, emps, vacs)
	for _, wish := range []string{"something with animals", "qualcosa con gli animali", "algo con animales", "noget med dyr"} {
		p := wordsClient(wish)
		got := requireSameAsReference(t, e, p, Options{Today: today, PerEmployer: -1})
		assert.ElementsMatch(t, []string{"kennel", "groomer", "stable"}, ids(got.Results), wish)
		assert.Equal(t, "kennel", got.Results[0].ID, "%s: animal care weighs most", wish)
		assert.Contains(t, reasonText(got.Results[0], "occupation"), "read as animals work", wish)
		require.Len(t, got.Understood, 1)
		assert.Equal(t, []string{"animals"}, got.Understood[0].Themes)
	}
}

// TestAMisreadingWordIsNotSilent: "pet care assistant" is not residential
// care: the word the reading leaves out names animal work.
func TestAMisreadingWordIsNotSilent(t *testing.T) {
	emps, vacs := animalTown()
	emps = append(emps, employer.Employer{ID: "home", Name: "Casa di riposo", Sector: employer.Sector{Code: "Q87"}, Location: near(1)})
	vacs = append(vacs, vac("care", "home", "Care assistant", 1))
	e := newTestEngine(t, emps, vacs)
	got := requireSameAsReference(t, e, wordsClient("pet care assistant"), Options{Today: today, PerEmployer: -1})
	assert.NotContains(t, ids(got.Results), "care", "residential care is not pet care")
	assert.Contains(t, ids(got.Results), "kennel")
}
