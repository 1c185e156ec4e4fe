package match

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escoEngine is newTestEngine over an index that reads occupations with tx.
func escoEngine(t *testing.T, tx *taxonomy.Taxonomy, vacs []employer.Vacancy) *Engine {
	t.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, index.Options{Taxonomy: tx})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Vacancies: vacs})
	require.NoError(t, err)
	e, err := New(Config{Index: ix})
	require.NoError(t, err)
	return e
}

func TestESCOInferredSkillsChangeTheRanking(t *testing.T) {
	// The tiny ESCO fixture: a pot washer (9412.9) must scrub cookware,
	// dispose of food waste and know kitchen hygiene rules; a grill cook
	// (5120.9) must grill meat and know kitchen hygiene rules.
	esco, err := taxonomy.LoadESCO(filepath.Join("..", "index", "taxonomy", "testdata", "esco-tiny"))
	require.NoError(t, err)
	// Neither posting lists skills; the grill is a little nearer.
	vacs := []employer.Vacancy{vac("pots", "", "Pot washer", 2), vac("grill", "", "Grill cook", 1.5)}
	client := preference.Profile{
		ID: "s1", Enrolled: today.AddDays(-5), Home: &home, Disclosure: preference.DiscloseFull,
		Commute: &preference.Commute{Mode: preference.Walk, MaxMinutes: 60, Strength: preference.Prefer},
		Skills:  []string{"scrub cookware", "dispose of food waste", "kitchen hygiene rules"},
	}

	builtin, err := escoEngine(t, taxonomy.Builtin(), vacs).Match(context.Background(), client, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, builtin.Results, 2)
	assert.Equal(t, "grill", builtin.Results[0].ID, "without ESCO the client's skills say nothing about either job: the nearer wins")

	got, err := escoEngine(t, taxonomy.Builtin().Merge(esco), vacs).Match(context.Background(), client, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, got.Results, 2)
	first := got.Results[0]
	assert.Equal(t, "pots", first.ID, "ESCO lists the pot washer's essential skills, which the client has")
	skills := reasonText(first, "skills")
	assert.Contains(t, skills, "has 3 of 3 essential skills")
	assert.Contains(t, skills, "inferred from the occupation")
	assert.Contains(t, reasonText(got.Results[1], "skills"), "to learn on the job: grill meat")
}

// escoDir returns the folder with the real ESCO files: IPSMATCH_ESCO_DIR,
// or shared/data/esco beside the repository; it skips when neither exists.
func escoDir(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the whole ESCO classification")
	}
	dir := os.Getenv("IPSMATCH_ESCO_DIR")
	if dir == "" {
		if root, ok := moduleRoot(); ok {
			dir = filepath.Join(root, "..", "shared", "data", "esco")
		}
	}
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		t.Skip("ESCO files not found: set IPSMATCH_ESCO_DIR to the folder holding the ESCO v1.1.1 zips")
	}
	return dir
}

// moduleRoot is the nearest folder above the working directory holding
// go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", false
		}
		dir = up
	}
}

func TestRealESCOReadsDishwashers(t *testing.T) {
	esco, err := taxonomy.LoadESCO(escoDir(t))
	require.NoError(t, err)
	tx := taxonomy.Builtin().Merge(esco)

	u := tx.Understand("dishwasher")
	require.NotEmpty(t, u)
	assert.Equal(t, "9412", u[0].Occupation.ISCO)

	// "Kitchen porter" is a preferred label in both vocabularies; on the tie
	// ESCO's code wins, and with it ESCO's skills.
	e := escoEngine(t, tx, []employer.Vacancy{vac("d1", "", "Kitchen porter", 1)})
	v, ok := e.Index().Vacancy("d1")
	require.True(t, ok)
	assert.Equal(t, "9412", v.Occupation.ISCO)
	assert.True(t, strings.Contains(v.Occupation.Code, "."), "an ESCO code such as 9412.2, got %q", v.Occupation.Code)
	require.True(t, v.Skills.Inferred)
	ess, _ := esco.Skills(v.Occupation.Code)
	require.NotEmpty(t, ess)
	assert.Equal(t, ess[0].Label("en"), v.Skills.Essential[0], "the skills are ESCO's for that occupation")

	client := preference.Profile{ID: "d", Enrolled: today.AddDays(-5), Home: &home, Disclosure: preference.DiscloseFull,
		JobTypes: []preference.JobType{{Text: "lavapiatti", Strength: preference.Prefer}},
		Skills:   []string{ess[0].Label("en")}}
	got, err := e.Match(context.Background(), client, Options{Today: today})
	require.NoError(t, err)
	require.Len(t, got.Results, 1)
	assert.Contains(t, reasonText(got.Results[0], "skills"), "inferred from the occupation")
}
