package jobposting

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// decoding is the state of one DecodeEach: the collector of nodes, the
// values of the input, and what is known of each posting. A posting is
// mapped as soon as its element of the array or @graph is read, handed
// over, and its tree dropped. One that refers to a node not yet seen
// waits, and every posting after it is kept in order behind it: when the
// first pass is over and every node is known, a second pass over the text
// maps the postings that waited, and all those kept are handed over in
// document order. Memory thus holds the nodes with an @id and the ids
// seen, and vacancies only from the first posting that waited.
type decoding struct {
	source string
	opt    Options
	c      *collector
	emit   func(Record) error
	sum    Summary
	texts  []jsonValue
	seen   map[string]int // vacancy id -> posting index, for duplicates
	n      int            // postings read in the first pass
	// base is the index of the first posting that waited, -1 while none
	// has; recs and slots hold the postings from base on.
	base   int
	recs   []Record
	slots  []slot
	second bool // in the second pass
	k      int  // postings seen in the second pass
}

// jsonValue is one checked JSON value of the input.
type jsonValue struct {
	b []byte
	// streamable: an array, or an object of only @context and an @graph
	// array, whose elements can be decoded one at a time.
	streamable bool
}

type slot struct {
	reason  string
	waiting bool // refers to a node not known when it was read
}

// firstPass reads every value, handing over the postings it can map.
func (d *decoding) firstPass() error {
	for _, t := range d.texts {
		if err := d.stream(t); err != nil {
			return err
		}
	}
	return nil
}

// walk collects the nodes of one element and maps the postings it holds.
func (d *decoding) walk(v any, depth int) error {
	d.c.walk(v, depth, false)
	defer func() { d.c.postings = d.c.postings[:0] }()
	for _, n := range d.c.postings {
		if d.second {
			if d.k >= d.base {
				if s := &d.slots[d.k-d.base]; s.waiting {
					d.recs[d.k-d.base], s.reason = mapPosting(n, d.c, d.opt)
					s.waiting = false
				}
			}
			d.k++
			continue
		}
		rec, s := d.mapNow(n)
		i := d.n
		d.n++
		if s.waiting && d.base < 0 {
			d.base = i
		}
		if d.base < 0 {
			if err := d.deliver(i, &rec, s.reason); err != nil {
				return err
			}
			continue
		}
		d.recs, d.slots = append(d.recs, rec), append(d.slots, s)
	}
	return nil
}

func (d *decoding) mapNow(n map[string]any) (Record, slot) {
	d.c.misses = 0
	rec, reason := mapPosting(n, d.c, d.opt)
	if d.c.misses > 0 {
		return Record{}, slot{waiting: true}
	}
	return rec, slot{reason: reason}
}

// deliver applies the duplicate-id rule to posting i and hands it over,
// or records why it was skipped.
func (d *decoding) deliver(i int, rec *Record, reason string) error {
	if reason == "" {
		if prev, dup := d.seen[rec.Vacancy.ID]; dup {
			reason = fmt.Sprintf("duplicate id %q (also posting %d)", rec.Vacancy.ID, prev)
		}
	}
	if reason != "" {
		d.sum.Skipped = append(d.sum.Skipped, Skip{Index: i, Reason: reason})
		return nil
	}
	d.seen[rec.Vacancy.ID] = i
	for _, w := range rec.warnings {
		w.File, w.Record = d.source, rec.Vacancy.ID
		d.sum.Warnings = append(d.sum.Warnings, w)
	}
	rec.warnings = nil
	d.sum.Records++
	return d.emit(*rec)
}

// secondPass maps the postings that waited for a node read after them.
func (d *decoding) secondPass() error {
	if !slices.ContainsFunc(d.slots, func(s slot) bool { return s.waiting }) {
		return nil
	}
	d.second, d.c.frozen = true, true
	for _, t := range d.texts {
		if err := d.stream(t); err != nil {
			return err
		}
	}
	return nil
}

