package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/peerbench"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/workspace"
	"github.com/ipsmatch/ipsmatch/preference"
)

func init() {
	register(command{name: "bench", usage: "bench [--vacancies N | --from DIR] [--clients N] [--seed N] [--disk DIR] [--contacts N] [--parallel N] [--cpuprofile FILE] [--import-cpuprofile FILE]", run: runBench})
}

// benchData is what a bench matches: employers and vacancies to import
// (streamed, so that a million need not sit in memory), the profiles to
// ask, and the day to ask on.
type benchData struct {
	employers func() []employer.Employer
	vacancies func(batch int, fn func([]employer.Vacancy) error) error
	profiles  []preference.Profile
	today     employer.Date
}

// runBench imports a generated town, or the shared peer benchmark's files
// with --from, and prints import throughput, the cold open of the index
// on disk, and match latency per phase over the profiles.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench")
	nv := fs.Int("vacancies", 100_000, "vacancies in the generated town")
	nc := fs.Int("clients", 300, "generated client profiles to match")
	seed := fs.Int64("seed", 1, "generator seed")
	from := fs.String("from", "", "read vacancies.jsonl and profiles.jsonl of the shared peer benchmark from this folder instead of generating a town")
	disk := fs.String("disk", "", "build the index on disk in this folder (an index already there is reused, not rebuilt)")
	contacts := fs.Int("contacts", 0, "employer contacts to record in an in-memory job-development log before matching")
	par := fs.Int("parallel", 1, "concurrent Match calls for the throughput figure")
	fs.IntVar(&batchSize, "batch", workspace.BatchSize, "records per index batch")
	cpuprof := fs.String("cpuprofile", "", "write a CPU profile of the measured match passes to this file")
	importprof := fs.String("import-cpuprofile", "", "write a CPU profile of the import to this file (when the index is built, not reused)")
	if err := parse(fs, args); err != nil {
		return err
	}
	t0 := time.Now()
	data, err := benchSource(e, *from, *nv, *nc, *seed)
	if err != nil {
		return err
	}
	reuse := *disk != "" && exists(filepath.Join(*disk, "index_meta.json"))
	if *disk != "" && !reuse {
		if entries, _ := os.ReadDir(*disk); len(entries) > 0 {
			return fmt.Errorf("--disk %s is not empty and holds no index", *disk)
		}
	}
	var emps []employer.Employer
	if !reuse {
		ix, err := index.Open(ctx, index.Options{Path: *disk})
		if err != nil {
			return err
		}
		stop, err := startProfile(*importprof)
		if err != nil {
			ix.Close()
			return err
		}
		emps, err = benchImport(ctx, e, ix, data, *disk != "")
		stop()
		if err != nil {
			ix.Close()
			return err
		}
		if *disk == "" {
			defer ix.Close()
			return benchMatch(ctx, e, ix, data, emps, *contacts, *par, *cpuprof)
		}
		if err := ix.Close(); err != nil {
			return err
		}
	}
	// Only the profiles are asked from here on: a generated town's
	// records would otherwise stay in the heap the collector marks,
	// which a server answering from the index does not carry (at 1M
	// they were 2 GiB of the measured process).
	data.employers, data.vacancies = nil, nil
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Fprintf(e.stdout, "setup %.1fs\n", time.Since(t0).Seconds())
	// Cold open: a fresh Open of the index on disk, then the first answer.
	t1 := time.Now()
	ix, err := index.Open(ctx, index.Options{Path: *disk})
	if err != nil {
		return err
	}
	defer ix.Close()
	open := time.Since(t1)
	// As a server does (see serve): the lists searches read split
	// ahead of them, on a core the searches leave free.
	wctx, stopWarm := context.WithCancel(ctx)
	defer stopWarm()
	go func() { _ = ix.Warm(wctx) }()
	eng, err := match.New(match.Config{Index: ix})
	if err != nil {
		return err
	}
	t2 := time.Now()
	if _, err := eng.Match(ctx, data.profiles[0], match.Options{Today: data.today}); err != nil {
		return err
	}
	ne, nvac := ix.Count()
	fmt.Fprintf(e.stdout, "cold open: index.Open %s (%d employers, %d vacancies), first match %s, open to first answer %s; index on disk %s\n",
		ms(open), ne, nvac, ms(time.Since(t2)), ms(time.Since(t1)), mib(dirSize(*disk)))
	if reuse {
		fmt.Fprintf(e.stdout, "process start to first answer %.2fs\n", time.Since(processStart).Seconds())
	}
	if emps == nil && *contacts > 0 {
		// Only the contact history needs them: reading every employer
		// would leave the measured process holding what a search does not.
		for _, emp := range ix.Employers() {
			emps = append(emps, *emp)
		}
	}
	return benchMatch(ctx, e, ix, data, emps, *contacts, *par, *cpuprof)
}

