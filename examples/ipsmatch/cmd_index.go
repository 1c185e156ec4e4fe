package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
)

func init() {
	register(command{name: "index", usage: "index --data DIR --index DIR", run: runIndex})
}

// batchSize is how many records go into one bleve batch: large enough for
// throughput, small enough for steady progress.
var batchSize = 2000

func runIndex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "index")
	data := fs.String("data", "", "folder with employers.jsonl and vacancies.jsonl (and optionally contacts.jsonl, placements.jsonl, clients/)")
	dir := fs.String("index", "", "index folder to build or update")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *data == "" || *dir == "" {
		return usageErr("--data and --index are both required")
	}
	// Read and validate everything first: a bad record stops the import
	// before anything is written.
	emps, vacs, err := readDataDir(*data)
	if err != nil {
		return err
	}
	ix, err := index.Open(ctx, index.Options{Path: *dir, InferSkills: true})
	if err != nil {
		return err
	}
	defer ix.Close()
	start := time.Now()
	st, err := applyInBatches(ctx, e, ix, emps, vacs, *data)
	if err != nil {
		return err
	}
	el := time.Since(start)
	n := len(emps) + len(vacs)
	fmt.Fprintf(e.stdout, "indexed %d employers and %d vacancies into %s in %.1fs (%.0f records/s): %d added, %d updated, %d unchanged\n",
		len(emps), len(vacs), *dir, el.Seconds(), float64(n)/max(el.Seconds(), 1e-9),
		st.EmployersAdded+st.VacanciesAdded, st.EmployersUpdated+st.VacanciesUpdated, st.EmployersUnchanged+st.VacanciesUnchanged)
	return copyHistory(ctx, e, *data, *dir)
}

// applyInBatches writes employers then vacancies in batches, with progress.
func applyInBatches(ctx context.Context, e *env, ix *index.Index, emps []employer.Employer, vacs []employer.Vacancy, source string) (index.Stats, error) {
	var total index.Stats
	pr := newProgress(e, "indexing", len(emps)+len(vacs))
	add := func(st index.Stats) {
		total.EmployersAdded += st.EmployersAdded
		total.EmployersUpdated += st.EmployersUpdated
		total.EmployersUnchanged += st.EmployersUnchanged
		total.VacanciesAdded += st.VacanciesAdded
		total.VacanciesUpdated += st.VacanciesUpdated
		total.VacanciesUnchanged += st.VacanciesUnchanged
	}
	for i := 0; i < len(emps); i += batchSize {
		part := emps[i:min(i+batchSize, len(emps))]
		st, err := ix.Apply(ctx, index.Batch{Employers: part, Source: source})
		if err != nil {
			return total, err
		}
		add(st)
		pr.add(len(part))
	}
	for i := 0; i < len(vacs); i += batchSize {
		part := vacs[i:min(i+batchSize, len(vacs))]
		st, err := ix.Apply(ctx, index.Batch{Vacancies: part, Source: source})
		if err != nil {
			return total, err
		}
		add(st)
		pr.add(len(part))
	}
	pr.finish()
	return total, nil
}

// copyHistory records the data folder's contacts and placements in the
// index's journal and copies its client profiles beside it.
func copyHistory(ctx context.Context, e *env, data, dir string) error {
	j, err := journal.Open(filepath.Join(dir, "journal"))
	if err != nil {
		return err
	}
	defer j.Close()
	var nc, np int
	if err := readJSONLFile(filepath.Join(data, "contacts.jsonl"), employer.ReadContacts, func(cs []employer.Contact) error {
		if err := rosterOf(ctx, j, cs); err != nil {
			return err
		}
		nc, err = j.AddContacts(ctx, cs...)
		return err
	}); err != nil {
		return err
	}
	if err := readJSONLFile(filepath.Join(data, "placements.jsonl"), employer.ReadPlacements, func(ps []employer.Placement) error {
		np, err = j.AddPlacements(ctx, ps...)
		return err
	}); err != nil {
		return err
	}
	// Client profiles are never copied into the index folder: it only
	// remembers where the data folder keeps them.
	clientsDir, err := filepath.Abs(filepath.Join(data, "clients"))
	if err != nil {
		return err
	}
	clients, err := loadClients(clientsDir)
	if err != nil {
		return err
	}
	if len(clients) > 0 {
		if err := os.WriteFile(filepath.Join(dir, clientsPathFile), []byte(clientsDir+"\n"), 0o644); err != nil {
			return err
		}
	}
	if nc+np+len(clients) > 0 {
		fmt.Fprintf(e.stdout, "recorded %d contacts and %d placements in the journal; client profiles read from %s (%d)\n", nc, np, clientsDir, len(clients))
	}
	return nil
}
