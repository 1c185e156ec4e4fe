package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
)

// benchWarm is how many profiles are matched before timing.
const benchWarm = 20

// benchMatch times two passes over the profiles after a warm-up and prints
// percentiles per phase and per pass, allocation, throughput and peak
// memory. The first pass is the first search of most of the index's
// terms and records since the index opened: it splits their lists by
// cell and week and decodes the records, which the second finds done.
func benchMatch(ctx context.Context, e *env, ix *index.Index, d benchData, emps []employer.Employer, contacts, par int, cpuprof string) error {
	var hist match.History
	if contacts > 0 {
		t := time.Now()
		j, err := benchHistory(ctx, emps, contacts, d.today)
		if err != nil {
			return err
		}
		hist = j
		fmt.Fprintf(e.stdout, "recorded %d contacts over %d employers in %.1fs\n", contacts, len(emps), time.Since(t).Seconds())
	}
	eng, err := match.New(match.Config{Index: ix, History: hist})
	if err != nil {
		return err
	}
	opt := match.Options{Today: d.today, Limit: 20}
	runtime.GC()
	for _, p := range d.profiles[:min(benchWarm, len(d.profiles))] {
		if _, err := eng.Match(ctx, p, opt); err != nil {
			return err
		}
	}
	stop, err := startProfile(cpuprof)
	if err != nil {
		return err
	}
	defer stop()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var total, retrieve, score, explain []time.Duration
	var results, considered int
	for pass := range 2 {
		for _, p := range d.profiles {
			var took match.Phases
			popt := opt
			popt.Timing = &took
			s := time.Now()
			res, err := eng.Match(ctx, p, popt)
			el := time.Since(s)
			if err != nil {
				return err
			}
			total, retrieve = append(total, el), append(retrieve, took.Retrieve)
			score, explain = append(score, took.Score), append(explain, took.Explain)
			results += len(res.Results)
			considered += res.Considered
			// IPSMATCH_BENCH_TRACE=1 names the profiles slower than 20 ms.
			if os.Getenv("IPSMATCH_BENCH_TRACE") != "" && el > 20*time.Millisecond {
				fmt.Fprintf(e.stderr, "slow %s (pass %d): %s (retrieve %s, score %s), %d considered, understood %+v\n",
					p.ID, pass+1, ms(el), ms(took.Retrieve), ms(took.Score), res.Considered, res.Understood)
			}
		}
	}
	runtime.ReadMemStats(&after)
	n := len(total)
	fmt.Fprintf(e.stdout, "match (limit 20, full reasons), %d profiles x 2 passes after %d warm-ups: mean %.1f results, %.0f vacancies examined; %d GC cycles, %.2f MB allocated per match\n",
		len(d.profiles), min(benchWarm, len(d.profiles)), float64(results)/float64(n), float64(considered)/float64(n),
		after.NumGC-before.NumGC, float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/1e6)
	for _, ph := range []struct {
		name string
		lat  []time.Duration
	}{{"total", total}, {"pass 1", total[:n/2]}, {"pass 2", total[n/2:]}, {"retrieve", retrieve}, {"score", score}, {"explain", explain}} {
		fmt.Fprintf(e.stdout, "  %-8s %s\n", ph.name, percentiles(ph.lat))
	}
	if par > 1 {
		if err := benchThroughput(ctx, e, eng, d, opt, par); err != nil {
			return err
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(e.stdout, "heap in use %.0f MiB; peak RSS %s; GOMAXPROCS %d\n", float64(m.HeapInuse)/(1<<20), peakRSS(), runtime.GOMAXPROCS(0))
	return nil
}

// percentiles prints nearest-rank p50, p90, p99 and max.
func percentiles(lat []time.Duration) string {
	s := slices.Clone(lat)
	slices.Sort(s)
	pct := func(q float64) time.Duration {
		return s[min(len(s)-1, max(0, int(q*float64(len(s))+0.999999)-1))]
	}
	return fmt.Sprintf("p50 %s  p90 %s  p99 %s  max %s", ms(pct(0.5)), ms(pct(0.9)), ms(pct(0.99)), ms(s[len(s)-1]))
}

func benchThroughput(ctx context.Context, e *env, eng *match.Engine, d benchData, opt match.Options, par int) error {
	t0 := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, par)
	for g := range par {
		wg.Go(func() {
			for i := g; i < len(d.profiles); i += par {
				if _, err := eng.Match(ctx, d.profiles[i], opt); err != nil {
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
	fmt.Fprintf(e.stdout, "throughput with %d concurrent callers: %.0f matches/s\n", par, float64(len(d.profiles))/time.Since(t0).Seconds())
	return nil
}

// benchHistory records n employer contacts, spread over the employers and
// made by a small roster of specialists in the 180 days before today,
// into an in-memory job-development log, so that the cost of history
// shows in the figures.
func benchHistory(ctx context.Context, emps []employer.Employer, n int, today employer.Date) (*journal.Journal, error) {
	if len(emps) == 0 {
		return nil, fmt.Errorf("--contacts: no employers to contact")
	}
	j := journal.OpenMemory()
	specialists := []string{"s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08"}
	for _, id := range specialists {
		if _, err := j.AddSpecialists(ctx, store.Specialist{ID: id}); err != nil {
			return nil, err
		}
	}
	purposes := []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou}
	cs := make([]employer.Contact, 0, min(n, 10_000))
	for i := range n {
		at := today.AddDays(-1 - (i*7919)%180).Time().Add(10 * time.Hour)
		cs = append(cs, employer.Contact{ID: fmt.Sprintf("bench-c%07d", i), EmployerID: emps[(i*104729)%len(emps)].ID,
			Specialist: specialists[i%len(specialists)], At: at, Type: employer.FaceToFace, Purpose: purposes[i%len(purposes)]})
		if len(cs) == cap(cs) || i == n-1 {
			if _, err := j.AddContacts(ctx, cs...); err != nil {
				return nil, err
			}
			cs = cs[:0]
		}
	}
	return j, nil
}

// startProfile starts a CPU profile written to path, when path is not
// empty, and returns the function that stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
