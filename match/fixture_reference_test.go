package match

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// demoDir is the demo town's data, read here as a fixture: the files, not
// the examples package.
const demoDir = "../examples/demo/data"

func readFixture[T any](t *testing.T, name string, read func(*os.File, string) ([]T, error)) []T {
	t.Helper()
	f, err := os.Open(filepath.Join(demoDir, name))
	require.NoError(t, err)
	defer f.Close()
	recs, err := read(f, name)
	require.NoError(t, err)
	return recs
}

// TestDemoTownAgreesWithReference: on the demo town, with its contact
// history, every demo client's top 20 equals the brute-force reference,
// with and without the rapid and include options.
func TestDemoTownAgreesWithReference(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	ctx := context.Background()
	emps := readFixture(t, "employers.jsonl", func(f *os.File, n string) ([]employer.Employer, error) { return employer.ReadEmployers(f, n) })
	vacs := readFixture(t, "vacancies.jsonl", func(f *os.File, n string) ([]employer.Vacancy, error) { return employer.ReadVacancies(f, n) })
	contacts := readFixture(t, "contacts.jsonl", func(f *os.File, n string) ([]employer.Contact, error) { return employer.ReadContacts(f, n) })
	placements := readFixture(t, "placements.jsonl", func(f *os.File, n string) ([]employer.Placement, error) { return employer.ReadPlacements(f, n) })

	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	defer ix.Close()
	_, err = ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs})
	require.NoError(t, err)
	e, err := New(Config{Index: ix, History: fakeHistory{contacts, placements}})
	require.NoError(t, err)

	names, err := filepath.Glob(filepath.Join(demoDir, "clients", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	today := civil.MustParse("2026-11-23")
	for _, n := range names {
		p, err := preference.Load(n)
		require.NoError(t, err)
		for _, opt := range []Options{{Today: today}, {Today: today, Rapid: true}, {Today: today, IncludeNonCompetitive: true}, {Today: today, Limit: 5, PerEmployer: 1}} {
			got := requireSameAsReference(t, e, p, opt)
			// Placements feed the output: a client in work is told so.
			if job, ok := employer.CurrentJob(placements, p.ID, today); ok {
				require.NotNil(t, got.CurrentJob, p.ID)
				require.Equal(t, job.ID, got.CurrentJob.ID)
				require.Contains(t, got.Flags[len(got.Flags)-1], "working now: "+job.Title)
			} else {
				require.Nil(t, got.CurrentJob, p.ID)
			}
		}
	}
}
