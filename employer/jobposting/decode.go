package jobposting

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Record is one imported posting.
type Record struct {
	Vacancy employer.Vacancy
	// Employer is the hiringOrganization as an employer, nil when the
	// posting names none; Vacancy.EmployerID links to it.
	Employer *employer.Employer
	// Unmapped lists every property present that could not be mapped, for
	// example "workHours: 'flexible' not understood".
	Unmapped []string
	// Flags are warnings about what the vacancy lacks, for example
	// "no coordinates: commute unknown".
	Flags []string

	// warnings are collected while mapping and returned by DecodeWarn.
	warnings []employer.Warning
}

// Skip says why a JobPosting was not imported.
type Skip struct {
	// Index is the posting's position among the JobPosting nodes of the
	// input, from 0, in document order.
	Index  int
	Reason string
}

// Decode reads schema.org JobPosting JSON-LD from data, which may be a single
// object, an array, an object with an @graph, or an HTML page with one or
// more <script type="application/ld+json"> blocks (recognised by its
// content); source names the input in errors. Nodes of other types are
// ignored.
//
// Every returned vacancy passes Validate. A posting that cannot make one (no
// title, volunteer work, a duplicate id, a validThrough that is not a date)
// is reported in skipped instead, so that one bad posting does not lose a
// page of good ones. The error is ErrNoJobPosting when the input holds no
// JobPosting at all and ErrMalformedJSONLD, naming source and byte offset,
// when it is not valid JSON; a key given twice, a value over
// employer.MaxFieldBytes or nesting over employer.MaxDepth is an
// ErrMalformedJSONLD *employer.FieldError naming the path. Decode drops
// warnings; DecodeWarn returns them.
//
// The elements of a top-level array or @graph are decoded one at a time and
// mapped as soon as the nodes they refer to are known, so memory grows with
// the vacancies made, not with the generic tree of the whole document.
func Decode(data []byte, source string, opt Options) (records []Record, skipped []Skip, err error) {
	records, skipped, _, err = DecodeWarn(data, source, opt)
	return records, skipped, err
}

// DecodeWarn is Decode that also returns warnings: text that is not valid
// UTF-8 (read as U+FFFD), control characters in a value, and a salary
// whose minimum is above its maximum (the two are swapped). Each names the
// source and the field path or the vacancy and property.
func DecodeWarn(data []byte, source string, opt Options) (records []Record, skipped []Skip, warnings []employer.Warning, err error) {
	if err := opt.Validate(); err != nil {
		return nil, nil, nil, err
	}
	opt = opt.withDefaults()
	d := &decoding{source: source, opt: opt, c: newCollector()}
	if err := d.parseInput(data); err != nil {
		return nil, nil, nil, err
	}
	if err := d.secondPass(); err != nil {
		return nil, nil, nil, err
	}
	records, skipped, warnings = d.finish()
	if len(records) == 0 && len(skipped) == 0 {
		return nil, nil, nil, fmt.Errorf("%s: %w", source, ErrNoJobPosting)
	}
	return records, skipped, append(d.warns, warnings...), nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// parseInput feeds every JSON value of data to the decoding: one for
// JSON-LD, one per ld+json block for HTML.
func (d *decoding) parseInput(data []byte) error {
	start := 0
	if bytes.HasPrefix(data, utf8BOM) {
		start = len(utf8BOM)
	}
	body := data[start:]
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return fmt.Errorf("%s: %w: empty input", d.source, ErrNoJobPosting)
	}
	if !looksHTML(trimmed) {
		return d.parseJSON(body, start)
	}
	blocks := 0
	for _, b := range scriptBlocks(body) {
		if err := d.parseJSON(b.body, start+b.offset); err != nil {
			return err
		}
		blocks++
	}
	if blocks == 0 {
		return fmt.Errorf("%s: %w: the page has no application/ld+json block", d.source, ErrNoJobPosting)
	}
	return nil
}

func (d *decoding) malformed(offset int, err error) error {
	return fmt.Errorf("%s: byte %d: %w: %v", d.source, offset, ErrMalformedJSONLD, err)
}

// looksHTML tells HTML from JSON by the first non-blank byte: JSON-LD starts
// with '{' or '['.
func looksHTML(b []byte) bool {
	if b[0] == '{' || b[0] == '[' {
		return false
	}
	return b[0] == '<' || indexFold(b, "<script") >= 0
}

// parseJSON decodes one JSON value, at byte base of the input. Script
// bodies often carry raw line breaks inside strings, which JSON forbids and
// browsers forgive; a second attempt escapes them.
func (d *decoding) parseJSON(b []byte, base int) error {
	saved := d.save()
	offset, err := d.stream(b)
	if err == nil {
		d.texts = append(d.texts, b)
		return d.check(b, base)
	}
	if fixed, changed := escapeControlInStrings(b); changed {
		d.restore(saved)
		if _, err2 := d.stream(fixed); err2 == nil {
			d.texts = append(d.texts, fixed)
			return d.check(fixed, base)
		}
	}
	var fe *employer.FieldError
	if errors.As(err, &fe) {
		return err
	}
	return d.malformed(base+offset, err)
}

// check runs the strict pre-check over a value that decoded: a key given
// twice or in two cases, or a value over the limits, rejects the input.
func (d *decoding) check(b []byte, base int) error {
	ws, err := record.CheckJSON(b, true)
	if err != nil {
		var fe *employer.FieldError
		if errors.As(err, &fe) {
			return &employer.FieldError{File: d.source, Field: fe.Field, Err: fmt.Errorf("%w: %w", ErrMalformedJSONLD, fe.Err)}
		}
		return d.malformed(base, err)
	}
	d.warns = append(d.warns, record.LocateWarnings(ws, d.source, 0, "")...)
	return nil
}

// escapeControlInStrings replaces raw control characters inside JSON strings
// with spaces, keeping every offset.
func escapeControlInStrings(b []byte) ([]byte, bool) {
	out := bytes.Clone(b)
	changed, in, esc := false, false, false
	for i, c := range out {
		switch {
		case esc:
			esc = false
		case in && c == '\\':
			esc = true
		case c == '"':
			in = !in
		case in && c < 0x20:
			out[i] = ' '
			changed = true
		}
	}
	return out, changed
}
