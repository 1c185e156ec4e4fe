package index

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// recWriter appends the JSON of a stored record, byte for byte what
// encoding/json writes with HTML escaping off (see codec.go).
type recWriter struct {
	b   []byte
	err error
}

// key starts a field of the object being written.
func (w *recWriter) key(name string) {
	if n := len(w.b); n > 0 && w.b[n-1] != '{' {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
}

func (w *recWriter) str(s string) { w.b = appendJSONString(w.b, s) }

// strField writes a string field, left out when empty (omitempty).
func (w *recWriter) strField(name, s string) {
	if s != "" {
		w.key(name)
		w.str(s)
	}
}

func (w *recWriter) boolField(name string, v bool) {
	if v {
		w.key(name)
		w.b = append(w.b, "true"...)
	}
}

// floatField writes a number field, left out when zero (omitempty).
func (w *recWriter) floatField(name string, f float64) {
	if f != 0 {
		w.key(name)
		w.float(f)
	}
}

// float writes f as encoding/json does: the shortest text that reads
// back as f, in exponent form only for very small or large numbers.
func (w *recWriter) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if w.err == nil {
			w.err = fmt.Errorf("unsupported number %v", f)
		}
		w.b = append(w.b, '0')
		return
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 && (f != 0 || !math.Signbit(f)) {
		// Whole numbers, such as most hours and many wages, are written
		// as integers: the same text, without the shortest-float search.
		w.b = strconv.AppendInt(w.b, int64(f), 10)
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as in encoding/json.
		if n := len(w.b); n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// list writes items as a JSON array, each by elem.
func list[T any](w *recWriter, items []T, elem func(*T)) {
	w.b = append(w.b, '[')
	for i := range items {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		elem(&items[i])
	}
	w.b = append(w.b, ']')
}

// strsField writes a list of strings, left out when empty (omitempty).
func strsField[S ~string](w *recWriter, name string, ss []S) {
	if len(ss) > 0 {
		w.key(name)
		list(w, ss, func(s *S) { w.str(string(*s)) })
	}
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes it with HTML
// escaping off: invalid UTF-8 becomes U+FFFD, and U+2028 and U+2029 are
// escaped for JavaScript.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// errRecord is what a stored record that is not the JSON its type's
// encoder writes is reported as.
var errRecord = errors.New("malformed record")

// recReader reads the JSON of a stored record. The first fault stops it:
// every read after that returns a zero value, and err says where.
type recReader struct {
	b   []byte
	i   int
	err error
}

func (r *recReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", errRecord, what, r.i)
		r.i = len(r.b)
	}
}

func (r *recReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, 0 at the end.
func (r *recReader) peek() byte {
	r.space()
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

func (r *recReader) expect(c byte) {
	if r.peek() != c {
		r.fail("expected " + strconv.QuoteRune(rune(c)))
		return
	}
	r.i++
}

func (r *recReader) word(w string) bool {
	if len(r.b)-r.i >= len(w) && string(r.b[r.i:r.i+len(w)]) == w {
		r.i += len(w)
		return true
	}
	return false
}

// null consumes a null and reports whether there was one.
func (r *recReader) null() bool {
	return r.peek() == 'n' && r.word("null")
}

// object calls field for each key of an object (or nothing for null).
// field must read the key's value.
func (r *recReader) object(field func(key []byte)) {
	r.seq('{', '}', func() {
		k := r.rawString()
		r.expect(':')
		if r.err == nil {
			field(k)
		}
	})
}

// array calls elem for each element of an array (or nothing for null).
func (r *recReader) array(elem func()) { r.seq('[', ']', elem) }

// seq reads a sequence between open and end separated by commas, calling
// each for every item, or nothing for null.
func (r *recReader) seq(open, end byte, each func()) {
	if r.null() {
		return
	}
	r.expect(open)
	if r.peek() == end {
		r.i++
		return
	}
	for r.err == nil {
		each()
		switch r.peek() {
		case ',':
			r.i++
		case end:
			r.i++
			return
		default:
			r.fail("expected , or " + string(end))
		}
	}
}

// unknown reports a key the record's type does not have.
func (r *recReader) unknown(key []byte) {
	r.fail("unknown field " + strconv.Quote(string(key)))
}

// rawString reads a string without escapes and returns its bytes, which
// alias the record; a string with escapes or bytes above ASCII is
// unquoted into a new slice.
func (r *recReader) rawString() []byte {
	if r.peek() != '"' {
		r.fail("expected a string")
		return nil
	}
	r.i++
	start := r.i
	for i := start; i < len(r.b); i++ {
		switch c := r.b[i]; {
		case c == '"':
			r.i = i + 1
			return r.b[start:i]
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return r.slowString(start)
		}
	}
	r.fail("unterminated string")
	return nil
}

// slowString unquotes a string starting at start (after its quote) as
// encoding/json does: invalid UTF-8 and lone surrogates become U+FFFD.
func (r *recReader) slowString(start int) []byte {
	out := make([]byte, 0, 32)
	i := start
	for i < len(r.b) {
		c := r.b[i]
		switch {
		case c == '"':
			r.i = i + 1
			return out
		case c < 0x20:
			r.i = i
			r.fail("control character in string")
			return nil
		case c == '\\':
			if i+1 >= len(r.b) {
				r.i = i
				r.fail("unterminated string")
				return nil
			}
			switch e := r.b[i+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				c1, ok := hex4(r.b[i+2:])
				if !ok {
					r.i = i
					r.fail("bad \\u escape")
					return nil
				}
				i += 6
				if utf16.IsSurrogate(c1) {
					if c2, ok := hex4Escape(r.b[i:]); ok {
						if dec := utf16.DecodeRune(c1, c2); dec != utf8.RuneError {
							out = utf8.AppendRune(out, dec)
							i += 6
							continue
						}
					}
					c1 = utf8.RuneError
				}
				out = utf8.AppendRune(out, c1)
				continue
			default:
				r.i = i
				r.fail("bad escape")
				return nil
			}
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			rn, size := utf8.DecodeRune(r.b[i:])
			if rn == utf8.RuneError && size == 1 {
				out = append(out, "\uFFFD"...)
			} else {
				out = append(out, r.b[i:i+size]...)
			}
			i += size
		}
	}
	r.i = len(r.b)
	r.fail("unterminated string")
	return nil
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var v rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	return v, true
}

// hex4Escape reads a \uXXXX escape at the start of b.
func hex4Escape(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	return hex4(b[2:])
}

// str reads a string (or null, as "").
func (r *recReader) str() string {
	if r.null() {
		return ""
	}
	return string(r.rawString())
}

// enum reads a string that is usually one of a few known values, which
// are shared rather than allocated again for every record.
func (r *recReader) enum() string {
	if r.null() {
		return ""
	}
	b := r.rawString()
	if s, ok := knownWords[string(b)]; ok {
		return s
	}
	return string(b)
}

func (r *recReader) boolean() bool {
	switch {
	case r.null():
		return false
	case r.word("true"):
		return true
	case r.word("false"):
		return false
	}
	r.fail("expected true or false")
	return false
}

func (r *recReader) float() float64 {
	if r.null() {
		return 0
	}
	start := r.i
	for r.i < len(r.b) {
		c := r.b[r.i]
		if (c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E' {
			break
		}
		r.i++
	}
	f, err := strconv.ParseFloat(string(r.b[start:r.i]), 64)
	if err != nil || start == r.i || !validNumber(r.b[start:r.i]) {
		r.i = start
		r.fail("expected a number")
		return 0
	}
	return f
}

// validNumber reports whether b is a JSON number, which is stricter than
// strconv: no leading +, no leading zeros, digits on both sides of a dot.
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	first := i
	n := digits()
	if n == 0 || (n > 1 && b[first] == '0') {
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(b)
}

// readList reads an array whose elements elem reads (nil for null).
func readList[T any](r *recReader, elem func() T) []T {
	if r.null() {
		return nil
	}
	out := []T{}
	r.array(func() { out = append(out, elem()) })
	return out
}

// readStrs reads a list of strings (nil for null).
func readStrs[S ~string](r *recReader, enum bool) []S {
	return readList(r, func() S {
		if enum {
			return S(r.enum())
		}
		return S(r.str())
	})
}

// end checks that only white space follows the record.
func (r *recReader) end() {
	if r.peek() != 0 || r.i != len(r.b) {
		r.fail("text after the record")
	}
}
