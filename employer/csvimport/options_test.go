package csvimport

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSeparatorAndHeaders(t *testing.T) {
	for in, want := range map[string]rune{"": 0, ",": ',', ";": ';', "tab": '\t', `\t`: '\t'} {
		got, err := ParseSeparator(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseSeparator("|")
	assert.ErrorIs(t, err, ErrSeparator)

	h, err := ParseHeaders(" Azienda = name ,Settore=sector_code")
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"Azienda": "name", "Settore": "sector_code"}, h)
	_, err = ParseHeaders("Azienda=name,Settore")
	require.ErrorIs(t, err, ErrHeaderMapping)
	assert.Contains(t, err.Error(), "pair 2")
	assert.NotContains(t, err.Error(), "Settore", "the message names the pair, not its text")
}
