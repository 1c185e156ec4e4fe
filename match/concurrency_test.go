package match

import (
	"context"
	"sync"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/stretchr/testify/require"
)

// An embedder serves matches while its importer writes: run both at once
// (under -race in CI) and check that every match still keeps its musts.
func TestMatchWhileWriting(t *testing.T) {
	cfg := synth.Config{Seed: 11, Employers: 80, Vacancies: 1200, Clients: 12}
	town, err := synth.Generate(cfg)
	require.NoError(t, err)
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	defer ix.Close()
	_, err = ix.Apply(ctx, index.Batch{Employers: town.Employers, Vacancies: town.Vacancies[:600]})
	require.NoError(t, err)
	e, err := New(Config{Index: ix})
	require.NoError(t, err)

	var wg sync.WaitGroup
	errs := make(chan error, 16)
	wg.Go(func() {
		for i := 600; i < len(town.Vacancies); i += 100 {
			if _, err := ix.Apply(ctx, index.Batch{Vacancies: town.Vacancies[i : i+100]}); err != nil {
				errs <- err
				return
			}
			// Updates and deletes too: the same vacancies again, and a few gone.
			upd := append([]employer.Vacancy(nil), town.Vacancies[i-100:i-90]...)
			if _, err := ix.Apply(ctx, index.Batch{Vacancies: upd, DeleteVacancies: []string{town.Vacancies[i-50].ID}}); err != nil {
				errs <- err
				return
			}
		}
	})
	for g := range 3 {
		wg.Go(func() {
			for round := range 4 {
				for j := g; j < len(town.Profiles); j += 3 {
					p := town.Profiles[j]
					res, err := e.Match(ctx, p, Options{Today: synth.DefaultToday, Rapid: round%2 == 1})
					if err != nil {
						errs <- err
						return
					}
					for _, r := range res.Results {
						if en, ok := ix.Vacancy(r.ID); ok {
							checkMusts(t, p, en, r, synth.DefaultToday, false)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	_, n := ix.Count()
	require.Equal(t, len(town.Vacancies)-6, n, "every batch landed; six vacancies deleted")
}
