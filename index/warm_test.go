package index

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarmSplitsWhatSearchesRead: Warm splits the long lists of
// occupations and title words, and the lists of cells, not employers',
// and a search of a warmed index finds what it would have found,
// including a vacancy added after.
func TestWarmSplitsWhatSearchesRead(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	home := employer.Point{Lat: 44.494, Lon: 11.343}
	cook := func(id string) employer.Vacancy {
		return employer.Vacancy{ID: id, EmployerID: "e1", Title: "Cook", Location: &home, Occupation: employer.Occupation{ISCO: "5120"}}
	}
	_, err := ix.Apply(ctx, Batch{Employers: []employer.Employer{{ID: "e1", Name: "Trattoria", Sector: employer.Sector{Code: "I56"}}}, Vacancies: []employer.Vacancy{cook("a"), cook("b")}})
	require.NoError(t, err)
	area := ix.newArea([]string{retrieval.CellTerm(home, retrieval.FineCell)})
	read := func() int {
		n := 0
		require.NoError(t, ix.selectTerms([]string{retrieval.UnitTerm("5120")}, area, ix.newMark(), func(retrieval.Hot) { n++ }))
		m := 0
		require.NoError(t, ix.selectArea(area.Weeks(retrieval.UnknownWeek, retrieval.AnyWeek), func(retrieval.Hot) { m++ }))
		require.Equal(t, n, m, "by place, within weeks")
		return n
	}
	require.Equal(t, 2, read(), "before warming")

	require.NoError(t, ix.Warm(ctx))
	assert.Nil(t, ix.peekCells(wordTerm("en", "cook")), "a short list is left to the first search")
	assert.NotNil(t, ix.peekCells(retrieval.CellTerm(home, retrieval.FineCell)), "a cell's list")
	saved := warmMin
	warmMin = 1
	defer func() { warmMin = saved }()
	require.NoError(t, ix.Warm(ctx))
	assert.NotNil(t, ix.peekCells(retrieval.UnitTerm("5120")), "an occupation's list")
	assert.NotNil(t, ix.peekCells(wordTerm("en", "cook")), "a title word's list")
	assert.Nil(t, ix.peekCells(employerTerm("e1")), "an employer's list is not read by cell")
	assert.Equal(t, 2, read())

	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{cook("c")}})
	require.NoError(t, err)
	assert.Equal(t, 3, read(), "a vacancy added after warming")

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	assert.ErrorIs(t, ix.Warm(cancelled), context.Canceled)
	require.NoError(t, ix.Close())
	assert.ErrorIs(t, ix.Warm(ctx), ErrClosed)
}
