package match

import (
	"context"
	"fmt"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRelaxationsSpeakTheLanguage: what relaxing each must would add is
// said in the search's language, every kind of must of it, with none of
// the English sentence left, in the same order as in English.
func TestRelaxationsSpeakTheLanguage(t *testing.T) {
	only := map[string]int{}
	for code := range relaxWords {
		only[code] = 5
	}
	english := (&Facets{OnlyExcludedBy: only}).Relaxations()
	require.Len(t, english, len(relaxWords))
	assert.Equal(t, "5 more if the client accepted a longer commute", english[0])
	for _, code := range []string{"it", "es", "da"} {
		got := (&Facets{OnlyExcludedBy: only, lang: language.MustParse(code)}).Relaxations()
		require.Len(t, got, len(english), code)
		for i, s := range got {
			assert.NotEqual(t, english[i], s, code)
			assert.NotContains(t, s, "more if the client", code)
			assert.Empty(t, englishLeft(nil, s), "%s: %q keeps English", code, s)
		}
	}
}

// TestMatchFacetsInOptionsLang: Match's facets speak Options.Lang.
func TestMatchFacetsInOptionsLang(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 5, Employers: 40, Vacancies: 300, Clients: 1})
	p := town.Profiles[0]
	p.Shifts = []preference.ShiftPref{{Shift: "day", Strength: preference.Must}}
	res, err := e.Match(context.Background(), p, Options{Today: synth.DefaultToday, Limit: 1, Facets: true, Lang: language.Italian})
	require.NoError(t, err)
	rs := res.Facets.Relaxations()
	require.NotEmpty(t, rs)
	assert.Contains(t, rs, fmt.Sprintf("%d in più se l'utente accettasse altri turni", res.Facets.OnlyExcludedBy[ExShift]))
}
