package employer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/corpus"
)

// Every file of the hostile corpus gives the outcome listed in its
// expect.tsv, names the field, and no message repeats free text.
func TestHostileCorpus(t *testing.T) {
	readers := map[string]func(*Reader, *os.File, string) error{
		"employers":  func(r *Reader, f *os.File, n string) error { _, err := r.Employers(f, n); return err },
		"vacancies":  func(r *Reader, f *os.File, n string) error { _, err := r.Vacancies(f, n); return err },
		"contacts":   func(r *Reader, f *os.File, n string) error { _, err := r.Contacts(f, n); return err },
		"placements": func(r *Reader, f *os.File, n string) error { _, err := r.Placements(f, n); return err },
	}
	for kind, read := range readers {
		for _, c := range corpus.Load(t, filepath.Join("testdata", "hostile", kind)) {
			t.Run(kind+"/"+c.Name, func(t *testing.T) {
				f, err := os.Open(c.Path)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				var rd Reader
				err = read(&rd, f, c.Name)
				corpus.Check(t, c, corpus.Result{Err: err, Warnings: rd.Warnings})
			})
		}
	}
}
