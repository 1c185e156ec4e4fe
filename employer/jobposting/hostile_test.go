package jobposting

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/corpus"
)

// Every file of the hostile corpus gives the outcome listed in its
// expect.tsv: an error or a warning naming the field path, a posting
// skipped with a reason naming the property, or clean acceptance.
func TestHostileCorpus(t *testing.T) {
	for _, c := range corpus.Load(t, filepath.Join("testdata", "hostile", "jsonld")) {
		t.Run(c.Name, func(t *testing.T) {
			data, err := os.ReadFile(c.Path)
			if err != nil {
				t.Fatal(err)
			}
			_, skipped, ws, err := DecodeWarn(data, c.Name, Options{})
			var reasons []string
			for _, s := range skipped {
				reasons = append(reasons, s.Reason)
			}
			corpus.Check(t, c, corpus.Result{Err: err, Warnings: ws, Skips: reasons})
		})
	}
}
