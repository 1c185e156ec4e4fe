package jobposting

import (
	"bytes"
	"encoding/json"
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
// Decode holds every record; DecodeEach hands them over one at a time.
func Decode(data []byte, source string, opt Options) (records []Record, skipped []Skip, err error) {
	records, skipped, _, err = DecodeWarn(data, source, opt)
	return records, skipped, err
}

// DecodeWarn is Decode that also returns warnings: text that is not valid
// UTF-8 (read as U+FFFD), control characters in a value, and a salary
// whose minimum is above its maximum (the two are swapped). Each names the
// source and the field path or the vacancy and property.
func DecodeWarn(data []byte, source string, opt Options) (records []Record, skipped []Skip, warnings []employer.Warning, err error) {
	sum, err := DecodeEach(data, source, opt, func(r Record) error {
		records = append(records, r)
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return records, sum.Skipped, sum.Warnings, nil
}

// Summary is what DecodeEach reports besides the records it hands over.
type Summary struct {
	// Records counts the records handed to fn.
	Records int
	// Skipped are the postings that made no vacancy, in document order.
	Skipped []Skip
	// Warnings are as DecodeWarn returns them: those about the input
	// first, then those of each record handed over.
	Warnings []employer.Warning
}

// DecodeEach reads data as Decode does and calls fn with each record, in
// document order, as soon as it is mapped, so that memory holds one
// posting's tree, the nodes with an @id and the ids seen, not every
// vacancy. (A posting that names a node given only later in the input is
// handed over, with the postings after it, once the whole input is read.)
//
// The whole input is checked before fn is first called: when DecodeEach
// returns ErrMalformedJSONLD or ErrNoJobPosting, fn was never called, so a
// caller that writes in batches writes nothing from a broken file. An
// error from fn stops the decoding and is returned as it is.
func DecodeEach(data []byte, source string, opt Options, fn func(Record) error) (Summary, error) {
	if err := opt.Validate(); err != nil {
		return Summary{}, err
	}
	opt = opt.withDefaults()
	d := &decoding{source: source, opt: opt, c: newCollector(), emit: fn, seen: map[string]int{}, base: -1}
	if err := d.prepareInput(data); err != nil {
		return Summary{}, err
	}
	if err := d.firstPass(); err != nil {
		return d.sum, err
	}
	if err := d.secondPass(); err != nil {
		return d.sum, err
	}
	if err := d.finish(); err != nil {
		return d.sum, err
	}
	if d.sum.Records == 0 && len(d.sum.Skipped) == 0 {
		return Summary{}, fmt.Errorf("%s: %w", source, ErrNoJobPosting)
	}
	return d.sum, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// prepareInput checks every JSON value of data, one for JSON-LD and one
// per ld+json block for HTML, and keeps them for the passes.
func (d *decoding) prepareInput(data []byte) error {
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
		return d.prepare(body, start)
	}
	blocks := 0
	for _, b := range scriptBlocks(body) {
		if err := d.prepare(b.body, start+b.offset); err != nil {
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

// prepare checks one JSON value, at byte base of the input, and keeps it
// for the passes. Script bodies often carry raw line breaks inside strings,
// which JSON forbids and browsers forgive; a second attempt escapes them.
func (d *decoding) prepare(b []byte, base int) error {
	if off, err := syntax(b); err != nil {
		fixed, changed := escapeControlInStrings(b)
		if !changed {
			return d.malformed(base+off, err)
		}
		if _, err2 := syntax(fixed); err2 != nil {
			return d.malformed(base+off, err)
		}
		b = fixed
	}
	if err := d.check(b, base); err != nil {
		return err
	}
	d.texts = append(d.texts, jsonValue{b: b, streamable: streamable(b)})
	return nil
}

// syntax checks that b is one JSON value, optionally followed by blanks
// and semicolons, and returns the offset of the first error.
func syntax(b []byte) (int, error) {
	if json.Valid(bytes.TrimRight(b, " \t\r\n;")) {
		return 0, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return offsetOf(dec, b, err)
	}
	return trailing(b, int(dec.InputOffset()))
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
	d.sum.Warnings = append(d.sum.Warnings, record.LocateWarnings(ws, d.source, 0, "")...)
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