// finish hands over the postings kept behind the first that waited, in
// document order.
func (d *decoding) finish() error {
	for j := range d.slots {
		if err := d.deliver(d.base+j, &d.recs[j], d.slots[j].reason); err != nil {
			return err
		}
		d.recs[j] = Record{}
	}
	d.recs, d.slots = nil, nil
	return nil
}

// stream decodes one checked JSON value, streaming the elements of a
// top-level array or of the @graph of a top-level object, or else
// decoding it whole. The value has passed syntax, so an error here is
// fn's or the element's own.
func (d *decoding) stream(t jsonValue) error {
	if !t.streamable {
		var v any
		if _, err := decodeWhole(t.b, &v); err != nil {
			return d.malformed(0, err)
		}
		return d.walk(v, 0)
	}
	return d.streamTop(t.b)
}

func (d *decoding) streamTop(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	element := func(depth int) error {
		var v any
		if err := dec.Decode(&v); err != nil {
			off, err := offsetOf(dec, b, err)
			return d.malformed(off, err)
		}
		return d.walk(v, depth)
	}
	tok, err := dec.Token()
	if err != nil {
		off, err := offsetOf(dec, b, err)
		return d.malformed(off, err)
	}
	if tok == json.Delim('[') {
		for dec.More() {
			if err := element(1); err != nil {
				return err
			}
		}
		return nil
	}
	rest := map[string]any{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			off, err := offsetOf(dec, b, err)
			return d.malformed(off, err)
		}
		if key, _ := kt.(string); key == "@context" {
			var v any
			if err := dec.Decode(&v); err != nil {
				off, err := offsetOf(dec, b, err)
				return d.malformed(off, err)
			}
			rest[key] = v
			continue
		}
		// @graph, an array: streamable said so.
		if _, err := dec.Token(); err != nil {
			off, err := offsetOf(dec, b, err)
			return d.malformed(off, err)
		}
		for dec.More() {
			if err := element(2); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			off, err := offsetOf(dec, b, err)
			return d.malformed(off, err)
		}
	}
	return d.walk(rest, 0)
}

// streamable reports whether the checked value b is an array, or an object
// whose keys are only @context and an @graph holding an array, so that
// its elements can be decoded one at a time. It scans the bytes once,
// looking only at the top level's keys.
func streamable(b []byte) bool {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if i == len(b) || b[i] == '[' {
		return i < len(b)
	}
	if b[i] != '{' {
		return false
	}
	depth, inStr, esc, expectKey, keyStart := 0, false, false, false, -1
	for j := i; j < len(b); j++ {
		c := b[j]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
				if keyStart >= 0 {
					switch string(b[keyStart:j]) {
					case "@context":
					case "@graph":
						if nextByte(b, j+1) != '[' {
							return false
						}
					default:
						return false
					}
					keyStart = -1
				}
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
			if depth == 1 && expectKey {
				keyStart, expectKey = j+1, false
			}
		case '{', '[':
			depth++
			if depth == 1 {
				expectKey = true
			}
		case '}', ']':
			depth--
		case ',':
			if depth == 1 {
				expectKey = true
			}
		}
	}
	return true
}

// decodeWhole decodes one JSON value as a generic tree.
func decodeWhole(b []byte, v *any) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return offsetOf(dec, b, err)
	}
	return trailing(b, int(dec.InputOffset()))
}

func trailing(b []byte, end int) (int, error) {
	rest := bytes.TrimLeft(b[end:], " \t\r\n;")
	if len(rest) > 0 {
		return len(b) - len(rest), errors.New("unexpected data after the JSON value")
	}
	return 0, nil
}

func offsetOf(dec *json.Decoder, b []byte, err error) (int, error) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return int(se.Offset), err
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return len(b), errors.New("unexpected end of JSON input")
	}
	return int(dec.InputOffset()), err
}

// nextByte returns the first byte at or after i that is not blank or ':'.
func nextByte(b []byte, i int) byte {
	for ; i < len(b); i++ {
		switch b[i] {
		case ' ', '\t', '\r', '\n', ':':
		default:
			return b[i]
		}
	}
	return 0
}
