package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escoTinyDir is the tiny ESCO-format fixture of package taxonomy: five
// occupations, among them "pot washer" (9412.9, alternative label
// "scullery hand") with the essential skills scrub cookware, dispose of
// food waste and kitchen hygiene rules.
const escoTinyDir = "taxonomy/testdata/esco-tiny"

func escoBatch() Batch {
	loc := &employer.Point{Lat: 44.49, Lon: 11.34}
	return Batch{Vacancies: []employer.Vacancy{
		// Read by the built-in vocabulary as kitchen porter, by ESCO as pot washer.
		{ID: "pot", Title: "Pot washer", Location: loc},
		// Unknown to the built-in vocabulary: no occupation until ESCO.
		{ID: "scullery", Title: "Scullery hand", Location: loc},
		// The posting states its skills: they stay whatever the taxonomy.
		{ID: "own", Title: "Pot washer", Location: loc, Skills: employer.Skills{Essential: []string{"wash glasses"}}},
		// The posting states its occupation: it stays.
		{ID: "coded", Title: "Pot washer", Location: loc, Occupation: employer.Occupation{Code: "kitchen-porter", ISCO: "9412"}},
	}}
}

func TestUseTaxonomyRereadsInferredVacanciesOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	_, err = ix.Apply(ctx, escoBatch())
	require.NoError(t, err)

	before, _ := ix.Vacancy("pot")
	require.Equal(t, "kitchen-porter", before.Occupation.Code, "the built-in vocabulary reads the title first")
	scullery, _ := ix.Vacancy("scullery")
	require.True(t, scullery.Occupation.IsZero())
	coded, _ := ix.Vacancy("coded")
	codedSkills := coded.Skills

	esco, err := taxonomy.LoadESCO(escoTinyDir)
	require.NoError(t, err)
	st, err := ix.UseTaxonomy(ctx, taxonomy.Builtin().Merge(esco), escoTinyDir)
	require.NoError(t, err)
	assert.Equal(t, 4, st.VacanciesUpdated+st.VacanciesUnchanged, "every vacancy with something inferred is re-read")

	pot, _ := ix.Vacancy("pot")
	assert.Equal(t, "9412.9", pot.Occupation.Code)
	assert.True(t, pot.Occupation.Inferred)
	assert.Equal(t, []string{"scrub cookware", "dispose of food waste", "kitchen hygiene rules"}, pot.Skills.Essential)
	assert.Equal(t, []string{"arrive on time"}, pot.Skills.Optional)
	assert.True(t, pot.Skills.Inferred)

	scullery, _ = ix.Vacancy("scullery")
	assert.Equal(t, "9412.9", scullery.Occupation.Code, "ESCO's alternative label reads a title the built-in vocabulary did not")

	own, _ := ix.Vacancy("own")
	assert.Equal(t, []string{"wash glasses"}, own.Skills.Essential, "a posting's own skills are kept")
	assert.False(t, own.Skills.Inferred)
	assert.Equal(t, "9412.9", own.Occupation.Code, "its inferred occupation is read again")

	coded, _ = ix.Vacancy("coded")
	assert.Equal(t, "kitchen-porter", coded.Occupation.Code, "a posting's own occupation is kept")
	assert.False(t, coded.Occupation.Inferred)
	assert.Equal(t, codedSkills, coded.Skills)

	got, err := ix.RetrieveVacancies(ctx, Query{Occ: []string{retrieval.CodeTerm("9412.9")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"own", "pot", "scullery"}, entryIDs(got), "the occupation terms are re-indexed")

	src, err := ix.TaxonomySource()
	require.NoError(t, err)
	assert.True(t, filepath.IsAbs(src), "the ESCO path is stored absolute: %s", src)

	// Re-applying with the same taxonomy changes nothing.
	st, err = ix.UseTaxonomy(ctx, ix.Taxonomy(), escoTinyDir)
	require.NoError(t, err)
	assert.Zero(t, st.VacanciesUpdated)
	require.NoError(t, ix.Close())
}

func TestReopenKeepsTheESCOTaxonomy(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	esco, err := taxonomy.LoadESCO(escoTinyDir)
	require.NoError(t, err)
	_, err = ix.UseTaxonomy(ctx, taxonomy.Builtin().Merge(esco), escoTinyDir)
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	// The relative path given above would not resolve from elsewhere.
	t.Chdir(t.TempDir())
	ix, err = Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	_, ok := ix.Taxonomy().Occupation("9412.9")
	assert.True(t, ok, "the ESCO occupations are loaded again on open")
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{{ID: "new", Title: "Scullery hand"}}})
	require.NoError(t, err)
	v, _ := ix.Vacancy("new")
	assert.Equal(t, "9412.9", v.Occupation.Code, "new vacancies are read with ESCO")
	require.NoError(t, ix.Close())

	ix, err = Open(ctx, Options{Path: dir, Taxonomy: taxonomy.Builtin()})
	require.NoError(t, err)
	_, ok = ix.Taxonomy().Occupation("9412.9")
	assert.False(t, ok, "a taxonomy given to Open wins over the stored one")
	require.NoError(t, ix.Close())
}

func TestReopenWithTheESCOFolderGone(t *testing.T) {
	ctx := context.Background()
	dir, escoDir := t.TempDir(), filepath.Join(t.TempDir(), "esco")
	require.NoError(t, os.CopyFS(escoDir, os.DirFS(escoTinyDir)))
	ix, err := Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	esco, err := taxonomy.LoadESCO(escoDir)
	require.NoError(t, err)
	_, err = ix.UseTaxonomy(ctx, taxonomy.Builtin().Merge(esco), escoDir)
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	require.NoError(t, os.RemoveAll(escoDir))
	_, err = Open(ctx, Options{Path: dir})
	require.Error(t, err)
	assert.Contains(t, err.Error(), escoDir)
	assert.Contains(t, err.Error(), "ipsmatch taxonomy --esco")

	// Forgetting the source makes the index usable with the built-in
	// vocabulary again.
	ix, err = Open(ctx, Options{Path: dir, Taxonomy: taxonomy.Builtin()})
	require.NoError(t, err)
	_, err = ix.UseTaxonomy(ctx, taxonomy.Builtin(), "")
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	ix, err = Open(ctx, Options{Path: dir})
	require.NoError(t, err)
	require.NoError(t, ix.Close())
}
