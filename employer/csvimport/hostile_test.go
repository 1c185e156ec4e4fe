package csvimport

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/corpus"
)

// Every file of the hostile corpus gives the outcome listed in its
// expect.tsv and names the column.
func TestHostileCorpus(t *testing.T) {
	readers := map[string]func(f *os.File, name string) error{
		"employers": func(f *os.File, n string) error { _, err := ReadEmployers(f, n, Options{}); return err },
		"vacancies": func(f *os.File, n string) error { _, err := ReadVacancies(f, n, Options{}); return err },
		"contacts":  func(f *os.File, n string) error { _, err := ReadContacts(f, n, Options{}); return err },
	}
	for kind, read := range readers {
		for _, c := range corpus.Load(t, filepath.Join("testdata", "hostile", kind)) {
			t.Run(kind+"/"+c.Name, func(t *testing.T) {
				f, err := os.Open(c.Path)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				corpus.Check(t, c, corpus.Result{Err: read(f, c.Name)})
			})
		}
	}
}
