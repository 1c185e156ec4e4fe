package index

import (
	"context"
	"slices"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOutsideAnAreaIsEverythingElse: the complement of an area selects
// every vacancy that lies in none of its cells, by occupation, by title
// words and by place, within weeks when asked, and counts them; a
// vacancy added later in a cell no vacancy had before is outside too.
// A search reads it for a client whose commute limit is only preferred,
// and a vacancy it missed would be missed from that client's list.
func TestOutsideAnAreaIsEverythingElse(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	home := employer.Point{Lat: 44.494, Lon: 11.343}
	far := employer.Point{Lat: 44.80, Lon: 10.33}
	farther := employer.Point{Lat: 45.46, Lon: 9.19}
	day := func(s string) employer.Date {
		d, err := employer.ParseDate(s)
		require.NoError(t, err)
		return d
	}
	cook := func(id string, at *employer.Point, remote employer.Remote, posted string) employer.Vacancy {
		return employer.Vacancy{ID: id, Title: "Cook", Location: at, Remote: remote, Posted: day(posted), Occupation: employer.Occupation{ISCO: "5120"}}
	}
	// Next door: in home's coarse cell, not in its fine cell.
	door := home
	for dLat := 0.0; retrieval.CellTerm(door, retrieval.FineCell) == retrieval.CellTerm(home, retrieval.FineCell) ||
		retrieval.CellTerm(door, retrieval.CoarseCell) != retrieval.CellTerm(home, retrieval.CoarseCell); dLat += 0.002 {
		door = employer.Point{Lat: home.Lat + dLat - 0.02, Lon: home.Lon}
	}
	vs := []employer.Vacancy{
		cook("home", &home, "", "2026-11-23"),
		cook("door", &door, "", "2026-11-23"),
		cook("far-new", &far, "", "2026-11-23"),
		cook("far-old", &far, "", "2026-09-01"),
		cook("farther", &farther, "", "2026-11-10"),
		cook("remote", nil, employer.FullRemote, "2026-11-23"),
		cook("nowhere", nil, "", "2026-11-23"),
	}
	_, err := ix.Apply(ctx, Batch{Vacancies: vs})
	require.NoError(t, err)
	area := ix.newArea([]string{retrieval.CellTerm(home, retrieval.CoarseCell), retrieval.CellRemote, retrieval.CellUnknown})
	out := area.Complement()
	// A fine cell's complement holds the rest of its coarse cell, and
	// remote and unknown places, which the cell does not hold.
	fine := ix.newArea([]string{retrieval.CellTerm(home, retrieval.FineCell)})
	ids := func(h []retrieval.Hot) []string {
		var in []string
		for _, x := range h {
			en, err := ix.entryOf(x)
			require.NoError(t, err)
			in = append(in, en.ID)
		}
		slices.Sort(in)
		return in
	}
	read := func(a *retrieval.Area) (byOcc, byWords, byPlace []string) {
		var o, w, p []retrieval.Hot
		require.NoError(t, ix.selectTerms([]string{retrieval.UnitTerm("5120")}, a, ix.newMark(), func(h retrieval.Hot) { o = append(o, h) }))
		require.NoError(t, ix.selectTitleWords(ctx, "cook", 1, nil, a, ix.newMark(), func(h retrieval.Hot) { w = append(w, h) }))
		require.NoError(t, ix.selectArea(a, func(h retrieval.Hot) { p = append(p, h) }))
		return ids(o), ids(w), ids(p)
	}
	for _, tc := range []struct {
		name string
		a    *retrieval.Area
		want []string
	}{
		{"inside", area, []string{"door", "home", "nowhere", "remote"}},
		{"outside", out, []string{"far-new", "far-old", "farther"}},
		{"inside a fine cell", fine, []string{"home"}},
		{"outside a fine cell", fine.Complement(), []string{"door", "far-new", "far-old", "farther", "nowhere", "remote"}},
		{"outside a fine cell, this week", fine.Complement().Weeks(retrieval.PostedWeek(retrieval.EpochDay(day("2026-11-23"))), retrieval.AnyWeek),
			[]string{"door", "far-new", "nowhere", "remote"}},
		{"outside, this week", out.Weeks(retrieval.PostedWeek(retrieval.EpochDay(day("2026-11-23"))), retrieval.AnyWeek), []string{"far-new"}},
	} {
		for slot := range ix.hots {
			require.Equal(t, tc.a.Contains(ix.hots[slot]), ix.inArea(tc.a, int32(slot)), "%s: slot %d's place", tc.name, slot)
		}
		o, w, p := read(tc.a)
		assert.Equal(t, tc.want, o, "%s: by occupation", tc.name)
		assert.Equal(t, tc.want, w, "%s: by title words", tc.name)
		assert.Equal(t, tc.want, p, "%s: by place", tc.name)
		assert.Equal(t, len(tc.want), ix.countIn(tc.a), "%s: counted", tc.name)
		mark := ix.newMark()
		n, err := ix.countTerms([]string{retrieval.UnitTerm("5120"), retrieval.CodeTerm("cook")}, tc.a, mark)
		require.NoError(t, err)
		assert.Equal(t, len(tc.want), n, "%s: counted by term, each once", tc.name)
		n, err = ix.countTerms([]string{retrieval.UnitTerm("5120")}, tc.a, mark)
		require.NoError(t, err)
		assert.Zero(t, n, "%s: marked as counted", tc.name)
	}

	// A new place, made after the area was.
	elsewhere := employer.Point{Lat: 41.90, Lon: 12.50}
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{cook("rome", &elsewhere, "", "2026-11-23")}})
	require.NoError(t, err)
	o, w, p := read(out)
	want := []string{"far-new", "far-old", "farther", "rome"}
	assert.Equal(t, want, o)
	assert.Equal(t, want, w)
	assert.Equal(t, want, p)

	// Counted by cell as they move: "home" moves far away.
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{cook("home", &far, "", "2026-11-23")}})
	require.NoError(t, err)
	assert.Equal(t, 3, ix.countIn(area))
	n, err := ix.countOutside([]string{retrieval.UnitTerm("5120"), retrieval.CodeTerm("cook")}, area, ix.newMark())
	require.NoError(t, err)
	assert.Equal(t, 5, n, "what lies out of the area, each once")
}
