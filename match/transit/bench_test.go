package transit

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/internal/synth/gtfs"
)

// cityFeed writes, once per run, a synthetic feed of a real city's size:
// 5,000 stops, 40,000 trips, 1,000,000 stop_times.
var cityFeed = sync.OnceValues(func() (string, error) {
	dir, err := tempDir()
	if err != nil {
		return "", err
	}
	_, err = gtfs.Write(dir, gtfs.Config{Seed: 1})
	return dir, err
})

func cityPath(b *testing.B) string {
	b.Helper()
	dir, err := cityFeed()
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkLoadCityFeed measures loading the city feed and the heap the
// loaded feed keeps.
func BenchmarkLoadCityFeed(b *testing.B) {
	dir := cityPath(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := Load(ctx, dir); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f, err := Load(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-kept")
	b.ReportMetric(float64(f.StopTimes), "stop_times")
	runtime.KeepAlive(f)
}

// BenchmarkCitySearch measures the one search a match makes: from a home
// to every stop, 08:00 on a working day, two changes, 800 m walks.
func BenchmarkCitySearch(b *testing.B) {
	f, err := Load(context.Background(), cityPath(b))
	if err != nil {
		b.Fatal(err)
	}
	p, err := NewPlanner(f, Options{})
	if err != nil {
		b.Fatal(err)
	}
	homes := []geo.Point{{Lat: 44.4949, Lon: 11.3426}, {Lat: 44.53, Lon: 11.30}, {Lat: 44.45, Lon: 11.42}, {Lat: 44.56, Lon: 11.40}}
	ctx := context.Background()
	i := 0
	reached := 0
	for b.Loop() {
		tt, err := p.From(ctx, homes[i%len(homes)], civil.D(2026, 11, 30))
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			for _, s := range tt.r.best {
				if s != never {
					reached++
				}
			}
		}
		i++
	}
	b.ReportMetric(float64(reached), "stops-reached")
}

// BenchmarkCityMinutes measures one workplace's look-up after the search.
func BenchmarkCityMinutes(b *testing.B) {
	f, err := Load(context.Background(), cityPath(b))
	if err != nil {
		b.Fatal(err)
	}
	p, _ := NewPlanner(f, Options{})
	tt, err := p.From(context.Background(), geo.Point{Lat: 44.4949, Lon: 11.3426}, civil.D(2026, 11, 30))
	if err != nil {
		b.Fatal(err)
	}
	at := []geo.Point{{Lat: 44.50, Lon: 11.35}, {Lat: 44.42, Lon: 11.25}, {Lat: 44.55, Lon: 11.45}, {Lat: 44.60, Lon: 11.50}}
	i := 0
	for b.Loop() {
		tt.Minutes(at[i%len(at)])
		i++
	}
}
