package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"time"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "bench", usage: "bench [--vacancies N] [--clients N] [--seed N] [--disk DIR] [--parallel N]", run: runBench})
}

// runBench builds an index of a generated town and prints import
// throughput and match latency over a fixed set of generated profiles.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench")
	nv := fs.Int("vacancies", 100_000, "vacancies in the generated town")
	nc := fs.Int("clients", 300, "generated client profiles to match")
	seed := fs.Int64("seed", 1, "generator seed")
	disk := fs.String("disk", "", "build the index on disk in this (new) folder instead of in memory")
	par := fs.Int("parallel", 1, "concurrent Match calls for the throughput figure")
	fs.IntVar(&batchSize, "batch", batchSize, "records per index batch")
	cpuprof := fs.String("cpuprofile", "", "write a CPU profile of the measured match pass to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg := synth.Config{Seed: *seed, Employers: max(1, *nv/8), Vacancies: *nv, Clients: *nc}
	t0 := time.Now()
	town, err := synth.Generate(cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "generated %d employers, %d vacancies, %d profiles in %.1fs (seed %d, radius %.0f km)\n",
		len(town.Employers), len(town.Vacancies), len(town.Profiles), time.Since(t0).Seconds(), *seed, synth.DefaultRadiusKm(*nv))

	if *disk != "" {
		if entries, _ := os.ReadDir(*disk); len(entries) > 0 {
			return fmt.Errorf("--disk %s is not empty", *disk)
		}
	}
	ix, err := index.Open(ctx, index.Options{Path: *disk})
	if err != nil {
		return err
	}
	defer ix.Close()
	t0 = time.Now()
	if _, err := applyInBatches(ctx, e, ix, town.Employers, nil, "bench"); err != nil {
		return err
	}
	t1 := time.Now()
	if _, err := applyInBatches(ctx, e, ix, nil, town.Vacancies, "bench"); err != nil {
		return err
	}
	imp := time.Since(t1)
	where := "in memory"
	if *disk != "" {
		where = "on disk"
	}
	fmt.Fprintf(e.stdout, "import %s: %d vacancies in %.1fs = %.0f vacancies/s (employers took %.1fs)\n",
		where, len(town.Vacancies), imp.Seconds(), float64(len(town.Vacancies))/imp.Seconds(), t1.Sub(t0).Seconds())

	eng, err := match.New(match.Config{Index: ix})
	if err != nil {
		return err
	}
	opt := match.Options{Today: synth.DefaultToday}
	// Collect the import's garbage first, so that the figures are about
	// matching (which allocates about 0.4 MB a call); then one warm-up
	// pass, then the measured pass.
	runtime.GC()
	for _, p := range town.Profiles {
		if _, err := eng.Match(ctx, p, opt); err != nil {
			return err
		}
	}
	if *cpuprof != "" {
		f, err := os.Create(*cpuprof)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer f.Close()
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	lat := make([]time.Duration, len(town.Profiles))
	var results, considered int
	for i, p := range town.Profiles {
		s := time.Now()
		res, err := eng.Match(ctx, p, opt)
		lat[i] = time.Since(s)
		if err != nil {
			return err
		}
		results += len(res.Results)
		considered += res.Considered
		// IPSMATCH_BENCH_TRACE=1 names the profiles slower than 20 ms.
		if os.Getenv("IPSMATCH_BENCH_TRACE") != "" && lat[i] > 20*time.Millisecond {
			fmt.Fprintf(e.stderr, "slow %s: %s, %d considered, %d job types, commute %+v\n", p.ID, lat[i], res.Considered, len(p.JobTypes), p.Commute)
		}
	}
	if *cpuprof != "" {
		pprof.StopCPUProfile()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Fprintf(e.stdout, "match (limit 20, full reasons), %d profiles: p50 %s  p90 %s  p99 %s  max %s; mean %.1f results, %.0f vacancies examined; %d GC cycles, %.1f MB allocated per match\n",
		len(lat), ms(pct(0.5)), ms(pct(0.9)), ms(pct(0.99)), ms(lat[len(lat)-1]), float64(results)/float64(len(lat)), float64(considered)/float64(len(lat)),
		after.NumGC-before.NumGC, float64(after.TotalAlloc-before.TotalAlloc)/float64(len(lat))/1e6)

	t0 = time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, *par)
	for g := range *par {
		wg.Go(func() {
			for i := g; i < len(town.Profiles); i += *par {
				if _, err := eng.Match(ctx, town.Profiles[i], opt); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	el := time.Since(t0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(e.stdout, "throughput with %d concurrent callers: %.0f matches/s; heap in use %.0f MiB; GOMAXPROCS %d\n",
		*par, float64(len(town.Profiles))/el.Seconds(), float64(ms.HeapInuse)/(1<<20), runtime.GOMAXPROCS(0))
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000) }
