package taxonomy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestThemesReadBroadWishesInFourLanguages: a broad wish is read as a set
// of occupations with weights in English, Italian, Spanish and Danish; a
// specific wish is not a theme.
func TestThemesReadBroadWishesInFourLanguages(t *testing.T) {
	tx := Builtin()
	for _, tc := range []struct{ wish, theme, member string }{
		{"something with animals", "animals", "stable-hand"},
		{"qualcosa con gli animali", "animals", "dog-walker"},
		{"algo con animales", "animals", "zookeeper"},
		{"noget med dyr", "animals", "pet-groomer"},
		{"lavoro all'aperto", "outdoors", "gardener"},
		{"outdoor work", "outdoors", "groundskeeper"},
		{"trabajo al aire libre", "outdoors", "farm-worker"},
		{"arbejde udendørs", "outdoors", "garden-labourer"},
		{"a shop, maybe clothes", "clothes", "fashion-sales-assistant"},
	} {
		th, ok := tx.Themes(tc.wish)
		require.True(t, ok, tc.wish)
		assert.Contains(t, th.Themes, tc.theme, tc.wish)
		var ids []string
		for _, m := range th.Members {
			ids = append(ids, m.Occupation.ID)
			assert.True(t, m.Weight > 0 && m.Weight <= 1, "%s: %s weighs %v", tc.wish, m.Occupation.ID, m.Weight)
		}
		assert.Contains(t, ids, tc.member, tc.wish)
		assert.Greater(t, len(ids), 3, "%s: a theme is several kinds of work", tc.wish)
	}
	th, _ := tx.Themes("a shop, maybe clothes")
	assert.Equal(t, "fashion-sales-assistant", th.Members[0].Occupation.ID, "clothes shops first")
	for _, specific := range []string{"dog walker", "kitchen porter", "pet groomer", "cook", "library assistant"} {
		_, ok := tx.Themes(specific)
		assert.False(t, ok, "%q is a specific wish", specific)
	}
}

// TestRelatedByWhatTheWorkShares: occupations relate by the curated list
// and by shared essential skills, never by an ISCO sub-major group alone
// (issue 10, item 3).
func TestRelatedByWhatTheWorkShares(t *testing.T) {
	tx := Builtin()
	rel := func(a, b string) (Relation, bool) {
		for _, r := range tx.Related(a) {
			if r.Occupation.ID == b {
				return r, true
			}
		}
		return Relation{}, false
	}
	r, ok := rel("hospital-cleaner", "hospital-porter")
	require.True(t, ok, "a hospital cleaner and a hospital porter share most of their tasks")
	assert.True(t, r.Curated)
	_, ok = rel("hospital-porter", "hospital-cleaner")
	assert.True(t, ok, "the list is symmetric")
	_, ok = rel("animal-care-worker", "bartender")
	assert.False(t, ok, "a bartender is nothing like animal care, though both are in ISCO 51")
	for _, r := range tx.Related("office-cleaner") {
		if !r.Curated {
			assert.GreaterOrEqual(t, r.Shared, 3, r.Occupation.ID)
			assert.Contains(t, r.Why(), "essential skills")
		}
	}
	assert.Nil(t, tx.Related("no-such-occupation"))
}

// TestBuiltinRelatedAndThemesNameKnownOccupations: a typo in the data
// files is an error, not a silent gap.
func TestBuiltinRelatedAndThemesNameKnownOccupations(t *testing.T) {
	known := Builtin().byID
	_, err := parseRelated([]byte("office-cleaner|no-such-job\n"), known)
	require.ErrorIs(t, err, ErrBuiltinData)
	_, err = parseThemes([]byte("x|a|b|c|d|no-such-job:1\n"), known, Builtin().occs)
	require.ErrorIs(t, err, ErrBuiltinData)
	_, err = parseThemes([]byte("x|a|b|c|d|office-cleaner:2\n"), known, Builtin().occs)
	require.ErrorIs(t, err, ErrBuiltinData)
}

// TestAWordBeyondTheReadingNamesTheTheme: "pet care assistant" is read as
// care assistant by its label, but "pet" names the animals theme; a
// wish the reading explains whole names no theme.
func TestAWordBeyondTheReadingNamesTheTheme(t *testing.T) {
	tx := Builtin()
	th, ok := tx.ThemesBeyond("pet care assistant", "care assistant")
	require.True(t, ok)
	assert.Equal(t, []string{"animals"}, th.Themes)
	th, ok = tx.ThemesBeyond("plant nursery assistant", "nursery assistant")
	require.True(t, ok)
	assert.Equal(t, []string{"plants"}, th.Themes)
	_, ok = tx.ThemesBeyond("dog walker", "dog walker")
	assert.False(t, ok)
}
