package record

import (
	"fmt"
	"strings"
)

// Warning is something a decoder accepted but a person should see, such as
// control characters in a field or a salary whose bounds were swapped. It
// locates the problem like a FieldError and never quotes a field's value.
type Warning struct {
	File    string // file name, empty when not read from a file
	Line    int    // 1-based line or row; 0 when unknown
	Record  string // record id, empty when unknown
	Field   string // field path, for example "title" or "baseSalary"
	Message string // what was accepted and how
}

func (w Warning) String() string {
	var b strings.Builder
	if w.File != "" {
		b.WriteString(w.File)
		if w.Line > 0 {
			fmt.Fprintf(&b, " line %d", w.Line)
		}
		b.WriteString(": ")
	} else if w.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", w.Line)
	}
	if w.Record != "" {
		fmt.Fprintf(&b, "record %q: ", w.Record)
	}
	if w.Field != "" {
		fmt.Fprintf(&b, "field %q: ", w.Field)
	}
	b.WriteString(w.Message)
	return b.String()
}

// LocateWarnings sets file, line and, where missing, record on ws.
func LocateWarnings(ws []Warning, file string, line int, id string) []Warning {
	for i := range ws {
		ws[i].File, ws[i].Line = file, line
		if ws[i].Record == "" {
			ws[i].Record = id
		}
	}
	return ws
}