// processStart is when the process started, near enough: package
// initialisation.
var processStart = time.Now()

func benchSource(e *env, from string, nv, nc int, seed int64) (benchData, error) {
	t0 := time.Now()
	if from != "" {
		ps, err := peerbench.ReadProfiles(from)
		if err != nil {
			return benchData{}, err
		}
		var es peerbench.Employers
		d := benchData{profiles: ps, today: peerbench.Today, employers: es.List}
		d.vacancies = func(batch int, fn func([]employer.Vacancy) error) error {
			return peerbench.ReadVacancies(from, 0, batch, &es, fn)
		}
		fmt.Fprintf(e.stdout, "peer benchmark %s: %d profiles\n", from, len(ps))
		return d, nil
	}
	cfg := synth.Config{Seed: seed, Employers: max(1, nv/8), Vacancies: nv, Clients: nc}
	town, err := synth.Generate(cfg)
	if err != nil {
		return benchData{}, err
	}
	fmt.Fprintf(e.stdout, "generated %d employers, %d vacancies, %d profiles in %.1fs (seed %d, radius %.0f km)\n",
		len(town.Employers), len(town.Vacancies), len(town.Profiles), time.Since(t0).Seconds(), seed, synth.DefaultRadiusKm(nv))
	return benchData{
		employers: func() []employer.Employer { return town.Employers },
		vacancies: func(batch int, fn func([]employer.Vacancy) error) error {
			for i := 0; i < len(town.Vacancies); i += batch {
				if err := fn(town.Vacancies[i:min(i+batch, len(town.Vacancies))]); err != nil {
					return err
				}
			}
			return nil
		},
		profiles: town.Profiles, today: synth.DefaultToday,
	}, nil
}

// benchImport writes the vacancies, then their employers, in batches, and
// prints the rate counting only the time spent in Apply.
func benchImport(ctx context.Context, e *env, ix *index.Index, d benchData, onDisk bool) ([]employer.Employer, error) {
	var inApply time.Duration
	n, batches := 0, 0
	err := d.vacancies(batchSize, func(vs []employer.Vacancy) error {
		t := time.Now()
		_, err := ix.Apply(ctx, index.Batch{Vacancies: vs, Source: "bench"})
		inApply += time.Since(t)
		n += len(vs)
		batches++
		return err
	})
	if err != nil {
		return nil, err
	}
	emps := d.employers()
	t := time.Now()
	if _, err := applyInBatches(ctx, e, ix, emps, nil, "bench"); err != nil {
		return nil, err
	}
	where := "in memory"
	if onDisk {
		where = "on disk"
	}
	fmt.Fprintf(e.stdout, "import %s: %d vacancies in %d batches, %.1fs in Apply = %.0f vacancies/s; %d employers %.1fs\n",
		where, n, batches, inApply.Seconds(), float64(n)/inApply.Seconds(), len(emps), time.Since(t).Seconds())
	return emps, nil
}
