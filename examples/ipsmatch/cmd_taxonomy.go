package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

func init() {
	register(command{name: "taxonomy", usage: "taxonomy --esco PATH --into INDEX [--json]", run: runTaxonomy})
}

// taxonomyReport is what the taxonomy command prints with --json.
type taxonomyReport struct {
	ESCO        string  `json:"esco"`
	Occupations int     `json:"occupations"`
	LoadSeconds float64 `json:"load_seconds"`
	HeapMiB     float64 `json:"heap_mib"`
	Reread      int     `json:"vacancies_reread"`
	Updated     int     `json:"vacancies_updated"`
}

// runTaxonomy loads ESCO, merges it with the built-in vocabulary and makes
// it the index's taxonomy: later imports and matches read occupations with
// it, and vacancies whose occupation or skills were inferred are read again.
func runTaxonomy(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "taxonomy")
	esco := fs.String("esco", "", "folder with the ESCO v1.1.1 CSV download (the two zips, or the CSV files unpacked)")
	into := fs.String("into", "", "index folder (created when absent)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *esco == "" || *into == "" {
		return usageErr("--esco and --into are both required")
	}
	rep := taxonomyReport{ESCO: *esco}
	start := time.Now()
	tx, err := taxonomy.LoadESCO(*esco)
	if err != nil {
		return err
	}
	rep.LoadSeconds = time.Since(start).Seconds()
	rep.Occupations = tx.Len()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rep.HeapMiB = float64(ms.HeapAlloc) / (1 << 20)
	merged := taxonomy.Builtin().Merge(tx)
	if !*asJSON {
		fmt.Fprintf(e.stdout, "loaded ESCO from %s: %d occupations in %.2fs, heap in use after load %.1f MiB\n",
			*esco, rep.Occupations, rep.LoadSeconds, rep.HeapMiB)
	}

	// Given explicitly, the merged taxonomy replaces whatever the index
	// recorded before, even a folder that has since moved.
	ix, err := index.Open(ctx, index.Options{Path: *into, Taxonomy: merged})
	if err != nil {
		return err
	}
	defer ix.Close()
	start = time.Now()
	st, err := ix.UseTaxonomy(ctx, merged, *esco)
	if err != nil {
		return err
	}
	rep.Reread = st.VacanciesUpdated + st.VacanciesUnchanged + st.VacanciesAdded
	rep.Updated = st.VacanciesUpdated
	if *asJSON {
		return writeJSON(e.stdout, rep)
	}
	fmt.Fprintf(e.stdout, "%s now reads occupations with ESCO and the built-in vocabulary (%d occupations); "+
		"re-read %d vacancies whose occupation or skills were inferred (%d changed) in %.1fs\n",
		*into, merged.Len(), rep.Reread, rep.Updated, time.Since(start).Seconds())
	return nil
}
