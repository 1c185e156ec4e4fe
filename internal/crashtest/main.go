package main

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

func main() {
	os.Exit(run())
}

func run() int {
	var (
		duration  = flag.Duration("duration", 60*time.Second, "time for the runs of all scenarios, shared equally (building and reference runs come on top)")
		seed      = flag.Uint64("seed", 1, "seed for the generated data and the kill delays")
		scenarios = flag.String("scenarios", "create,import,journal,cli", "comma-separated scenarios: create, import, journal, cli")
		work      = flag.String("work", "", "folder for the runs (default: a new temporary folder, removed at the end)")
		keep      = flag.Bool("keep", false, "keep the folders of runs that broke an invariant, and the work folder")
		cfg       = config{}
		a         childArgs
	)
	flag.IntVar(&cfg.vacsPerBatch, "vacancies-per-batch", 50, "vacancies per index batch (each batch adds one employer too)")
	flag.IntVar(&cfg.createBatches, "create-batches", 3, "batches the create scenario writes into a new index")
	flag.IntVar(&cfg.importBatches, "import-batches", 30, "batches in the import scenario, the first already in the index")
	flag.IntVar(&cfg.contactsPerBatch, "contacts-per-batch", 20000, "contacts per journal batch")
	flag.IntVar(&cfg.journalBatches, "journal-batches", 3, "journal batches")
	flag.IntVar(&cfg.cliExtraVacancies, "cli-vacancies", 6000, "generated vacancies added to the demo town for the cli scenario")
	flag.StringVar(&a.mode, "child", "", "internal: run as the child doing one write (index or journal)")
	flag.StringVar(&a.dir, "dir", "", "internal: the child's folder")
	flag.IntVar(&a.first, "first", 0, "internal: the child's first batch")
	flag.IntVar(&a.count, "count", 0, "internal: the child's number of batches")
	flag.IntVar(&a.size, "size", 0, "internal: the child's batch size")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if a.mode != "" {
		a.seed = *seed
		if err := runChild(ctx, a); err != nil {
			fmt.Fprintln(os.Stderr, "crashtest child:", err)
			return 1
		}
		return 0
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "crashtest:", err)
		return 2
	}
	cfg.self, cfg.seed = self, *seed
	all := map[string]func(*config) *scenario{"create": createScenario, "import": importScenario, "journal": journalScenario, "cli": cliScenario}
	var chosen []*scenario
	for _, n := range strings.Split(*scenarios, ",") {
		mk, ok := all[strings.TrimSpace(n)]
		if !ok {
			fmt.Fprintf(os.Stderr, "crashtest: unknown scenario %q (want create, import, journal or cli)\n", n)
			return 2
		}
		chosen = append(chosen, mk(&cfg))
	}
	if *work == "" {
		if *work, err = os.MkdirTemp("", "crashtest-"); err != nil {
			fmt.Fprintln(os.Stderr, "crashtest:", err)
			return 2
		}
		if !*keep {
			defer os.RemoveAll(*work)
		}
	}
	r := rand.New(rand.NewPCG(*seed, 0x5eed))
	share := *duration / time.Duration(len(chosen))
	failed := false
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	var lines []string
	for _, s := range chosen {
		dir := filepath.Join(*work, s.name)
		if err := s.prepare(ctx, dir); err != nil {
			fmt.Fprintf(os.Stderr, "crashtest %s: preparing: %v\n", s.name, err)
			failed = true
			lines = append(lines, fmt.Sprintf("%s\t-\t-\t-\t-\tpreparing failed: %v", s.name, err))
			continue
		}
		t := s.loop(ctx, dir, r, time.Now().Add(share), *keep)
		fmt.Fprintf(os.Stderr, "crashtest %s: %d runs, %d kills, %d finished before the kill, %d runs with violations (reference run %s)\n",
			s.name, t.runs, t.kills, t.finished, t.failedRuns, s.refDuration.Round(time.Millisecond))
		verdict := "ok"
		if len(t.violations) > 0 {
			failed = true
			var parts []string
			for _, inv := range slices.Sorted(maps.Keys(t.violations)) {
				parts = append(parts, fmt.Sprintf("%s x%d (e.g. %s)", inv, t.violations[inv], t.first[inv]))
			}
			verdict = "VIOLATED: " + strings.Join(parts, "; ")
		}
		lines = append(lines, fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%s", s.name, t.runs, t.kills, t.finished, t.failedRuns, verdict))
	}
	fmt.Fprintln(tw, "scenario\truns\tkills\tfinished\tbad runs\tinvariants")
	for _, l := range lines {
		fmt.Fprintln(tw, l)
	}
	tw.Flush()
	if *keep {
		fmt.Printf("runs kept in %s\n", *work)
	}
	if failed {
		return 1
	}
	return 0
}
