package record

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// errSyntax stops the pre-check at JSON that is not well formed; the
// decoder that runs next reports the syntax error with its offset.
var errSyntax = errors.New("syntax")

// strict is a pre-check over the raw bytes of one JSON value, run before
// encoding/json decodes it. It rejects what encoding/json accepts silently:
// a key given twice or in two spellings ("disclosure" and "Disclosure", of
// which the later wins), a key in the wrong case, unknown keys (named with
// their whole path, "pay.bonus"), invalid UTF-8, strings over MaxFieldBytes,
// nesting over MaxDepth, and dates that are not dates. It warns about
// control and bidirectional-override characters. Errors name the field and
// never quote a value.
type strict struct {
	b     []byte
	i     int
	depth int
	warns []Warning
	// lenientUTF8 makes invalid UTF-8 a warning instead of an error.
	lenientUTF8 bool
}

// checkJSON runs the pre-check of data against the shape of t.
func checkJSON(data []byte, sh *shape) ([]Warning, error) {
	s := &strict{b: data}
	err := s.value("", sh)
	if errors.Is(err, errSyntax) {
		return s.warns, nil
	}
	return s.warns, err
}

func (s *strict) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *strict) value(path string, sh *shape) error {
	s.ws()
	if s.i >= len(s.b) {
		return errSyntax
	}
	if sh != nil && (sh.kind == kindDate || sh.kind == kindDateTime) && s.b[s.i] != '"' && s.b[s.i] != 'n' {
		return &FieldError{Field: path, Err: fmt.Errorf("%w: want a date written as a string", ErrMalformed)}
	}
	switch c := s.b[s.i]; {
	case c == '{':
		return s.object(path, sh)
	case c == '[':
		return s.array(path, sh)
	case c == '"':
		start := s.i
		if _, err := s.str(path); err != nil {
			return err
		}
		return checkTime(path, sh, s.b[start:s.i])
	default:
		for s.i < len(s.b) && strings.IndexByte("+-.0123456789eEtrufalsn", s.b[s.i]) >= 0 {
			s.i++
		}
		return nil
	}
}

// checkTime rejects a date or date-time that is not one, naming the field.
func checkTime(path string, sh *shape, raw []byte) error {
	if sh == nil || (sh.kind != kindDate && sh.kind != kindDateTime) {
		return nil
	}
	var v string
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil // the decoder reports it
	}
	if sh.kind == kindDate {
		if _, err := civil.Parse(v); err != nil {
			return &FieldError{Field: path, Err: fmt.Errorf("%w: not a calendar date YYYY-MM-DD", ErrMalformed)}
		}
		return nil
	}
	if _, err := time.Parse(time.RFC3339, v); err != nil {
		return &FieldError{Field: path, Err: fmt.Errorf("%w: not a date and time in RFC 3339 form (2006-01-02T15:04:05Z07:00)", ErrMalformed)}
	}
	return nil
}

func (s *strict) enter(path string) error {
	s.depth++
	if s.depth > MaxDepth {
		return &FieldError{Field: path, Err: fmt.Errorf("%w: more than %d levels of objects and arrays (MaxDepth)", ErrTooDeep, MaxDepth)}
	}
	return nil
}

func (s *strict) object(path string, sh *shape) error {
	if err := s.enter(path); err != nil {
		return err
	}
	s.i++ // '{'
	var seen keySet
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.i++
		s.depth--
		return nil
	}
	for {
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] != '"' {
			return errSyntax
		}
		start := s.i
		escaped, err := s.str(path)
		if err != nil {
			return err
		}
		key := string(s.b[start+1 : s.i-1])
		if escaped {
			if json.Unmarshal(s.b[start:s.i], &key) != nil {
				return errSyntax
			}
		}
		kp := join(path, key)
		if prev, dup := seen.add(key); dup {
			how := "twice"
			if prev != key {
				how = fmt.Sprintf("twice, also as %q (keys differing only in case name the same field)", showKey(prev))
			}
			return &FieldError{Field: kp, Err: fmt.Errorf("%w: the key is given %s", ErrDuplicateKey, how)}
		}
		var sub *shape
		if sh != nil {
			switch sh.kind {
			case kindStruct:
				f, ok := sh.fields[key]
				if !ok {
					return unknownKey(kp, key, sh)
				}
				sub = f
			case kindMap:
				sub = sh.elem
			}
		}
		s.ws()
		if s.i >= len(s.b) || s.b[s.i] != ':' {
			return errSyntax
		}
		s.i++
		if err := s.value(kp, sub); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.b) {
			return errSyntax
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			s.depth--
			return nil
		default:
			return errSyntax
		}
	}
}

func unknownKey(path, key string, sh *shape) error {
	for name := range sh.fields {
		if strings.EqualFold(name, key) {
			return &FieldError{Field: path, Err: fmt.Errorf("%w: keys are case-sensitive; did you mean %q?", ErrUnknownField, name)}
		}
	}
	return &FieldError{Field: path, Err: ErrUnknownField}
}

