package jobposting

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ipsmatch/ipsmatch/employer"
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
// title, volunteer work, a duplicate id) is reported in skipped instead, so
// that one bad posting does not lose a page of good ones. The error is
// ErrNoJobPosting when the input holds no JobPosting at all and
// ErrMalformedJSONLD, naming source and byte offset, when it is not valid
// JSON.
func Decode(data []byte, source string, opt Options) (records []Record, skipped []Skip, err error) {
	if err := opt.Validate(); err != nil {
		return nil, nil, err
	}
	opt = opt.withDefaults()
	roots, err := parseInput(data, source)
	if err != nil {
		return nil, nil, err
	}
	c := newCollector()
	for _, r := range roots {
		c.walk(r, 0, false)
	}
	if len(c.postings) == 0 {
		return nil, nil, fmt.Errorf("%s: %w", source, ErrNoJobPosting)
	}
	seen := map[string]int{}
	for i, n := range c.postings {
		rec, reason := mapPosting(n, c, opt)
		if reason == "" {
			if prev, dup := seen[rec.Vacancy.ID]; dup {
				reason = fmt.Sprintf("duplicate id %q (also posting %d)", rec.Vacancy.ID, prev)
			}
		}
		if reason != "" {
			skipped = append(skipped, Skip{Index: i, Reason: reason})
			continue
		}
		seen[rec.Vacancy.ID] = i
		records = append(records, rec)
	}
	return records, skipped, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// parseInput returns the JSON values of data: one for JSON-LD, one per
// ld+json block for HTML.
func parseInput(data []byte, source string) ([]any, error) {
	start := 0
	if bytes.HasPrefix(data, utf8BOM) {
		start = len(utf8BOM)
	}
	body := data[start:]
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%s: %w: empty input", source, ErrNoJobPosting)
	}
	if !looksHTML(trimmed) {
		v, off, err := parseJSON(body)
		if err != nil {
			return nil, malformed(source, start+off, err)
		}
		return []any{v}, nil
	}
	var out []any
	for _, b := range scriptBlocks(body) {
		v, off, err := parseJSON(b.body)
		if err != nil {
			return nil, malformed(source, start+b.offset+off, err)
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w: the page has no application/ld+json block", source, ErrNoJobPosting)
	}
	return out, nil
}

func malformed(source string, offset int, err error) error {
	return fmt.Errorf("%s: byte %d: %w: %v", source, offset, ErrMalformedJSONLD, err)
}

// looksHTML tells HTML from JSON by the first non-blank byte: JSON-LD starts
// with '{' or '['.
func looksHTML(b []byte) bool {
	if b[0] == '{' || b[0] == '[' {
		return false
	}
	return b[0] == '<' || indexFold(b, "<script") >= 0
}

// parseJSON decodes one JSON value, returning the byte offset of a syntax
// error. Script bodies often carry raw line breaks inside strings, which
// JSON forbids and browsers forgive; a second attempt escapes them.
func parseJSON(b []byte) (v any, offset int, err error) {
	v, offset, err = decodeOne(b)
	if err == nil {
		return v, 0, nil
	}
	if fixed, changed := escapeControlInStrings(b); changed {
		if v2, _, err2 := decodeOne(fixed); err2 == nil {
			return v2, 0, nil
		}
	}
	return nil, offset, err
}

func decodeOne(b []byte) (any, int, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			return nil, int(se.Offset), err
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return nil, len(b), errors.New("unexpected end of JSON input")
		}
		return nil, int(dec.InputOffset()), err
	}
	end := int(dec.InputOffset())
	rest := bytes.TrimLeft(b[end:], " \t\r\n;")
	if len(rest) > 0 {
		return nil, len(b) - len(rest), errors.New("unexpected data after the JSON value")
	}
	return v, 0, nil
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
