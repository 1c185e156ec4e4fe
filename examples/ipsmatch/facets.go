package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/match"
)

// printFacets prints match --facets: the bands of what passed the musts,
// complete exclusion counts and what relaxing one must would add. English
// keeps the bands' codes ("up_to_20") as it always printed them; the other
// languages say them in words.
func printFacets(e *env, out io.Writer, f *match.Facets) {
	if f == nil {
		return
	}
	fmt.Fprint(out, "\n"+e.sprintf("Over every vacancy (not only the list): %d meet every must", f.Passed)+"\n")
	bands := []struct {
		name string
		m    map[string]int
	}{{"hours", f.Hours}, {"pay per hour", f.Pay}, {"distance km", f.Distance}, {"sector", f.Sectors}, {"shifts", f.Shifts}, {"posted within", f.Posted}}
	width := 14
	for _, b := range bands {
		width = max(width, len([]rune(e.tr(b.name))))
	}
	for _, b := range bands {
		name := e.tr(b.name)
		fmt.Fprintf(out, "  %s%s %s\n", name, strings.Repeat(" ", width-len([]rune(name))), counts(e, b.m, e.band))
	}
	fmt.Fprint(out, "  "+e.sprintf("left out (complete): %s", counts(e, f.Excluded, func(k string) string { return e.exclusion(k) }))+"\n")
	for _, r := range f.Relaxations() {
		fmt.Fprintf(out, "  %s\n", r)
	}
}

// bandWords say the facets' band codes in words, to be translated; a code
// not here (a sector) is data and stays as it is.
var bandWords = map[string]string{"not_stated": "not stated", "unknown": "unknown", "remote": "remote",
	"up_to_20": "up to 20", "21_30": "21-30", "over_30": "over 30", "under_8": "under 8", "8_10": "8-10", "10_12": "10-12",
	"12_and_over": "12 and over", "under_2": "under 2", "2_5": "2-5", "5_10": "5-10", "10_and_over": "10 and over",
	"7_days": "7 days", "30_days": "30 days", "older": "older",
	"day": "day", "evening": "evening", "night": "night", "rotating": "rotating", "weekend": "weekend", "split": "split"}

// band is a facet band in the command's language: its code in English.
func (e *env) band(code string) string {
	if e.english() {
		return code
	}
	if w, ok := bandWords[code]; ok {
		return e.tr(w)
	}
	return code
}

// exclusion is an exclusion code in the command's language: the code
// itself in English, as --facets always printed it.
func (e *env) exclusion(code string) string {
	if e.english() {
		return code
	}
	return match.ExclusionName(code, e.lang)
}

func counts(e *env, m map[string]int, name func(string) string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", name(k), m[k])
	}
	if len(parts) == 0 {
		return e.tr("none")
	}
	return strings.Join(parts, ", ")
}
