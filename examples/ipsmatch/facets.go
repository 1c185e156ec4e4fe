package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/match"
)

// printFacets prints match --facets: the bands of what passed the musts,
// complete exclusion counts and what relaxing one must would add.
func printFacets(out io.Writer, f *match.Facets) {
	if f == nil {
		return
	}
	fmt.Fprintf(out, "\nOver every vacancy (not only the list): %d meet every must\n", f.Passed)
	for _, b := range []struct {
		name string
		m    map[string]int
	}{{"hours", f.Hours}, {"pay per hour", f.Pay}, {"distance km", f.Distance}, {"sector", f.Sectors}, {"shifts", f.Shifts}, {"posted within", f.Posted}} {
		fmt.Fprintf(out, "  %-14s %s\n", b.name, counts(b.m))
	}
	fmt.Fprintf(out, "  left out (complete): %s\n", counts(f.Excluded))
	for _, r := range f.Relaxations() {
		fmt.Fprintf(out, "  %s\n", r)
	}
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
