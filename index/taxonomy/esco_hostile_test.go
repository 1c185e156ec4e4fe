package taxonomy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/corpus"
)

// Every occupations_en.csv of the hostile corpus, loaded beside the other
// files of the tiny fixture, gives the outcome listed in its expect.tsv;
// a bad ISCO code is an error naming file, line and column.
func TestESCOHostileCorpus(t *testing.T) {
	for _, c := range corpus.Load(t, filepath.Join("testdata", "hostile", "occupations")) {
		t.Run(c.Name, func(t *testing.T) {
			dir := t.TempDir()
			for _, src := range tinyFiles {
				if filepath.Base(src) != escoOccupations {
					copyTinyFile(t, src, dir)
				}
			}
			data, err := os.ReadFile(c.Path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, escoOccupations), data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err = LoadESCO(dir)
			switch {
			case c.Outcome == "accepted" && err != nil:
				t.Fatalf("error %v, want it accepted", err)
			case c.Outcome == "error" && err == nil:
				t.Fatal("accepted, want an error")
			case c.Outcome == "error" && !errors.Is(err, ErrESCOMalformed) && !errors.Is(err, ErrESCOMissingColumn):
				t.Errorf("error %v does not wrap ErrESCOMalformed or ErrESCOMissingColumn", err)
			}
			if err != nil && !strings.Contains(err.Error(), escoOccupations) {
				t.Errorf("error %q does not name the file", err)
			}
			if c.Field != "" && (err == nil || !strings.Contains(err.Error(), "("+c.Field+")") || !strings.Contains(err.Error(), " line 2 column ")) {
				t.Errorf("error %v does not name line 2 and column %q", err, c.Field)
			}
		})
	}
}

// An ISCO group code that is not 1 to 4 digits names file, line and column.
func TestESCOBadISCOGroupCode(t *testing.T) {
	dir := t.TempDir()
	for _, src := range tinyFiles {
		if filepath.Base(src) != escoISCOGroups {
			copyTinyFile(t, src, dir)
		}
	}
	bad := "conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://x/C5,5,service\nISCOGroup,http://x/C9x,9x,bad\n"
	if err := os.WriteFile(filepath.Join(dir, escoISCOGroups), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadESCO(dir)
	if !errors.Is(err, ErrESCOMalformed) || !strings.Contains(err.Error(), "ISCOGroups_en.csv line 3 column 3 (code)") {
		t.Fatalf("got %v", err)
	}
}
