package taxonomy

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tinyDir = "testdata/esco-tiny"

func loadTiny(t testing.TB) *Taxonomy {
	t.Helper()
	tx, err := LoadESCO(tinyDir)
	require.NoError(t, err)
	return tx
}

func TestLoadESCOTinyFolder(t *testing.T) {
	checkTiny(t, loadTiny(t))
}

func TestLoadESCOTinyZips(t *testing.T) {
	dir := t.TempDir()
	// As the Commission ships them: two zips, here with a folder inside.
	writeZip(t, filepath.Join(dir, "esco-v1.1.1-classification-en-csv.zip"), map[string]string{
		"esco/occupations_en.csv": "classification/occupations_en.csv",
		"esco/skills_en.csv":      "classification/skills_en.csv",
		"esco/ISCOGroups_en.csv":  "classification/ISCOGroups_en.csv",
	})
	writeZip(t, filepath.Join(dir, "esco-v1.1.1-relations-csv.zip"), map[string]string{
		"occupationSkillRelations.csv":  "relations/occupationSkillRelations.csv",
		"broaderRelationsOccPillar.csv": "relations/broaderRelationsOccPillar.csv",
	})
	tx, err := LoadESCO(dir)
	require.NoError(t, err)
	checkTiny(t, tx)
}

func checkTiny(t *testing.T, tx *Taxonomy) {
	t.Helper()
	require.Equal(t, 5, tx.Len())

	o, ok := tx.Occupation("9412.9")
	require.True(t, ok)
	assert.Equal(t, "9412", o.ISCO)
	assert.Equal(t, "http://example.org/esco-tiny/occupation/o1", o.URI)
	assert.Equal(t, []string{"pot washer", "scullery hand", "dish washer", "potwash"}, o.Labels["en"],
		"preferred first, then alternative and hidden labels, without repeats")
	assert.Len(t, o.Labels, 1, "ESCO labels are English only")

	ess, opt := tx.Skills("9412.9")
	assert.Equal(t, []string{"s1", "s2", "s3"}, skillIDs(ess), "unknown skill URIs are skipped")
	assert.Equal(t, []string{"s10"}, skillIDs(opt))
	assert.Equal(t, "scrub cookware", ess[0].Label("en"))
	assert.Equal(t, []string{"scrub cookware", "clean pans"}, ess[0].Labels["en"])
	assert.Equal(t, "http://example.org/esco-tiny/skill/s1", ess[0].URI)

	assert.Len(t, tx.ByISCO("5164"), 1)

	got := tx.Understand("dishwasher")
	require.NotEmpty(t, got)
	assert.Equal(t, "9412.9", got[0].Occupation.ID)
	assert.Equal(t, "dish washer", got[0].Matched)

	c, ok := tx.Classify("Grill cook wanted", "en")
	require.True(t, ok)
	assert.Equal(t, "5120.9", c.Occupation.ID)

	assert.Equal(t, "9412", o.Broader, "the ISCO group, by code")
	assert.Equal(t, []string{"9412", "941", "94", "9"}, tx.Broader("9412.9"))
	l, ok := tx.ISCOGroup("9412")
	require.True(t, ok)
	assert.Equal(t, "kitchen helpers (fixture)", l, "the preferred label, not the alternative ones")
	for _, code := range []string{"5", "51", "512", "5120", "9333"} {
		_, ok := tx.ISCOGroup(code)
		assert.True(t, ok, code)
	}
	_, ok = tx.ISCOGroup("1")
	assert.False(t, ok)
}

func skillIDs(ss []Skill) []string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}

func writeZip(t *testing.T, path string, entries map[string]string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	zw := zip.NewWriter(f)
	for name, src := range entries {
		w, err := zw.Create(name)
		require.NoError(t, err)
		in, err := os.Open(filepath.Join(tinyDir, src))
		require.NoError(t, err)
		_, err = io.Copy(w, in)
		require.NoError(t, err)
		require.NoError(t, in.Close())
	}
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
}

func TestLoadESCOMissingColumn(t *testing.T) {
	_, err := LoadESCO("testdata/esco-missing-column")
	require.ErrorIs(t, err, ErrESCOMissingColumn)
	assert.Contains(t, err.Error(), "occupations_en.csv")
	assert.Contains(t, err.Error(), `"preferredLabel"`)
}

func TestLoadESCOMissingFile(t *testing.T) {
	dir := t.TempDir()
	writeZip(t, filepath.Join(dir, "classification.zip"), map[string]string{
		"occupations_en.csv": "classification/occupations_en.csv",
		"skills_en.csv":      "classification/skills_en.csv",
		"ISCOGroups_en.csv":  "classification/ISCOGroups_en.csv",
	})
	_, err := LoadESCO(dir)
	require.ErrorIs(t, err, ErrESCOMissingFile)
	assert.Contains(t, err.Error(), "occupationSkillRelations.csv")

	// The hierarchy files are required too, and named when missing.
	for _, missing := range []string{"ISCOGroups_en.csv", "broaderRelationsOccPillar.csv"} {
		dir := t.TempDir()
		for _, src := range tinyFiles {
			if filepath.Base(src) != missing {
				copyTinyFile(t, src, dir)
			}
		}
		_, err := LoadESCO(dir)
		require.ErrorIs(t, err, ErrESCOMissingFile, missing)
		assert.Contains(t, err.Error(), missing)
	}

	_, err = LoadESCO(filepath.Join(dir, "no-such-folder"))
	require.Error(t, err)
}

