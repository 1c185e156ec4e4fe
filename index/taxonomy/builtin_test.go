package taxonomy

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	kebab   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	isco4   = regexp.MustCompile(`^[0-9]{4}$`)
	engines = []string{"en", "it", "es", "da"}
)

func TestBuiltinIsParsedOnce(t *testing.T) {
	require.Same(t, Builtin(), Builtin())
}

func TestBuiltinOccupationsAreComplete(t *testing.T) {
	tx := Builtin()
	require.GreaterOrEqual(t, tx.Len(), 150)

	seen := map[string]bool{}
	for _, o := range tx.Occupations() {
		assert.False(t, seen[o.ID], "duplicate id %s", o.ID)
		seen[o.ID] = true
		assert.Regexp(t, kebab, o.ID)
		assert.Regexp(t, isco4, o.ISCO, o.ID)
		assert.Empty(t, o.URI, o.ID)
		for _, lang := range engines {
			assert.NotEmpty(t, o.Labels[lang], "%s has no %s label", o.ID, lang)
		}
		ess, opt := tx.Skills(o.ID)
		assert.True(t, len(ess) >= 2 && len(ess) <= 6, "%s has %d essential skills", o.ID, len(ess))
		assert.True(t, len(opt) >= 2 && len(opt) <= 6, "%s has %d optional skills", o.ID, len(opt))
		for _, s := range append(ess, opt...) {
			assert.Regexp(t, kebab, s.ID)
			assert.NotEmpty(t, s.Labels["en"], s.ID)
			assert.NotEmpty(t, s.Labels["it"], s.ID)
		}
	}
}

func TestParseBuiltinRejectsBrokenData(t *testing.T) {
	skills := []byte("wash|wash|lavare\n")
	cases := map[string]struct{ occ, skills string }{
		"too few fields":        {"a|9412|x|y|z\n", string(skills)},
		"unknown skill":         {"a|9412|x|y|z|w|nope|\n", string(skills)},
		"duplicate occupation":  {"a|9412|x|y|z|w|wash|\na|9412|x|y|z|w|wash|\n", string(skills)},
		"duplicate skill":       {"a|9412|x|y|z|w|wash|\n", string(skills) + string(skills)},
		"skill with few fields": {"", "wash|wash\n"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := parseBuiltin([]byte(c.occ), []byte(c.skills))
			require.ErrorIs(t, err, ErrBuiltinData)
		})
	}
}
