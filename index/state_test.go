package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stateTown writes a town in several batches, with updates and deletes,
// and closes the index, which saves its state.
func stateTown(t *testing.T, dir string) []employer.Vacancy {
	t.Helper()
	ctx := context.Background()
	town, err := synth.Generate(synth.Config{Seed: 3, Employers: 40, Vacancies: 900})
	require.NoError(t, err)
	ix := openDisk(t, dir)
	_, err = ix.Apply(ctx, Batch{Employers: town.Employers})
	require.NoError(t, err)
	vs := town.Vacancies
	for i := 0; i < len(vs); i += 300 {
		_, err = ix.Apply(ctx, Batch{Vacancies: vs[i : i+300]})
		require.NoError(t, err)
	}
	upd := slices.Clone(vs[:50])
	for i := range upd {
		upd[i].Title = "Aiuto cuoco"
	}
	_, err = ix.Apply(ctx, Batch{Vacancies: upd, DeleteVacancies: []string{vs[100].ID, vs[700].ID},
		DeleteEmployers: []string{town.Employers[5].ID}})
	require.NoError(t, err)
	require.NoError(t, ix.Close())
	return vs
}

// describe is what a user of the index sees of it: every record, and
// what retrieval selects by each term.
func describe(t *testing.T, ix *Index) string {
	t.Helper()
	var b strings.Builder
	e, v := ix.Count()
	fmt.Fprintf(&b, "%d employers, %d vacancies\n", e, v)
	var terms, cells []string
	for _, en := range ix.Vacancies() {
		emp := ""
		if en.Employer() != nil {
			emp = en.Employer().Name
		}
		fmt.Fprintf(&b, "%s %q %s %+v %v\n", en.ID, en.Title, emp, en.hot, en.Occ)
		terms = append(terms, en.Occ...)
		terms = append(terms, en.Cells...)
		cells = append(cells, en.Cells...)
	}
	for _, em := range ix.Employers() {
		fmt.Fprintf(&b, "%s %q %d\n", em.ID, em.Name, len(ix.VacanciesOf(em.ID)))
	}
	slices.Sort(terms)
	for _, term := range slices.Compact(terms) {
		var ids []string
		require.NoError(t, ix.selectTerms([]string{term}, nil, ix.newMark(), func(h retrieval.Hot) {
			en, err := ix.entryOf(h)
			require.NoError(t, err)
			ids = append(ids, en.ID)
		}))
		slices.Sort(ids)
		fmt.Fprintf(&b, "%s: %v\n", term, ids)
		if slices.Contains(cells, term) {
			// Counted from the live count of the cell.
			require.Equal(t, len(ids), ix.countIn(ix.newArea([]string{term})), term)
		}
	}
	return b.String()
}

// describeDir describes the index in dir, opened to read, and says
// whether it opened from a state.
func describeDir(t *testing.T, dir string) (string, bool) {
	t.Helper()
	ix, err := Open(context.Background(), Options{Path: dir, ReadOnly: true})
	require.NoError(t, err)
	defer ix.Close()
	return describe(t, ix), ix.stateSeq > 0
}

func removeStates(t *testing.T, dir string) {
	t.Helper()
	seqs, err := stateFiles(dir)
	require.NoError(t, err)
	for _, s := range seqs {
		require.NoError(t, os.Remove(filepath.Join(dir, segDir, stateName(s))))
	}
}

func TestStateOpensTheSameIndexAsTheSegments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	stateTown(t, dir)
	seqs, err := stateFiles(dir)
	require.NoError(t, err)
	require.Len(t, seqs, 1, "closing the writer saved one state")
	fromState, used := describeDir(t, dir)
	require.True(t, used)
	removeStates(t, dir)
	fromSegments, used := describeDir(t, dir)
	require.False(t, used)
	require.Equal(t, fromSegments, fromState)
	assert.Contains(t, fromState, "Aiuto cuoco")
}

func TestStateThenLaterBatches(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ix")
	vs := stateTown(t, dir)
	old, err := stateFiles(dir)
	require.NoError(t, err)
	saved, err := os.ReadFile(filepath.Join(dir, segDir, stateName(old[0])))
	require.NoError(t, err)

	// Opened from its state, the writer updates and deletes records the
	// state holds, and adds new ones.
	ix := openDisk(t, dir)
	upd := slices.Clone(vs[200:260])
	for i := range upd {
		upd[i].Title = "Lavapiatti"
	}
	upd = append(upd, employer.Vacancy{ID: "new-1", Title: "Cook", Location: vs[0].Location})
	_, err = ix.Apply(ctx, Batch{Vacancies: upd, DeleteVacancies: []string{vs[300].ID, vs[50].ID}})
	require.NoError(t, err)
	live := describe(t, ix)
	require.NoError(t, ix.Close())
	now, err := stateFiles(dir)
	require.NoError(t, err)
	assert.Equal(t, []uint64{old[0] + 1}, now, "the new state replaced the old one")
	got, used := describeDir(t, dir)
	assert.True(t, used)
	assert.Equal(t, live, got, "from the new state")

	// A writer killed before it closed leaves the older state: Open reads
	// it and then the segments written since.
	removeStates(t, dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, segDir, stateName(old[0])), saved, 0o644))
	got, used = describeDir(t, dir)
	assert.True(t, used)
	assert.Equal(t, live, got, "from the old state and one segment")
	removeStates(t, dir)
	got, used = describeDir(t, dir)
	assert.False(t, used)
	assert.Equal(t, live, got, "from the segments alone")
}

func TestDamagedStateIsIgnored(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	stateTown(t, dir)
	seqs, err := stateFiles(dir)
	require.NoError(t, err)
	path := filepath.Join(dir, segDir, stateName(seqs[0]))
	good, err := os.ReadFile(path)
	require.NoError(t, err)
	removeStates(t, dir)
	want, _ := describeDir(t, dir)

	damage := map[string]func([]byte) []byte{
		"truncated":    func(b []byte) []byte { return b[:len(b)/2] },
		"no end":       func(b []byte) []byte { return b[:len(b)-1] },
		"other layout": func(b []byte) []byte { b[len(stateMagic)]++; return b },
		"slot out of range": func(b []byte) []byte {
			// The posting lists are the last int32 section before the
			// id tables: spoil every int32 of the file's second half.
			for i := len(b) / 2; i+4 < len(b)-len(stateEnd); i += 4 {
				b[i+3] = 0x7f
			}
			return b
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(path, f(slices.Clone(good)), 0o644))
			got, used := describeDir(t, dir)
			assert.False(t, used, "the damaged state is refused")
			assert.Equal(t, want, got)
		})
	}
}
