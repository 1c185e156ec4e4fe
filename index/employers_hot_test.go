package index

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmployerNumbersFollowTheEmployer: the hot fields number a vacancy's
// employer, and what a bound reads by that number is the employer as
// stored now: after an update of its sector and standing, after its
// delete, and after the index is closed and opened again from its state.
// A stale answer would let a search skip a vacancy its score would keep.
func TestEmployerNumbersFollowTheEmployer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	town, err := synth.Generate(synth.Config{Seed: 5, Employers: 12, Vacancies: 120})
	require.NoError(t, err)
	vs := town.Vacancies
	vs[3].EmployerID = "" // a job-board posting that names no employer
	ix := openDisk(t, dir)
	_, err = ix.Apply(ctx, Batch{Employers: town.Employers, Vacancies: vs})
	require.NoError(t, err)
	src := source{ix}
	hot := func(ix *Index, id string) retrieval.Hot {
		t.Helper()
		slot, ok := ix.vacs.get(id)
		require.True(t, ok, id)
		return ix.hots[slot]
	}
	assert.Zero(t, hot(ix, vs[3].ID).Emp, "no employer, no number")
	_, ok := src.Employer(0)
	assert.False(t, ok)

	v := vs[0]
	n := hot(ix, v.ID).Emp
	require.Positive(t, n)
	var emp employer.Employer
	for _, e := range town.Employers {
		if e.ID == v.EmployerID {
			emp = e
		}
	}
	got, ok := src.Employer(n)
	require.True(t, ok)
	assert.Equal(t, retrieval.Employer{ID: emp.ID, KnowsProgramme: emp.KnowsProgramme, InclusionPolicy: emp.InclusionPolicy, Sector: emp.Sector.Code}, got)
	for _, w := range vs {
		if w.EmployerID == v.EmployerID {
			assert.Equal(t, n, hot(ix, w.ID).Emp, "one number per employer")
		} else if w.EmployerID != "" {
			assert.NotEqual(t, n, hot(ix, w.ID).Emp)
		}
	}

	// An update is seen at once, though the first answer was kept.
	emp.Sector = employer.Sector{Code: "Z99", Label: "changed"}
	emp.KnowsProgramme, emp.InclusionPolicy = !emp.KnowsProgramme, !emp.InclusionPolicy
	_, err = ix.Apply(ctx, Batch{Employers: []employer.Employer{emp}})
	require.NoError(t, err)
	got, ok = src.Employer(n)
	require.True(t, ok)
	assert.Equal(t, retrieval.Employer{ID: emp.ID, KnowsProgramme: emp.KnowsProgramme, InclusionPolicy: emp.InclusionPolicy, Sector: "Z99"}, got)

	// Opened again from the state the close wrote: the same numbers, the
	// same answers, and a new vacancy of the same employer shares it.
	require.NoError(t, ix.Close())
	ix = openDisk(t, dir)
	defer ix.Close()
	require.Positive(t, ix.stateSeq, "opened from a state file")
	src = source{ix}
	assert.Equal(t, n, hot(ix, v.ID).Emp)
	got, ok = src.Employer(n)
	require.True(t, ok)
	assert.Equal(t, "Z99", got.Sector)
	extra := v
	extra.ID = "v-extra"
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{extra}})
	require.NoError(t, err)
	assert.Equal(t, n, hot(ix, extra.ID).Emp)

	// Deleted: the number stays on its vacancies, and reads as no record.
	_, err = ix.Apply(ctx, Batch{DeleteEmployers: []string{emp.ID}})
	require.NoError(t, err)
	_, ok = src.Employer(n)
	assert.False(t, ok)
}
