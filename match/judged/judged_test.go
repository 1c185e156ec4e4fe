package judged

import (
	"context"
	"sort"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

var today = civil.MustParse("2026-11-23")

// Floors are the levels reached when the set was written: a change that
// ranks worse fails here.
const (
	wordsFloor = 0.92
	codedFloor = 0.94
)

func engineFor(t *testing.T, s *Set, vacs []employer.Vacancy) *match.Engine {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Employers: s.Employers, Vacancies: vacs})
	require.NoError(t, err)
	e, err := match.New(match.Config{Index: ix})
	require.NoError(t, err)
	return e
}

// TestJudgedSet prints nDCG@10 and the X items shown on the Skovhavn set,
// for words-only and coded input, and fails below the level reached or if
// any X item is shown.
func TestJudgedSet(t *testing.T) {
	s, err := Load("testdata")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(s.Profiles), 15)
	require.GreaterOrEqual(t, s.Pairs(), 200)
	for _, mode := range []struct {
		name  string
		data  func() ([]employer.Vacancy, []preference.Profile)
		floor float64
	}{{"words-only", s.WordsOnly, wordsFloor}, {"coded", s.Coded, codedFloor}} {
		vacs, profiles := mode.data()
		f, err := s.Evaluate(context.Background(), engineFor(t, s, vacs), profiles, match.Options{Today: today, Limit: 10, PerEmployer: -1})
		require.NoError(t, err)
		t.Logf("%s: nDCG@10 %.3f, X shown %d (%d clients, %d judged pairs)", mode.name, f.NDCG, f.XShown, len(profiles), s.Pairs())
		ids := make([]string, 0, len(f.PerClient))
		for id := range f.PerClient {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			t.Logf("  %-10s %.3f", id, f.PerClient[id])
		}
		require.Zero(t, f.XShown, "%s: an item graded X was shown", mode.name)
		require.GreaterOrEqual(t, f.NDCG, mode.floor, "%s: nDCG@10", mode.name)
	}
}

// TestNDCG: a perfect ranking scores 1, a reversed one less, and X or
// unjudged items gain nothing.
func TestNDCG(t *testing.T) {
	g := map[string]Grade{"a": 3, "b": 2, "c": 1, "x": Never}
	require.InDelta(t, 1, NDCG([]string{"a", "b", "c"}, g, 10), 1e-12)
	require.Less(t, NDCG([]string{"c", "b", "a"}, g, 10), 1.0)
	require.InDelta(t, NDCG([]string{"a", "b", "c"}, g, 10), NDCG([]string{"a", "b", "c", "x", "u"}, g, 10), 1e-12)
	require.Less(t, NDCG([]string{"x", "a", "b", "c"}, g, 10), 1.0)
}
