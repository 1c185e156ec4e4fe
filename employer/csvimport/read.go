package csvimport

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
)

// kind describes one kind of file for the shared reader.
type kind[T any] struct {
	columns  []Column
	build    func(b *builder) T
	validate func(*T) error
	id       func(*T) string
	// column maps a Validate field path, with any [i] removed, to the
	// column it came from.
	column map[string]string
}

// read reads a whole file: it stops at the first bad row and then returns no
// records, so that a batch is all or nothing.
func read[T any](r io.Reader, file string, opt Options, k kind[T]) ([]T, error) {
	var out []T
	if err := each(r, file, opt, k, func(t T) error { out = append(out, t); return nil }); err != nil {
		return nil, err
	}
	return out, nil
}

// peekHead is how much of a file's start is looked at to tell its
// separator.
const peekHead = 64 << 10

// each reads a file one row at a time, calling fn with each record once it
// is built, validated and known not to repeat an earlier id. Memory holds
// a row and the ids, whatever the file's size. It stops at the first bad
// row or error from fn.
func each[T any](r io.Reader, file string, opt Options, k kind[T], fn func(T) error) error {
	br := bufio.NewReaderSize(r, peekHead)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.Comma = opt.Comma
	if cr.Comma == 0 {
		head, err := br.Peek(peekHead)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return fmt.Errorf("%s: %w", file, err)
		}
		cr.Comma = detectComma(head)
	}
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return &employer.FieldError{File: file, Line: 1, Err: fmt.Errorf("%w: the header row", employer.ErrRequired)}
	}
	if err != nil {
		return csvError(file, 1, err)
	}
	header = slices.Clone(header)
	for i, h := range header {
		if !utf8.ValidString(h) {
			return &employer.FieldError{File: file, Line: 1, Field: fmt.Sprintf("column %d", i+1),
				Err: fmt.Errorf("%w: save the file as CSV UTF-8", employer.ErrInvalidUTF8)}
		}
	}
	cols, err := mapHeader(header, opt.Headers, k.columns)
	if err != nil {
		return locate(err, file, 1, "")
	}
	seen := map[string]int{}
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return csvError(file, row, err)
		}
		if blank(rec) {
			continue
		}
		t, id, err := buildRow(rec, header, cols, opt, k)
		if err != nil {
			return locate(err, file, row, id)
		}
		if prev, dup := seen[k.id(&t)]; dup {
			return &employer.FieldError{File: file, Line: row, Record: k.id(&t), Field: "id",
				Err: fmt.Errorf("%w: also on row %d", employer.ErrDuplicateID, prev)}
		}
		seen[k.id(&t)] = row
		if err := fn(t); err != nil {
			return err
		}
	}
}

// buildRow turns one row into a validated record; the error, if any, names
// the column but not yet the file and row.
func buildRow[T any](rec, header, cols []string, opt Options, k kind[T]) (t T, id string, err error) {
	b := &builder{cells: map[string]string{}, opt: opt}
	for i, v := range rec {
		if i < len(cols) && cols[i] != "" {
			b.cells[cols[i]] = strings.TrimSpace(v)
		}
	}
	id = b.cells["id"]
	for i, v := range rec {
		col := fmt.Sprintf("column %d", i+1)
		if i < len(cols) && cols[i] != "" {
			col = cols[i]
		}
		if len(v) > employer.MaxFieldBytes {
			return t, id, &employer.FieldError{Field: col,
				Err: fmt.Errorf("%w: a cell is longer than %d bytes (MaxFieldBytes)", employer.ErrTooLarge, employer.MaxFieldBytes)}
		}
		if !utf8.ValidString(v) {
			return t, id, &employer.FieldError{Field: col,
				Err: fmt.Errorf("%w: save the file as CSV UTF-8", employer.ErrInvalidUTF8)}
		}
	}
	if len(rec) != len(header) {
		return t, id, fmt.Errorf("%w: the row has %d columns, the header has %d", employer.ErrMalformed, len(rec), len(header))
	}
	for i, v := range rec {
		if cols[i] == "" && strings.TrimSpace(v) != "" {
			return t, id, &employer.FieldError{Field: fmt.Sprintf("column %d", i+1),
				Err: fmt.Errorf("%w: a value in a column without a header", employer.ErrUnknownField)}
		}
	}
	t = k.build(b)
	if b.err != nil {
		return t, id, b.err
	}
	if err := k.validate(&t); err != nil {
		var fe *employer.FieldError
		if errors.As(err, &fe) {
			c := *fe
			c.Field = columnOf(c.Field, k.column)
			err = &c
		}
		return t, id, err
	}
	return t, id, nil
}

// detectComma picks ';' or ',' by counting them, outside quotes, in the
// header line.
func detectComma(data []byte) rune {
	commas, semis, quoted := 0, 0, false
	for _, c := range data {
		if c == '"' {
			quoted = !quoted
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		switch c {
		case ',':
			commas++
		case ';':
			semis++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// mapHeader returns the documented column name of each header cell ("" for
// an empty cell), applying the team's header mapping.
func mapHeader(header []string, mapping map[string]string, known []Column) ([]string, error) {
	team := map[string]string{}
	for from, to := range mapping {
		team[normName(from)] = to
	}
	isKnown := func(name string) bool {
		return slices.ContainsFunc(known, func(c Column) bool { return c.Name == name })
	}
	cols := make([]string, len(header))
	where := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		name := normName(h)
		if to, ok := team[name]; ok {
			if name = normName(to); !isKnown(name) {
				return nil, &employer.FieldError{Field: h,
					Err: fmt.Errorf("%w: the header mapping sends %q to %q, which is not a column", employer.ErrUnknownField, h, to)}
			}
		}
		if !isKnown(name) {
			return nil, &employer.FieldError{Field: h,
				Err: fmt.Errorf("%w: column %q is not one of %s", employer.ErrUnknownField, h, columnNames(known))}
		}
		if prev, dup := where[name]; dup {
			return nil, &employer.FieldError{Field: h,
				Err: fmt.Errorf("%w: column %q appears twice (columns %d and %d)", employer.ErrMalformed, name, prev+1, i+1)}
		}
		where[name] = i
		cols[i] = name
	}
	for _, c := range known {
		if _, ok := where[c.Name]; c.Required && !ok {
			return nil, &employer.FieldError{Field: c.Name, Err: fmt.Errorf("%w: the header has no %q column", employer.ErrRequired, c.Name)}
		}
	}
	return cols, nil
}

// normName folds a header cell: lower case, accents folded, spaces and
// hyphens as underscores, so "Sector code" finds sector_code.
func normName(s string) string {
	s = fold(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
}

func columnNames(cols []Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// columnOf maps a Validate field path such as "shifts[1]" or "pay.unit" to
// its column.
func columnOf(field string, table map[string]string) string {
	var b strings.Builder
	skip := false
	for _, r := range field {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	path := b.String()
	for p := path; p != ""; {
		if col, ok := table[p]; ok {
			return col
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return path
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func csvError(file string, row int, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &employer.FieldError{File: file, Line: row, Err: fmt.Errorf("%w: %v", employer.ErrMalformed, err)}
}

// locate returns err as a FieldError with file, row and, when it has none,
// the record id.
func locate(err error, file string, row int, id string) error {
	var fe *employer.FieldError
	if !errors.As(err, &fe) {
		return &employer.FieldError{File: file, Line: row, Record: id, Err: err}
	}
	c := *fe
	c.File, c.Line = file, row
	if c.Record == "" {
		c.Record = id
	}
	return &c
}
