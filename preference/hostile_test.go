package preference

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/corpus"
)

// Every profile of the hostile corpus gives the outcome listed in its
// expect.tsv, names the field, and no message repeats the client's words.
func TestHostileCorpus(t *testing.T) {
	for _, c := range corpus.Load(t, filepath.Join("testdata", "hostile", "profiles")) {
		t.Run(c.Name, func(t *testing.T) {
			data, err := os.ReadFile(c.Path)
			if err != nil {
				t.Fatal(err)
			}
			_, ws, err := DecodeWarn(data, c.Name)
			corpus.Check(t, c, corpus.Result{Err: err, Warnings: ws})
		})
	}
}
