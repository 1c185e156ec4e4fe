package workspace

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/index"
)

// Report is what an import did, file by file, in the order the files were
// written. A file with a bad record wrote nothing: every file is checked
// whole before its first batch is written. A failure while writing (a
// full disk, a store error) leaves the batches written before it, which
// FileReport.Batches and the counts say; importing the file again
// finishes the rest.
type Report struct {
	Files []FileReport `json:"files"`
	Total Totals       `json:"total"`
	// Warnings are things worth a look that did not stop the import, such
	// as a vacancy naming an employer the index does not hold.
	Warnings []string `json:"warnings,omitempty"`
	// Caseload says what happened to the index's caseload, when the import
	// set it.
	Caseload *CaseloadChange `json:"caseload,omitempty"`
}

// Totals adds up the files.
type Totals struct {
	Added     int `json:"imported"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
}

// FileReport is what importing one file did.
type FileReport struct {
	File   string `json:"file"`
	Format string `json:"format"`
	// Kind is what the file holds: specialists, employers, vacancies,
	// contacts or placements.
	Kind      string `json:"kind"`
	Added     int    `json:"imported"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Skipped   int    `json:"skipped"`
	// Batches counts the all-or-nothing batches the file was written in:
	// a large file is split (index.MaxPart records each), so a failure
	// part-way leaves whole batches, and re-importing finishes the rest.
	Batches int `json:"batches,omitempty"`
	// SkipReasons are "#n: reason" per skipped posting.
	SkipReasons []string `json:"skip_reasons,omitempty"`
	// Unmapped and Flags count the JSON-LD notes per kind (the property
	// named before the first ':').
	Unmapped map[string]int `json:"unmapped,omitempty"`
	Flags    map[string]int `json:"flags,omitempty"`
	// Notes lists every unmapped property and flag per posting, with
	// ImportOptions.Verbose.
	Notes []string `json:"notes,omitempty"`
	// Warnings are what was accepted but is worth a look, each naming
	// file, line, record and field (invalid UTF-8 replaced, for example).
	Warnings []string `json:"warnings,omitempty"`
	// Geocoded says, per record that had no coordinates, what geocoding
	// found and at what precision, or why it failed.
	Geocoded []GeocodeOutcome `json:"geocoded,omitempty"`
	Error    string           `json:"error,omitempty"`
	// Err is the error behind Error, for errors.Is and errors.As.
	Err error `json:"-"`
}

func (r *Report) add(f FileReport) {
	if f.Error != "" {
		r.Total.Failed++
		if f.Batches == 0 {
			f.Added, f.Updated, f.Unchanged, f.Skipped = 0, 0, 0, 0
		}
	}
	r.Files = append(r.Files, f)
	r.Total.Added += f.Added
	r.Total.Updated += f.Updated
	r.Total.Unchanged += f.Unchanged
	r.Total.Skipped += f.Skipped
}

func (f *FileReport) addStats(st index.Stats) {
	f.Batches += max(st.Parts, 1)
	f.Added += st.EmployersAdded + st.VacanciesAdded
	f.Updated += st.EmployersUpdated + st.VacanciesUpdated
	f.Unchanged += st.EmployersUnchanged + st.VacanciesUnchanged
}

// countKinds adds notes to counts by kind: the property named before the
// first ':', '.' or '['.
func countKinds(counts map[string]int, notes []string) map[string]int {
	for _, n := range notes {
		k, _, _ := strings.Cut(n, ":")
		if i := strings.IndexAny(k, ".["); i > 0 {
			k = k[:i]
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[strings.TrimSpace(k)]++
	}
	return counts
}
