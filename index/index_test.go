package index

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleBatch() Batch {
	loc := &employer.Point{Lat: 44.49, Lon: 11.34}
	return Batch{
		Employers: []employer.Employer{{ID: "e1", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56"}, Location: loc}},
		Vacancies: []employer.Vacancy{
			{ID: "v1", EmployerID: "e1", Title: "Kitchen porter", Location: loc},
			{ID: "v2", EmployerID: "e1", Title: "Aiuto cucina", Language: "it", Location: loc,
				Skills: employer.Skills{Essential: []string{"food hygiene"}}},
			{ID: "v3", Title: "Warehouse operative"},
		},
	}
}

func openMem(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(context.Background(), DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

func TestApplyCountGetDelete(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	st, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	assert.Equal(t, 3, st.VacanciesAdded)
	e, v := ix.Count()
	assert.Equal(t, 1, e)
	assert.Equal(t, 3, v)

	got, ok := ix.Vacancy("v1")
	require.True(t, ok)
	assert.Equal(t, "kitchen-porter", got.Occupation.Code, "occupation read from the title")
	assert.True(t, got.Occupation.Inferred)
	assert.True(t, got.Skills.Inferred, "skills filled from the occupation")
	assert.NotEmpty(t, got.Skills.Essential)

	v2, _ := ix.Vacancy("v2")
	assert.False(t, v2.Skills.Inferred, "skills the posting lists are kept")
	assert.Equal(t, []string{"food hygiene"}, v2.Skills.Essential)

	st, err = ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	assert.Equal(t, 3, st.VacanciesUnchanged, "re-importing the same records is idempotent")

	_, err = ix.Apply(ctx, Batch{DeleteVacancies: []string{"v3"}})
	require.NoError(t, err)
	_, ok = ix.Vacancy("v3")
	assert.False(t, ok)
	n, err := ix.CountVacancies(ctx, Query{})
	require.NoError(t, err)
	assert.Equal(t, 2, n)
}

func TestInvalidBatchWritesNothing(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	bad := Batch{Source: "vacancies.jsonl", Vacancies: []employer.Vacancy{
		{ID: "v9", Title: "Cook"},
		{ID: "v1", Title: "Kitchen porter", Hours: employer.Range{Min: 30, Max: 20}},
	}}
	_, err = ix.Apply(ctx, bad)
	require.ErrorIs(t, err, ErrInvalidBatch)
	require.ErrorIs(t, err, employer.ErrMinAboveMax)
	assert.Contains(t, err.Error(), `vacancies.jsonl: record "v1": field "hours"`)
	_, ok := ix.Vacancy("v9")
	assert.False(t, ok, "nothing from a bad batch is written")
	v1, _ := ix.Vacancy("v1")
	assert.Zero(t, v1.Hours, "what was stored before is untouched")
	n, err := ix.CountVacancies(ctx, Query{})
	require.NoError(t, err)
	assert.Equal(t, 3, n)
}

func TestOnDiskPersistsAndChecksVersion(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	_, err = ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)

	_, err = Open(ctx, Options{Path: dir, LockTimeout: 50 * time.Millisecond})
	require.ErrorIs(t, err, ErrLocked, "a second writer gets a clear error, not a hang")
	require.NoError(t, ix.Close())

	ix, err = Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	e, v := ix.Count()
	assert.Equal(t, 1, e)
	assert.Equal(t, 3, v)
	got, _ := ix.Vacancy("v1")
	assert.Equal(t, "kitchen-porter", got.Occupation.Code)
	assert.Equal(t, []string{"kitchen", "porter"}, got.TitleTokens)

	require.NoError(t, ix.bi.SetInternal([]byte(mappingVersionKey), []byte("ipsmatch-mapping-0")))
	require.NoError(t, ix.Close())
	_, err = Open(ctx, Options{Path: dir})
	require.ErrorIs(t, err, ErrMappingVersion)
	assert.Contains(t, err.Error(), "rebuild")
}

func TestRetrieveByTermsAndWords(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	loc := employer.Point{Lat: 44.49, Lon: 11.34}

	got, err := ix.RetrieveVacancies(ctx, Query{Occ: []string{retrieval.UnitTerm("9412")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"v1", "v2"}, entryIDs(got), "both kitchen jobs share ISCO 9412")

	got, err = ix.RetrieveVacancies(ctx, Query{Words: "cucina"})
	require.NoError(t, err)
	assert.Equal(t, []string{"v2"}, entryIDs(got), "Italian title found with the Italian analyzer")

	got, err = ix.RetrieveVacancies(ctx, Query{Cells: []string{retrieval.CellTerm(loc, retrieval.CoarseCell)}})
	require.NoError(t, err)
	assert.Equal(t, []string{"v1", "v2"}, entryIDs(got))

	got, err = ix.RetrieveVacancies(ctx, Query{Cells: []string{retrieval.CellUnknown}})
	require.NoError(t, err)
	assert.Equal(t, []string{"v3"}, entryIDs(got), "no coordinates: found under the unknown cell, never at 0,0")
}

func TestClosedIndex(t *testing.T) {
	ix, err := Open(context.Background(), DefaultOptions())
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	_, err = ix.Apply(context.Background(), sampleBatch())
	assert.True(t, errors.Is(err, ErrClosed))
}

func entryIDs(es []*Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func TestVacancyFollowsItsEmployer(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	v, _ := ix.Vacancy("v1")
	require.NotNil(t, v.Employer())
	assert.False(t, v.Employer().KnowsProgramme)

	e, _ := ix.Employer("e1")
	upd := *e
	upd.KnowsProgramme = true
	_, err = ix.Apply(ctx, Batch{Employers: []employer.Employer{upd}})
	require.NoError(t, err)
	assert.True(t, v.Employer().KnowsProgramme, "an updated employer is seen by its vacancies")

	_, err = ix.Apply(ctx, Batch{DeleteEmployers: []string{"e1"}})
	require.NoError(t, err)
	assert.Nil(t, v.Employer())
	v3, _ := ix.Vacancy("v3")
	assert.Nil(t, v3.Employer(), "a board posting names no employer")
}
