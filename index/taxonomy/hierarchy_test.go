package taxonomy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyCopy copies the tiny fixture flat into a new folder and appends extra
// rows to some of its files (base name -> rows).
func tinyCopy(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, src := range tinyFiles {
		copyTinyFile(t, src, dir)
		if rows, ok := extra[filepath.Base(src)]; ok {
			f, err := os.OpenFile(filepath.Join(dir, filepath.Base(src)), os.O_APPEND|os.O_WRONLY, 0)
			require.NoError(t, err)
			_, err = f.WriteString(rows)
			require.NoError(t, err)
			require.NoError(t, f.Close())
		}
	}
	return dir
}

func TestBroaderFollowsOccupationsThenISCOPrefixes(t *testing.T) {
	const o = "http://example.org/esco-tiny/occupation/"
	dir := tinyCopy(t, map[string]string{
		escoOccupations: "Occupation," + o + "o6,9412,scullery lead,,,released,,,,,,,9412.9.1\n" +
			"Occupation," + o + "o7,9412,night pot washer,,,released,,,,,,,9412.9.1.1\n" +
			"Occupation," + o + "o8,9412,odd job,,,released,,,,,,,9412.8\n",
		escoBroaderOcc: "Occupation," + o + "o6,Occupation," + o + "o1\n" +
			"Occupation," + o + "o7,Occupation," + o + "o6\n" +
			"Occupation," + o + "o7,ISCOGroup,http://example.org/esco-tiny/isco/C5120\n" + // a second broader: ignored
			"Occupation," + o + "o8,Occupation,http://example.org/nowhere\n", // unknown: ignored
	})
	tx, err := LoadESCO(dir)
	require.NoError(t, err)

	occ, ok := tx.Occupation("9412.9.1.1")
	require.True(t, ok)
	assert.Equal(t, "9412.9.1", occ.Broader, "a broader occupation, by its ID")
	assert.Equal(t, []string{"9412.9.1", "9412.9", "9412", "941", "94", "9"}, tx.Broader("9412.9.1.1"))
	assert.Equal(t, []string{"9412.9", "9412", "941", "94", "9"}, tx.Broader("9412.9.1"))

	occ, _ = tx.Occupation("9412.8")
	assert.Empty(t, occ.Broader)
	assert.Equal(t, []string{"9412", "941", "94", "9"}, tx.Broader("9412.8"), "falls back to the ISCO unit group")

	assert.Equal(t, []string{"941", "94", "9"}, tx.Broader("9412"), "from a group code")
	assert.Equal(t, []string{"5"}, tx.Broader("51"))
	assert.Nil(t, tx.Broader("5"), "a major group has nothing above it")
	assert.Nil(t, tx.Broader("no-such-occupation"))
	assert.Nil(t, tx.Broader(""))
}

func TestBroaderOfBuiltinUsesTheISCOGroup(t *testing.T) {
	assert.Equal(t, []string{"9412", "941", "94", "9"}, Builtin().Broader("kitchen-porter"))
}

func TestBroaderStopsOnACycle(t *testing.T) {
	tx := build([]Occupation{
		{ID: "a", ISCO: "9412", Broader: "b"},
		{ID: "b", ISCO: "9412", Broader: "a"},
		{ID: "c", Broader: "elsewhere"},
		{ID: "d", Broader: "d"},
	}, nil, nil, nil)
	assert.Equal(t, []string{"b"}, tx.Broader("a"))
	assert.Equal(t, []string{"elsewhere"}, tx.Broader("c"), "a concept outside the taxonomy ends the chain")
	assert.Nil(t, tx.Broader("d"))
}

func TestBuiltinLabelsMajorAndSubMajorGroups(t *testing.T) {
	tx := Builtin()
	for _, major := range []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		_, ok := tx.ISCOGroup(major)
		assert.True(t, ok, major)
	}
	for _, o := range tx.Occupations() {
		_, ok := tx.ISCOGroup(o.ISCO[:2])
		assert.True(t, ok, "%s: sub-major group %s has no label", o.ID, o.ISCO[:2])
	}
	_, ok := tx.ISCOGroup("9412")
	assert.False(t, ok, "the built-in vocabulary labels no unit groups")

	_, err := parseBuiltinGroups([]byte("9|one\n9|two\n"))
	assert.ErrorIs(t, err, ErrBuiltinData)
	_, err = parseBuiltinGroups([]byte("941|too long\n"))
	assert.ErrorIs(t, err, ErrBuiltinData)
}

func TestMergeKeepsGroupLabelsOtherWins(t *testing.T) {
	tiny := loadTiny(t)
	merged := Builtin().Merge(tiny)
	l, ok := merged.ISCOGroup("9412")
	require.True(t, ok, "from ESCO")
	assert.Equal(t, "kitchen helpers (fixture)", l)
	l, ok = merged.ISCOGroup("4")
	require.True(t, ok, "from Builtin")
	assert.Equal(t, mustGroup(t, Builtin(), "4"), l)
	assert.Equal(t, "food preparation helpers (fixture)", mustGroup(t, merged, "94"), "the argument wins")
	assert.Equal(t, mustGroup(t, Builtin(), "94"), mustGroup(t, tiny.Merge(Builtin()), "94"))

	// Inputs are unchanged; occupations keep their Broader through Merge.
	assert.Equal(t, "helping to prepare food", mustGroup(t, Builtin(), "94"))
	_, ok = tiny.ISCOGroup("4")
	assert.False(t, ok)
	o, _ := merged.Occupation("9412.9")
	assert.Equal(t, "9412", o.Broader)

	empty := build(nil, nil, nil, nil)
	_, ok = empty.Merge(empty).ISCOGroup("9")
	assert.False(t, ok)
}

func TestLoadESCOBadISCOGroups(t *testing.T) {
	dir := tinyCopy(t, map[string]string{
		escoISCOGroups: "ISCOGroup,http://example.org/esco-tiny/isco/C9412b,9412,again,released,,,\n",
	})
	_, err := LoadESCO(dir)
	require.ErrorIs(t, err, ErrESCOMalformed)
	assert.Contains(t, err.Error(), "ISCOGroups_en.csv")
	assert.Contains(t, err.Error(), "duplicate code")

	dir = tinyCopy(t, nil)
	require.NoError(t, os.WriteFile(filepath.Join(dir, escoBroaderOcc), []byte("conceptType,conceptUri,broaderType\n"), 0o600))
	_, err = LoadESCO(dir)
	require.ErrorIs(t, err, ErrESCOMissingColumn)
	assert.Contains(t, err.Error(), "broaderRelationsOccPillar.csv")
	assert.Contains(t, err.Error(), `"broaderUri"`)
}
