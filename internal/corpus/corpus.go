// Package corpus runs the hostile-input corpora of the decoders: folders of
// malformed or hostile files, each listed in the folder's expect.tsv with
// the outcome its decoder must give and the field its message must name.
// It is used by tests only.
package corpus

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Marker is written into the free-text fields of the corpus; no error or
// warning may ever repeat it.
const Marker = "SECRET-FREE-TEXT"

// Case is one file of a corpus.
type Case struct {
	Path    string // file to decode
	Name    string // file name, for subtest names
	Outcome string // "error", "warning", "skip" or "accepted"
	Field   string // field the error, warning or skip must name; "" for none
}

// Load reads dir/expect.tsv.
func Load(t *testing.T, dir string) []Case {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "expect.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []Case
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("%s: bad expect line %q", dir, line)
		}
		c := Case{Path: filepath.Join(dir, parts[0]), Name: parts[0], Outcome: parts[1], Field: parts[2]}
		if c.Field == "-" {
			c.Field = ""
		}
		cs = append(cs, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cs
}

// Result is what one decoder did with one file.
type Result struct {
	Err      error
	Warnings []record.Warning
	// Skips are the reasons given for records left out (JSON-LD only).
	Skips []string
}

// Check asserts that r is the outcome c expects, names c.Field, and never
// repeats the marker.
func Check(t *testing.T, c Case, r Result) {
	t.Helper()
	if r.Err != nil && strings.Contains(r.Err.Error(), Marker) {
		t.Errorf("the error repeats free text: %v", r.Err)
	}
	for _, w := range r.Warnings {
		if strings.Contains(w.String(), Marker) {
			t.Errorf("a warning repeats free text: %v", w)
		}
	}
	switch c.Outcome {
	case "error":
		if r.Err == nil {
			t.Fatalf("accepted, want an error naming %q", c.Field)
		}
		if c.Field != "" {
			var fe *record.FieldError
			if !errors.As(r.Err, &fe) || fe.Field != c.Field {
				t.Errorf("error %q does not name field %q", r.Err, c.Field)
			}
		}
	case "warning":
		if r.Err != nil {
			t.Fatalf("error %v, want a warning", r.Err)
		}
		found := false
		for _, w := range r.Warnings {
			found = found || w.Field == c.Field
		}
		if !found {
			t.Errorf("warnings %v, want one about %q", r.Warnings, c.Field)
		}
	case "skip":
		if r.Err != nil {
			t.Fatalf("error %v, want the posting skipped", r.Err)
		}
		found := false
		for _, s := range r.Skips {
			found = found || strings.HasPrefix(s, c.Field)
		}
		if len(r.Skips) == 0 || !found {
			t.Errorf("skips %q, want one naming %q", r.Skips, c.Field)
		}
	case "accepted":
		if r.Err != nil {
			t.Fatalf("error %v, want it accepted", r.Err)
		}
		if len(r.Warnings) > 0 || len(r.Skips) > 0 {
			t.Errorf("warnings %v, skips %q, want none", r.Warnings, r.Skips)
		}
	default:
		t.Fatalf("unknown outcome %q", c.Outcome)
	}
}
