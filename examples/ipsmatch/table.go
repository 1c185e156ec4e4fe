package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// column is one column of a text table. A column that may shrink holds
// words a reader can do without (titles, names, sectors); one that may not
// holds what the next command needs, such as an id, and is never cut.
type column struct {
	head   string
	shrink bool
	// optional columns are left out, the rightmost first, when the table
	// does not fit even with every shrinkable column at its narrowest.
	optional bool
}

// table lays rows out in columns two spaces apart within a width: when the
// natural widths do not fit, the widest shrinkable column gives way first,
// its cells shortened with "…", never below its heading.
type table struct {
	cols []column
	rows [][]string
}

func newTable(cols ...column) *table { return &table{cols: cols} }

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// fit leaves out optional columns until the table fits within width or
// none is left, and returns the columns' widths.
func (t *table) fit(width int) []int {
	for {
		ws := t.widths(width)
		total := 2 * (len(ws) - 1)
		for _, w := range ws {
			total += w
		}
		drop := -1
		for i, c := range t.cols {
			if c.optional {
				drop = i
			}
		}
		if total <= width || drop < 0 {
			return ws
		}
		t.cols = append(t.cols[:drop:drop], t.cols[drop+1:]...)
		for j, r := range t.rows {
			t.rows[j] = append(r[:drop:drop], r[drop+1:]...)
		}
	}
}

func (t *table) widths(width int) []int {
	ws := make([]int, len(t.cols))
	cells := make([]int, len(t.cols)) // widest cell, heading aside
	total := 2 * (len(ws) - 1)
	for i, c := range t.cols {
		for _, r := range t.rows {
			cells[i] = max(cells[i], runeLen(r[i]))
		}
		ws[i] = max(cells[i], runeLen(c.head))
		total += ws[i]
	}
	// First let headings wider than their cells wrap onto a second line,
	// then shorten the widest shrinkable column.
	for i, c := range t.cols {
		if total <= width {
			break
		}
		floor := max(cells[i], longestWord(c.head))
		cut := min(ws[i]-floor, total-width)
		ws[i] -= cut
		total -= cut
	}
	for total > width {
		best := -1
		for i, c := range t.cols {
			floor := max(longestWord(c.head), 8)
			if c.shrink && ws[i] > floor && (best < 0 || ws[i] > ws[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		ws[best]--
		total--
	}
	return ws
}

// write prints the table within width columns.
func (t *table) write(w io.Writer, width int) {
	ws := t.fit(width)
	line := func(cells []string) {
		var b strings.Builder
		for i, s := range cells {
			if t.cols[i].shrink {
				s = clip(s, ws[i])
			}
			b.WriteString(s)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", max(ws[i]-runeLen(s), 0)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	// Headings wrap at word boundaries within their column.
	heads := make([][]string, len(t.cols))
	lines := 1
	for i, c := range t.cols {
		heads[i] = wrapWords(c.head, ws[i])
		lines = max(lines, len(heads[i]))
	}
	for l := range lines {
		row := make([]string, len(t.cols))
		for i := range t.cols {
			if l < len(heads[i]) {
				row[i] = heads[i][l]
			}
		}
		line(row)
	}
	for _, r := range t.rows {
		line(r)
	}
}

// wrapWords splits s into lines of at most width runes at spaces; a word
// longer than width has a line of its own.
func wrapWords(s string, width int) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		if cur != "" && runeLen(cur)+1+runeLen(word) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	return append(lines, cur)
}

func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, runeLen(w))
	}
	return n
}

// wrapLine prints text after prefix, wrapped at word boundaries within
// width, continuation lines indented under the text's first word.
func wrapLine(w io.Writer, prefix, text string, width int) {
	trimmed := strings.TrimLeft(text, " ")
	prefix += text[:len(text)-len(trimmed)]
	text = trimmed
	indent := strings.Repeat(" ", runeLen(prefix))
	room := max(width-runeLen(prefix), 20)
	cur := ""
	first := true
	flush := func() {
		p := indent
		if first {
			p = prefix
		}
		fmt.Fprintln(w, p+cur)
		first, cur = false, ""
	}
	for _, word := range strings.Fields(text) {
		if cur != "" && runeLen(cur)+1+runeLen(word) > room {
			flush()
		}
		if cur != "" {
			cur += " "
		}
		cur += word
	}
	if cur != "" || first {
		flush()
	}
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
