package jobposting

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
)

// decoding is the state of one Decode: the collector of nodes, and one slot
// per JobPosting in document order. A posting is mapped as soon as its
// element of the array or @graph is read, and its tree dropped. One that
// refers to a node not yet seen waits: when the first pass is over and
// every node is known, a second pass over the text maps the postings that
// waited. Memory thus holds the vacancies and the nodes with an @id, never
// the whole document's tree.
type decoding struct {
	source string
	opt    Options
	c      *collector
	recs   []Record // one per posting, in document order
	slots  []slot   // one per posting, beside recs
	warns  []employer.Warning
	texts  [][]byte // the JSON values read, for the second pass
	second bool     // in the second pass
	k      int      // postings seen in the second pass
}

type slot struct {
	reason  string
	waiting bool // refers to a node not known when it was read
}

// saved is what parseJSON needs to undo a failed attempt.
type saved struct {
	slots, postings int
	byID            map[string]map[string]any
}

func (d *decoding) save() saved {
	ids := make(map[string]map[string]any, len(d.c.byID))
	for k, v := range d.c.byID {
		ids[k] = v
	}
	return saved{slots: len(d.slots), postings: len(d.c.postings), byID: ids}
}

func (d *decoding) restore(s saved) {
	d.slots, d.recs = d.slots[:s.slots], d.recs[:s.slots]
	d.c.postings, d.c.byID = d.c.postings[:s.postings], s.byID
}

// walk collects the nodes of one element and maps the postings it holds.
func (d *decoding) walk(v any, depth int) {
	d.c.walk(v, depth, false)
	for _, n := range d.c.postings {
		if !d.second {
			rec, s := d.mapNow(n)
			d.recs, d.slots = append(d.recs, rec), append(d.slots, s)
			continue
		}
		if s := &d.slots[d.k]; s.waiting {
			d.recs[d.k], s.reason = mapPosting(n, d.c, d.opt)
			s.waiting = false
		}
		d.k++
	}
	d.c.postings = d.c.postings[:0]
}

func (d *decoding) mapNow(n map[string]any) (Record, slot) {
	d.c.misses = 0
	rec, reason := mapPosting(n, d.c, d.opt)
	if d.c.misses > 0 {
		return Record{}, slot{waiting: true}
	}
	return rec, slot{reason: reason}
}

// secondPass maps the postings that waited for a node read after them.
func (d *decoding) secondPass() error {
	if !slices.ContainsFunc(d.slots, func(s slot) bool { return s.waiting }) {
		return nil
	}
	d.second, d.c.frozen = true, true
	for _, b := range d.texts {
		if _, err := d.stream(b); err != nil {
			return err // cannot happen: the same text decoded before
		}
	}
	return nil
}

// finish applies the duplicate-id rule in document order, keeping the
// records in place.
func (d *decoding) finish() (records []Record, skipped []Skip, warns []employer.Warning) {
	seen := map[string]int{}
	records = d.recs[:0]
	for i, s := range d.slots {
		rec := &d.recs[i]
		reason := s.reason
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
		for _, w := range rec.warnings {
			w.File, w.Record = d.source, rec.Vacancy.ID
			warns = append(warns, w)
		}
		rec.warnings = nil
		records = append(records, *rec)
	}
	clear(d.recs[len(records):])
	d.recs, d.slots = nil, nil
	return records, skipped, warns
}

// errNotStreamable sends a top-level object that is more than @context and
// @graph (itself a posting, or a node with an @id) to a whole decode.
var errNotStreamable = errors.New("not streamable")

// stream decodes one JSON value from b, streaming the elements of a
// top-level array or of the @graph of a top-level object. It returns the
// byte offset of a syntax error.
func (d *decoding) stream(b []byte) (int, error) {
	saved := d.save()
	off, err := d.streamTop(b)
	if errors.Is(err, errNotStreamable) {
		d.restore(saved)
		var v any
		if off, err = decodeWhole(b, &v); err == nil {
			d.walk(v, 0)
		}
	}
	return off, err
}

func (d *decoding) streamTop(b []byte) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return offsetOf(dec, b, err)
	}
	switch tok {
	case json.Delim('['):
		for dec.More() {
			var v any
			if err := dec.Decode(&v); err != nil {
				return offsetOf(dec, b, err)
			}
			d.walk(v, 1)
		}
	case json.Delim('{'):
		rest := map[string]any{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return offsetOf(dec, b, err)
			}
			key, _ := kt.(string)
			switch {
			case key == "@graph" && nextByte(b, int(dec.InputOffset())) == '[':
				if _, err := dec.Token(); err != nil {
					return offsetOf(dec, b, err)
				}
				for dec.More() {
					var v any
					if err := dec.Decode(&v); err != nil {
						return offsetOf(dec, b, err)
					}
					d.walk(v, 2)
				}
				if _, err := dec.Token(); err != nil {
					return offsetOf(dec, b, err)
				}
			case key == "@context":
				var v any
				if err := dec.Decode(&v); err != nil {
					return offsetOf(dec, b, err)
				}
				rest[key] = v
			default:
				return 0, errNotStreamable
			}
		}
		d.walk(rest, 0)
	default:
		return 0, errNotStreamable
	}
	if _, err := dec.Token(); err != nil {
		return offsetOf(dec, b, err)
	}
	return trailing(b, int(dec.InputOffset()))
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
