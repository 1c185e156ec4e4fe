package main

import (
	"strings"
	"testing"
)

// TestUnderstandShowsTheTheme: a broad wish is shown as the theme it is
// read as, with the occupations and their weights (issue 10, item 4).
func TestUnderstandShowsTheTheme(t *testing.T) {
	out, stderr, code := runCLI(t, "understand", "lavoro all'aperto")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"read as the theme outdoors", "gardener", "groundskeeper"} {
		if !strings.Contains(out, want) {
			t.Errorf("understand output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "childcare") {
		t.Errorf("outdoor work read as childcare:\n%s", out)
	}
}
