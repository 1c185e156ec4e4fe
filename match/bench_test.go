package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/synth"
)

// BenchmarkMatch measures one Match with full reasons on a generated town
// of 10,000 vacancies, cycling through 300 generated profiles. The
// 100,000-vacancy figures in README come from `ipsmatch bench`.
func BenchmarkMatch(b *testing.B) {
	e, town := synthEngine(b, synth.Config{Seed: 1, Employers: 1250, Vacancies: 10_000, Clients: 300})
	ctx := context.Background()
	opt := Options{Today: synth.DefaultToday}
	i := 0
	for b.Loop() {
		if _, err := e.Match(ctx, town.Profiles[i%len(town.Profiles)], opt); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
