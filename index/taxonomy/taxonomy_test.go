package taxonomy

import (
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOccupationsAreSortedByID(t *testing.T) {
	occs := Builtin().Occupations()
	assert.True(t, sort.SliceIsSorted(occs, func(i, j int) bool { return occs[i].ID < occs[j].ID }))
}

func TestOccupationLookup(t *testing.T) {
	o, ok := Builtin().Occupation("kitchen-porter")
	require.True(t, ok)
	assert.Equal(t, "9412", o.ISCO)
	assert.Equal(t, "kitchen porter", o.Label("en"))
	assert.Equal(t, "køkkenmedhjælper til opvask", o.Label("da"))
	assert.Equal(t, "kitchen porter", o.Label("fr"), "falls back to English")

	_, ok = Builtin().Occupation("astronaut")
	assert.False(t, ok)
}

func TestLabelFallsBackToAnyLanguageThenID(t *testing.T) {
	assert.Equal(t, "lavapiatti", Occupation{ID: "x", Labels: map[string][]string{"it": {"lavapiatti"}, "es": {"lavaplatos"}}}.Label("en"))
	assert.Equal(t, "x", Occupation{ID: "x"}.Label("en"))
	assert.Equal(t, "y", Skill{ID: "y"}.Label("it"))
}

func TestByISCOListsTheUnitGroup(t *testing.T) {
	var ids []string
	for _, o := range Builtin().ByISCO("9412") {
		ids = append(ids, o.ID)
	}
	assert.Equal(t, []string{"dishwasher", "kitchen-assistant", "kitchen-porter", "kitchen-steward"}, ids)
	assert.Empty(t, Builtin().ByISCO("0000"))
}

func TestSkillsOfUnknownOccupationAreNil(t *testing.T) {
	ess, opt := Builtin().Skills("astronaut")
	assert.Nil(t, ess)
	assert.Nil(t, opt)
}

func TestSkillsOfKitchenPorter(t *testing.T) {
	ess, opt := Builtin().Skills("kitchen-porter")
	require.NotEmpty(t, ess)
	require.NotEmpty(t, opt)
	assert.Equal(t, "wash-dishes", ess[0].ID)
	assert.Equal(t, "lavare piatti e pentole", ess[0].Label("it"))
}

func TestClosenessFollowsISCOHierarchy(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want float64
	}{
		{"same unit group", "9412", "9412", 1},
		{"same minor group", "9411", "9412", 0.5},
		{"same major group only", "9412", "9321", 0},
		{"same sub-major group, different minor", "5120", "5131", 0.25},
		{"different major group", "9412", "5120", 0},
		{"empty code", "", "9412", 0},
		{"short code", "94", "9412", 0},
		{"ESCO-length codes compare by their first digits", "94121", "9412", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Closeness(c.a, c.b))
			assert.Equal(t, c.want, Closeness(c.b, c.a), "symmetric")
		})
	}
}

func TestMergeKeepsBothAndOtherWinsOnClash(t *testing.T) {
	tiny := loadTiny(t)
	merged := Builtin().Merge(tiny)
	assert.Equal(t, Builtin().Len()+tiny.Len(), merged.Len())
	_, ok := merged.Occupation("kitchen-porter")
	assert.True(t, ok)
	ess, _ := merged.Skills("9412.9")
	assert.Len(t, ess, 3)
	ess, _ = merged.Skills("kitchen-porter")
	assert.Equal(t, "wash-dishes", ess[0].ID)

	// An occupation present in both: the argument's copy wins, skills too.
	override := build([]Occupation{{ID: "kitchen-porter", ISCO: "9412", Labels: map[string][]string{"en": {"scullion"}}}},
		[][]int32{{0}}, nil, []Skill{{ID: "scrubbing", Labels: map[string][]string{"en": {"scrubbing"}}}})
	m2 := merged.Merge(override)
	assert.Equal(t, merged.Len(), m2.Len())
	o, _ := m2.Occupation("kitchen-porter")
	assert.Equal(t, "scullion", o.Label("en"))
	ess, opt := m2.Skills("kitchen-porter")
	require.Len(t, ess, 1)
	assert.Equal(t, "scrubbing", ess[0].ID)
	assert.Empty(t, opt)
	got := m2.Understand("scullion")
	require.NotEmpty(t, got)
	assert.Equal(t, "kitchen-porter", got[0].Occupation.ID)

	// Inputs are unchanged.
	o, _ = Builtin().Occupation("kitchen-porter")
	assert.Equal(t, "kitchen porter", o.Label("en"))
}

func TestConcurrentReads(t *testing.T) {
	tx := Builtin().Merge(loadTiny(t))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				_ = tx.Understand("lavoro in cucina")
				_, _ = tx.Classify("Magazziniere", "it")
				_, _ = tx.Skills("kitchen-porter")
				_ = tx.ByISCO("9412")
			}
		}()
	}
	wg.Wait()
}

func TestSkillByIDOrLabel(t *testing.T) {
	tx := Builtin()
	byID, ok := tx.Skill("food-hygiene")
	require.True(t, ok)
	for _, key := range []string{"Food Hygiene", "follow food hygiene rules", "HACCP", "rispettare le norme igieniche alimentari"} {
		got, ok := tx.Skill(key)
		require.True(t, ok, key)
		assert.Equal(t, byID.ID, got.ID, key)
	}
	_, ok = tx.Skill("juggling")
	assert.False(t, ok)
}
