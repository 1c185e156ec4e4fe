package safetext

import (
	"strings"
	"unicode/utf8"
)

// unsafe reports the runes String escapes: C0 controls other than tab and
// line feed, DEL, C1 controls (U+0080 to U+009F), and the bidirectional
// embedding, override and isolate controls, which reorder what is shown.
func unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

const hex = "0123456789abcdef"

// clean reports whether b needs no escaping; the common case costs one pass.
func clean(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || unsafe(r) {
			return false
		}
		i += n
	}
	return true
}

// appendEscaped appends b to dst with every unsafe rune written as \xHH
// (C0 and DEL) or \uHHHH (C1 and bidirectional controls), and every byte
// that is not part of valid UTF-8 as \xHH.
func appendEscaped(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				dst = append(dst, '\\', 'x', hex[c>>4], hex[c&0xf])
			} else {
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, '\\', 'x', hex[c>>4], hex[c&0xf])
		case unsafe(r):
			dst = append(dst, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			dst = append(dst, b[i:i+n]...)
		}
		i += n
	}
	return dst
}

// String returns s with control characters, bidirectional controls and
// invalid UTF-8 written as visible escapes; see the package comment. Text
// that needs no escaping is returned as is.
func String(s string) string {
	if clean([]byte(s)) {
		return s
	}
	var b strings.Builder
	b.Write(appendEscaped(make([]byte, 0, len(s)+8), []byte(s)))
	return b.String()
}
