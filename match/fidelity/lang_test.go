package fidelity

import (
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The IPS-25 items and the report's flags in another language score and
// count exactly as in English; only their words change, all of them.
func TestIPS25AndFlagsSpeakTheLanguage(t *testing.T) {
	competitive := func(p employer.Placement) (bool, bool) { return p.ID != "p3", true }
	in := practiceInput()
	en, err := IPS25(IPS25Input{Input: in, Competitive: competitive})
	require.NoError(t, err)
	enRep, err := Compute(in)
	require.NoError(t, err)
	require.NotEmpty(t, enRep.Flags)
	for _, lang := range []language.Tag{language.Italian, language.Spanish, language.Danish} {
		in.Lang = lang
		got, err := IPS25(IPS25Input{Input: in, Competitive: competitive})
		require.NoError(t, err)
		require.Len(t, got, len(en))
		for i, it := range got {
			e := en[i]
			assert.Equal(t, []any{e.Number, e.Measured, e.Score, e.Value}, []any{it.Number, it.Measured, it.Score, it.Value})
			assert.NotEqual(t, e.Basis, it.Basis, "item %d in %s", it.Number, lang)
			assert.NotEqual(t, e.Name, it.Name, "item %d in %s", it.Number, lang)
			assert.Equal(t, e.Anchors == "", it.Anchors == "")
			if e.Anchors != "" {
				assert.NotEqual(t, e.Anchors, it.Anchors)
			}
		}
		rep, err := Compute(in)
		require.NoError(t, err)
		require.Len(t, rep.Flags, len(enRep.Flags))
		for i := range rep.Flags {
			assert.NotEqual(t, enRep.Flags[i], rep.Flags[i])
		}
	}
}
