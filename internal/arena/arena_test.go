package arena

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestArenaGivesBackWhatWasAddedAcrossChunks(t *testing.T) {
	var a Arena
	long := strings.Repeat("x", chunkSize+10)
	var words []string
	for i := range 60_000 {
		words = append(words, fmt.Sprintf("word %d", i), "")
		if i == 30_000 {
			words = append(words, long)
		}
	}
	refs := make([]Ref, len(words))
	for i, w := range words {
		refs[i] = a.AddString(w)
	}
	require.Greater(t, len(a.chunks), 2, "the words fill more than one chunk")
	for i, r := range refs {
		w := words[i]
		require.Equal(t, w, a.String(r))
		assert.True(t, a.Equal(r, w))
		assert.Equal(t, len(w), r.Len())
	}
	assert.False(t, a.Equal(refs[0], "word 00"))
}

func TestIndexNumbersIDsInOrder(t *testing.T) {
	x := NewIndex()
	for i := range 10_000 {
		require.Equal(t, uint32(i), x.Intern(fmt.Sprintf("k%05d", i)))
	}
	assert.Equal(t, uint32(42), x.Intern("k00042"), "an id keeps its number")
	n, ok := x.Lookup("k09999")
	assert.True(t, ok)
	assert.Equal(t, "k09999", x.ID(n))
	_, ok = x.Lookup("k10000")
	assert.False(t, ok)
	assert.Equal(t, 10_000, x.Len())
}

// Ids whose hashes collide are told apart by their text.
func TestIndexKeepsCollidingIDsApart(t *testing.T) {
	x := NewIndex()
	a := x.Intern("a")
	x.byHash[hashOf(x, "b")] = a // make "b" collide with "a"
	b := x.Intern("b")
	assert.NotEqual(t, a, b)
	got, ok := x.Lookup("b")
	assert.True(t, ok)
	assert.Equal(t, b, got)
	got, _ = x.Lookup("a")
	assert.Equal(t, a, got)
}
