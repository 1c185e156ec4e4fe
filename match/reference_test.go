package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// reference scores every vacancy in the index with the engine's factors and
// filters, with no retrieval at all. The engine must return exactly its top
// results: retrieval may save work, never change the answer.
func reference(t testing.TB, e *Engine, p preference.Profile, opt Options) []scored {
	t.Helper()
	require.NoError(t, p.Validate())
	opt = opt.withDefaults()
	w := compile(e.ix, &p, opt)
	rels := e.relations(opt.Today)
	var kept []scored
	for _, en := range e.ix.Vacancies() {
		c := newCand(w, en, e.employerOf(en), rels[en.EmployerID], false)
		if w.exclude(c) != "" {
			continue
		}
		kept = append(kept, scored{e: en, score: w.score(c)})
	}
	sortScored(kept)
	return diversify(kept, opt.Limit, opt.PerEmployer)
}

// requireSameAsReference checks the engine against the reference scorer.
func requireSameAsReference(t *testing.T, e *Engine, p preference.Profile, opt Options) Results {
	t.Helper()
	got, err := e.Match(context.Background(), p, opt)
	require.NoError(t, err)
	want := reference(t, e, p, opt)
	require.Len(t, got.Results, len(want), "client %s: result count", p.ID)
	for i := range want {
		require.Equal(t, want[i].e.ID, got.Results[i].ID, "client %s: rank %d", p.ID, i+1)
		require.InDelta(t, want[i].score, got.Results[i].score, 1e-12)
	}
	return got
}
