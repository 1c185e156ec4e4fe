package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitleWordsAgreeWithBruteForce checks the title word posting lists
// against a scan of every vacancy's title terms: for phrases taken from
// the titles themselves, in several languages, with unread titles,
// updates and deletes, the vacancies selected within an area are exactly
// those whose titles hold enough of the words.
func TestTitleWordsAgreeWithBruteForce(t *testing.T) {
	ctx := context.Background()
	town, err := synth.Generate(synth.Config{Seed: 7, Employers: 60, Vacancies: 2400})
	require.NoError(t, err)
	vs := town.Vacancies
	r := rand.New(rand.NewPCG(7, 9))
	langs := []string{"", "en", "it", "es", "da", "fr"}
	for i := range vs {
		vs[i].Language = langs[r.IntN(len(langs))]
		if r.IntN(12) == 0 {
			vs[i].Posted = employer.Date{} // read in the unknown week
		}
		if r.IntN(4) == 0 {
			// The taxonomy reads some of these titles and not others.
			vs[i].Occupation = employer.Occupation{}
			vs[i].Title = []string{"Aiuto cuoco", "Metal worker assistant", "Banqueting assistant", "Ayudante de cocina",
				"Opvasker og køkkenhjælp", "Assistente di sala", "Warehouse picker", "Teaching assistant"}[r.IntN(8)]
		}
	}
	ix := openDisk(t, t.TempDir()+"/ix")
	defer ix.Close()
	_, err = ix.Apply(ctx, Batch{Employers: town.Employers})
	require.NoError(t, err)
	for i := 0; i < len(vs); i += 800 {
		_, err = ix.Apply(ctx, Batch{Vacancies: vs[i : i+800]})
		require.NoError(t, err)
	}
	// A later batch retitles some vacancies and deletes others: their old
	// words must no longer select them.
	upd := slices.Clone(vs[:200])
	for i := range upd {
		upd[i].Title = "Cameriere di sala"
	}
	_, err = ix.Apply(ctx, Batch{Vacancies: upd, DeleteVacancies: []string{vs[300].ID, vs[301].ID, vs[2000].ID}})
	require.NoError(t, err)

	phrases := []string{"assistant", "kitchen porter", "aiuto cuoco", "cameriere", "warehouse worker assistant",
		"ayudante cocina", "køkkenhjælp", "metal worker", "sala", "teaching assistants"}
	for i := range 12 {
		phrases = append(phrases, vs[r.IntN(len(vs))].Title)
		_ = i
	}
	areas := []*retrieval.Area{nil}
	for range 4 {
		var cells []string
		for range 6 {
			v := vs[r.IntN(len(vs))]
			cells = append(cells, retrieval.CellTerm(*v.Location, retrieval.CoarseCell))
		}
		areas = append(areas, ix.newArea(cells))
	}
	// Searches read their areas by weeks of posting too (see
	// retrieval.Area.Weeks); a vacancy's terms are in its week's lists
	// only, however the weeks are cut.
	for range 3 {
		a := areas[1+r.IntN(len(areas)-1)]
		week := retrieval.PostedWeek(retrieval.EpochDay(vs[r.IntN(len(vs))].Posted))
		areas = append(areas, a.Weeks(week, week), a.Weeks(week-1, retrieval.AnyWeek), a.Weeks(retrieval.UnknownWeek, week-2))
	}
	checked := 0
	all := ix.Vacancies()
	for _, words := range phrases {
		for minWords := 0; minWords <= 3; minWords++ {
			for _, read := range [][]string{nil, {"metal worker assistant"}, {"aiuto cuoco", "teaching assistant"}} {
				for ai, area := range areas {
					q := Query{Words: words, MinWords: minWords, ReadWords: read}
					name := fmt.Sprintf("%q min %d read %q area %d", words, minWords, read, ai)
					want := scanSelect(ix, all, q, area)
					got := postingsSelect(t, ix, q, area)
					require.Equal(t, want, got, name)
					checked += len(got)
				}
			}
		}
	}
	assert.Greater(t, checked, 10_000, "the phrases select enough to compare")
}

// scanSelect reads every vacancy's title terms: the reference.
func scanSelect(ix *Index, all []*Entry, q Query, area *retrieval.Area) []string {
	memo := map[[2]string][]string{}
	holds := func(e *Entry, words string) (n, of int) {
		key := [2]string{titleField(e.Lang()), words}
		ts, ok := memo[key]
		if !ok {
			ts = analyze(ix.analyzer(e.Lang()), words)
			memo[key] = ts
		}
		for _, w := range ts {
			if slices.Contains(e.TitleTokens, w) {
				n++
			}
		}
		return n, len(ts)
	}
	var out []string
	for _, e := range all {
		if !area.Contains(e.hot) {
			continue
		}
		ok := false
		if q.Words != "" {
			n, _ := holds(e, q.Words)
			ok = n >= max(1, q.MinWords)
		}
		for _, w := range q.ReadWords {
			n, of := holds(e, w)
			ok = ok || (e.hot.Unread && n >= 1) || (of > 0 && n == of)
		}
		if ok {
			out = append(out, e.ID)
		}
	}
	return out
}

func postingsSelect(t *testing.T, ix *Index, q Query, area *retrieval.Area) []string {
	var out []string
	mark := ix.newMark()
	err := ix.selectTitleWords(context.Background(), q.Words, q.MinWords, q.ReadWords, area, mark, func(h retrieval.Hot) {
		e, err := ix.entryOf(h)
		require.NoError(t, err)
		out = append(out, e.ID)
	})
	require.NoError(t, err)
	slices.SortFunc(out, strings.Compare)
	return out
}

// TestKeptPhrasesStayAsAnalysed checks that the analysed phrases an index
// keeps between searches are not changed by a search that adds phrases of
// its own to them, and that the map of them stays bounded.
func TestKeptPhrasesStayAsAnalysed(t *testing.T) {
	ctx := context.Background()
	ix := openDisk(t, t.TempDir()+"/ix")
	defer ix.Close()
	want := ix.analysePhrases("warehouse worker assistant", 2, false)
	require.NotEmpty(t, want)
	for range 3 {
		err := ix.selectTitleWords(ctx, "warehouse worker assistant", 2, []string{"aiuto cuoco", "teaching assistant"}, nil, ix.newMark(), func(retrieval.Hot) {})
		require.NoError(t, err)
		require.ElementsMatch(t, want, ix.phrases("warehouse worker assistant", 2, false))
	}
	for i := range maxPhrases + 10 {
		ix.phrases(fmt.Sprintf("word%d", i), 1, false)
	}
	ix.phraseMu.Lock()
	defer ix.phraseMu.Unlock()
	assert.LessOrEqual(t, len(ix.phraseOf), maxPhrases)
}
