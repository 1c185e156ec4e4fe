package safetext

import (
	"io"
	"unicode/utf8"
)

// Writer escapes everything written through it as String does, and passes
// the result to the underlying writer. A UTF-8 sequence split across two
// Writes is held back until it is complete, so it is not mistaken for
// invalid bytes; Flush writes out a sequence left incomplete at the end.
type Writer struct {
	// KeepCR passes carriage returns through, for a progress line redrawn
	// in place on a terminal. A CR only moves the cursor to the start of
	// the line; it cannot change the terminal's state.
	KeepCR bool

	w       io.Writer
	pending [utf8.UTFMax]byte
	np      int
	buf     []byte
}

// NewWriter returns a Writer that writes escaped text to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p and writes it. It returns len(p) when the underlying
// write succeeds, whatever the length of the escaped text.
func (w *Writer) Write(p []byte) (int, error) {
	in := p
	if w.np > 0 {
		in = append(w.pending[:w.np:w.np], p...)
		w.np = 0
	}
	// Hold back a trailing prefix of a multi-byte sequence.
	keep := incompleteTail(in)
	body := in[:len(in)-keep]
	if keep > 0 {
		w.np = copy(w.pending[:], in[len(in)-keep:])
	}
	if len(body) == 0 {
		return len(p), nil
	}
	if clean(body) || w.KeepCR && cleanButCR(body) {
		if _, err := w.w.Write(body); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	w.buf = appendEscaped(w.buf[:0], body)
	if _, err := w.w.Write(w.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes, escaped, any incomplete UTF-8 sequence held back.
func (w *Writer) Flush() error {
	if w.np == 0 {
		return nil
	}
	w.buf = appendEscaped(w.buf[:0], w.pending[:w.np])
	w.np = 0
	_, err := w.w.Write(w.buf)
	return err
}

// incompleteTail returns how many bytes at the end of b start a multi-byte
// UTF-8 sequence that more bytes could complete.
func incompleteTail(b []byte) int {
	for n := 1; n < utf8.UTFMax && n <= len(b); n++ {
		c := b[len(b)-n]
		if c < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-n:]) {
				return n
			}
			return 0
		}
	}
	return 0
}

// cleanButCR reports whether b needs no escaping other than of carriage
// returns.
func cleanButCR(b []byte) bool {
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != '\r' {
			i++
		}
		if !clean(b[:i]) {
			return false
		}
		if i == len(b) {
			break
		}
		b = b[i+1:]
	}
	return true
}