func (s *strict) array(path string, sh *shape) error {
	if err := s.enter(path); err != nil {
		return err
	}
	s.i++ // '['
	var sub *shape
	if sh != nil && sh.kind == kindArray {
		sub = sh.elem
	}
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == ']' {
		s.i++
		s.depth--
		return nil
	}
	for n := 0; ; n++ {
		if err := s.value(path+"["+strconv.Itoa(n)+"]", sub); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.b) {
			return errSyntax
		}
		switch s.b[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			s.depth--
			return nil
		default:
			return errSyntax
		}
	}
}

// str moves past one string, checking its length, its UTF-8 and its
// characters; it reports whether the string holds escapes.
func (s *strict) str(path string) (escaped bool, err error) {
	start := s.i
	s.i++ // '"'
	warned, badUTF8 := false, false
	warn := func() {
		if !warned {
			warned = true
			s.warns = append(s.warns, Warning{Field: path,
				Message: "holds control or text-direction characters; they are kept, and shown escaped"})
		}
	}
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			if s.i-start > MaxFieldBytes {
				return false, tooLong(path)
			}
			return escaped, nil
		case c == '\\':
			escaped = true
			if s.i+1 >= len(s.b) {
				return false, errSyntax
			}
			if s.b[s.i+1] == 'u' && s.i+5 < len(s.b) {
				if r, err := strconv.ParseUint(string(s.b[s.i+2:s.i+6]), 16, 32); err == nil && suspicious(rune(r)) {
					warn()
				}
				s.i += 6
				continue
			}
			s.i += 2
		case c < 0x20:
			return false, errSyntax
		case c < utf8.RuneSelf:
			s.i++
		default:
			r, n := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && n <= 1 {
				if !s.lenientUTF8 {
					return false, &FieldError{Field: path, Err: fmt.Errorf("%w: save the file as UTF-8", ErrInvalidUTF8)}
				}
				if !badUTF8 {
					badUTF8 = true
					s.warns = append(s.warns, Warning{Field: path, Message: "is not valid UTF-8; the bad bytes are read as U+FFFD"})
				}
			}
			if suspicious(r) {
				warn()
			}
			s.i += n
		}
		if s.i-start > MaxFieldBytes {
			return false, tooLong(path)
		}
	}
	return false, errSyntax
}

func tooLong(path string) error {
	return &FieldError{Field: path, Err: fmt.Errorf("%w: a value is longer than %d bytes (MaxFieldBytes)", ErrTooLarge, MaxFieldBytes)}
}

// suspicious reports control characters other than tab and line breaks,
// and the Unicode format characters that reorder text on screen (an RTL
// override can make "evil.exe" read as "exe.live").
func suspicious(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

func join(path, key string) string {
	key = showKey(key)
	if path == "" {
		return key
	}
	return path + "." + key
}

// showKey makes a key fit for a message: printable and short. Keys are
// structure, not free text, but a broken file may hold anything.
func showKey(k string) string {
	if len(k) <= 64 && strings.IndexFunc(k, func(r rune) bool { return !unicode.IsPrint(r) || r == utf8.RuneError }) < 0 {
		return k
	}
	k = strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(k, "?"))
	if r := []rune(k); len(r) > 64 {
		k = string(r[:63]) + "…"
	}
	return k
}

// keySet holds the keys of one object, folded as encoding/json folds them
// when it matches a key to a field.
type keySet struct {
	small []string
	big   map[string]string
}

func (k *keySet) add(key string) (prev string, dup bool) {
	f := foldKey(key)
	if k.big != nil {
		if p, ok := k.big[f]; ok {
			return p, true
		}
		k.big[f] = key
		return "", false
	}
	for _, p := range k.small {
		if foldKey(p) == f {
			return p, true
		}
	}
	k.small = append(k.small, key)
	if len(k.small) > 16 {
		k.big = make(map[string]string, 32)
		for _, p := range k.small {
			k.big[foldKey(p)] = p
		}
		k.small = nil
	}
	return "", false
}

// foldKey maps every rune to the smallest rune of its case-folding orbit,
// so two keys fold alike exactly when strings.EqualFold holds.
func foldKey(s string) string {
	ascii := true
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s) // the smallest of 'a' and 'A' is 'A'
	}
	return strings.Map(func(r rune) rune {
		min := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < min {
				min = f
			}
		}
		return min
	}, s)
}

// CheckJSON runs the strict pre-check on a JSON document of any shape, such
// as JSON-LD: keys given twice or in two cases, strings over MaxFieldBytes,
// nesting over MaxDepth. Invalid UTF-8 is an error, or, with lenientUTF8,
// a warning (encoding/json then reads the bad bytes as U+FFFD). It reports
// no syntax errors: a decoder run afterwards does, with their offsets.
func CheckJSON(data []byte, lenientUTF8 bool) ([]Warning, error) {
	s := &strict{b: data, lenientUTF8: lenientUTF8}
	err := s.value("", nil)
	if errors.Is(err, errSyntax) {
		return s.warns, nil
	}
	return s.warns, err
}
