package match

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/internal/synth/gtfs"
	"github.com/ipsmatch/ipsmatch/match/transit"
	"github.com/ipsmatch/ipsmatch/preference"
)

// BenchmarkMatchTransit measures what a timetable adds to one match at
// 100,000 vacancies: the same profiles, all commuting by public transport
// within 45 minutes (half of them as a must), with the speed model and
// with a city-size feed (5,000 stops, 40,000 trips, 1,000,000
// stop_times). It reports the median match time.
func BenchmarkMatchTransit(b *testing.B) {
	e, town := synthEngine(b, synth.Config{Seed: 1, Employers: 12_500, Vacancies: 100_000, Clients: 300})
	dir, err := os.MkdirTemp("", "ipsmatch-gtfs-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if _, err := gtfs.Write(dir, gtfs.Config{Seed: 1}); err != nil {
		b.Fatal(err)
	}
	feed, err := transit.Load(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	planner, err := transit.NewPlanner(feed, transit.Options{})
	if err != nil {
		b.Fatal(err)
	}
	withFeed := &Engine{ix: e.ix, hist: e.hist, log: e.log, transit: planner}
	profiles := make([]preference.Profile, 0, len(town.Profiles))
	for i, p := range town.Profiles {
		if p.Home == nil {
			continue
		}
		s := preference.Prefer
		if i%2 == 0 {
			s = preference.Must
		}
		p.Commute = &preference.Commute{Mode: preference.Transit, MaxMinutes: 45, Strength: s}
		profiles = append(profiles, p)
	}
	for _, c := range []struct {
		name string
		e    *Engine
	}{{"speed-model", e}, {"timetable", withFeed}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			opt := Options{Today: synth.DefaultToday}
			var took []time.Duration
			i := 0
			for b.Loop() {
				start := time.Now()
				if _, err := c.e.Match(ctx, profiles[i%len(profiles)], opt); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				i++
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms-p50")
			b.ReportMetric(float64(took[len(took)*9/10].Microseconds())/1000, "ms-p90")
		})
	}
}
