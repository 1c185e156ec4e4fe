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

func (t *table) widths(width int) []int {
	ws := make([]int, len(t.cols))
	for i, c := range t.cols {
		ws[i] = runeLen(c.head)
		for _, r := range t.rows {
			ws[i] = max(ws[i], runeLen(r[i]))
		}
	}
	total := 2 * (len(ws) - 1)
	for _, w := range ws {
		total += w
	}
	for total > width {
		best := -1
		for i, c := range t.cols {
			floor := max(runeLen(c.head), 8)
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
	ws := t.widths(width)
	line := func(cells []string, head bool) {
		var b strings.Builder
		for i, s := range cells {
			if !head && t.cols[i].shrink {
				s = clip(s, ws[i])
			}
			if i == len(cells)-1 {
				b.WriteString(s)
				break
			}
			b.WriteString(s)
			b.WriteString(strings.Repeat(" ", max(ws[i]-runeLen(s), 0)+2))
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	heads := make([]string, len(t.cols))
	for i, c := range t.cols {
		heads[i] = c.head
	}
	line(heads, true)
	for _, r := range t.rows {
		line(r, false)
	}
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
