package main

import (
	"os"
	"strconv"

	"golang.org/x/term"
)

// defaultWidth is the width of text output when neither the terminal nor
// COLUMNS says otherwise.
const defaultWidth = 100

// minWidth is the narrowest width tables are laid out for.
const minWidth = 40

// columns is the width text output is laid out for: env.width when set
// (tests), else the terminal's width when stdout is a terminal, else the
// COLUMNS environment variable, else defaultWidth.
func (e *env) columns() int {
	if e.width > 0 {
		return max(e.width, minWidth)
	}
	if f, ok := e.rawStdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return max(w, minWidth)
		}
	}
	if n, err := strconv.Atoi(e.env("COLUMNS")); err == nil && n > 0 {
		return max(n, minWidth)
	}
	return defaultWidth
}