func TestLoadESCOMalformedCSV(t *testing.T) {
	dir := t.TempDir()
	for _, src := range tinyFiles {
		if filepath.Base(src) != "occupations_en.csv" {
			copyTinyFile(t, src, dir)
		}
	}
	bad := "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,code\n" +
		"Occupation,http://x/o1,9412,cook,\"unclosed,9412.1\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "occupations_en.csv"), []byte(bad), 0o600))
	_, err := LoadESCO(dir)
	require.ErrorIs(t, err, ErrESCOMalformed)
	assert.Contains(t, err.Error(), "occupations_en.csv")

	dup := "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,code\n" +
		"Occupation,http://x/o1,9412,cook,,9412.1\n" +
		"Occupation,http://x/o2,9412,chef,,9412.1\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "occupations_en.csv"), []byte(dup), 0o600))
	_, err = LoadESCO(dir)
	require.ErrorIs(t, err, ErrESCOMalformed)
	assert.Contains(t, err.Error(), "duplicate code")
}

// tinyFiles are the five files of the tiny fixture, relative to tinyDir.
var tinyFiles = []string{
	"classification/occupations_en.csv",
	"classification/skills_en.csv",
	"classification/ISCOGroups_en.csv",
	"relations/occupationSkillRelations.csv",
	"relations/broaderRelationsOccPillar.csv",
}

// copyTinyFile copies one file of the tiny fixture into dir, flat.
func copyTinyFile(t testing.TB, src, dir string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(tinyDir, src))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(src)), data, 0o600))
}

// realESCODir returns the folder with the real ESCO files, or skips.
func realESCODir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("IPSMATCH_ESCO_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "esco")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skip("ESCO files not found: set IPSMATCH_ESCO_DIR to the folder holding the ESCO v1.1.1 zips")
	}
	return dir
}

func TestLoadESCOReal(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole ESCO classification")
	}
	tx, err := LoadESCO(realESCODir(t))
	require.NoError(t, err)
	assert.InDelta(t, 3007, tx.Len(), 50)

	o, ok := tx.Occupation("9412.2")
	require.True(t, ok)
	assert.Equal(t, "kitchen porter", o.Label("en"))
	ess, opt := tx.Skills("9412.2")
	assert.NotEmpty(t, ess)
	assert.NotEmpty(t, opt)

	got := tx.Understand("dishwasher")
	require.NotEmpty(t, got)
	assert.Equal(t, "9412", got[0].Occupation.ISCO)

	merged := tx.Merge(Builtin())
	assert.Equal(t, tx.Len()+Builtin().Len(), merged.Len())
	got = merged.Understand("lavoro in cucina")
	require.NotEmpty(t, got)
	assert.Equal(t, "9412", got[0].Occupation.ISCO)

	// The ISCO-08 groups of every level, and the occupation hierarchy.
	l, ok := tx.ISCOGroup("9412")
	require.True(t, ok)
	assert.Regexp(t, `(?i)kitchen|food`, l)
	for _, code := range []string{"9", "94", "941", "0110"} {
		l, ok := tx.ISCOGroup(code)
		assert.True(t, ok && l != "", code)
	}
	assert.Equal(t, "9412", o.Broader)
	assert.Equal(t, []string{"9412", "941", "94", "9"}, tx.Broader("9412.2"))
	assert.Equal(t, []string{"5120.1", "5120", "512", "51", "5"}, tx.Broader("5120.1.3"), "grill cook, under cook")
	assert.Equal(t, mustGroup(t, Builtin(), "94"), mustGroup(t, merged, "94"), "tx.Merge(Builtin()): Builtin's label wins")
	assert.Equal(t, mustGroup(t, tx, "94"), mustGroup(t, Builtin().Merge(tx), "94"), "Builtin().Merge(tx): ESCO's label wins")
	assert.Equal(t, mustGroup(t, tx, "9412"), mustGroup(t, merged, "9412"), "groups only ESCO labels are kept")
	var withBroader int
	for _, o := range tx.Occupations() {
		if o.Broader == "" {
			continue
		}
		withBroader++
		chain := tx.Broader(o.ID)
		require.NotEmpty(t, chain, o.ID)
		assert.Equal(t, o.ISCO[:1], chain[len(chain)-1], "%s ends at its major group", o.ID)
	}
	assert.Equal(t, tx.Len(), withBroader, "every ESCO occupation has a broader concept")
}

func mustGroup(t *testing.T, tx *Taxonomy, code string) string {
	t.Helper()
	l, ok := tx.ISCOGroup(code)
	require.True(t, ok, code)
	return l
}

// BenchmarkLoadESCO loads the real ESCO files and reports the heap still in
// use afterwards (heap-MiB) besides time and allocations.
func BenchmarkLoadESCO(b *testing.B) {
	dir := realESCODir(b)
	b.ReportAllocs()
	var tx *Taxonomy
	for b.Loop() {
		var err error
		if tx, err = LoadESCO(dir); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MiB")
	runtime.KeepAlive(tx)
}

func BenchmarkUnderstandESCOMergedWithBuiltin(b *testing.B) {
	tx, err := LoadESCO(realESCODir(b))
	require.NoError(b, err)
	tx = tx.Merge(Builtin())
	b.ReportAllocs()
	for b.Loop() {
		tx.Understand("lavoro in cucina, part-time")
	}
}
