package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
)

// UTF8BOM is the byte order mark spreadsheets write at the start of a
// UTF-8 file; readers skip it.
var UTF8BOM = []byte{0xEF, 0xBB, 0xBF}

// DecodeJSON decodes one JSON value strictly into v: unknown fields, keys
// given twice or in another case, wrong types, invalid UTF-8 and values over
// the size limits are FieldErrors naming the field. It does not validate.
func DecodeJSON(data []byte, v any) error {
	_, err := DecodeJSONWarn(data, v)
	return err
}

// DecodeJSONWarn is DecodeJSON that also returns the warnings about what
// it accepted, such as control characters in a text field.
func DecodeJSONWarn(data []byte, v any) ([]Warning, error) {
	if len(data) > MaxLineBytes {
		return nil, &FieldError{Err: fmt.Errorf("%w: the record is longer than %d bytes (MaxLineBytes)", ErrTooLarge, MaxLineBytes)}
	}
	data = bytes.TrimPrefix(data, UTF8BOM)
	id := ""
	warns, err := checkJSON(data, shapeOf(reflect.TypeOf(v)))
	if err != nil {
		var fe *FieldError
		if errors.As(err, &fe) {
			fe.Record = peekID(data)
		}
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		fe := jsonFieldError(err)
		fe.Record = peekID(data)
		return nil, fe
	}
	// Only JSON's own white space may follow the value: bytes.TrimSpace
	// would also pass a form feed or a no-break space, which
	// encoding/json rejects.
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, &FieldError{Record: peekID(data), Err: fmt.Errorf("%w: more than one JSON value, or text after it", ErrMalformed)}
	}
	if len(warns) > 0 {
		id = peekID(data)
	}
	for i := range warns {
		warns[i].Record = id
	}
	return warns, nil
}

func jsonFieldError(err error) *FieldError {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return &FieldError{Field: te.Field, Err: fmt.Errorf("%w: got a JSON %s, want %s", ErrMalformed, kindOfJSON(te.Value), te.Type)}
	case errors.As(err, &se):
		return &FieldError{Err: fmt.Errorf("%w: not valid JSON at byte %d", ErrMalformed, se.Offset)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Err: fmt.Errorf("%w: truncated JSON", ErrMalformed)}
	}
	// The pre-check has named the field of every other error it can; keep
	// only the sentinel, since custom decoders may quote the value.
	return &FieldError{Err: ErrMalformed}
}

// kindOfJSON turns encoding/json's "number 1e999" into "number", so that
// the message never repeats what was written.
func kindOfJSON(v string) string {
	if i := bytes.IndexByte([]byte(v), ' '); i > 0 {
		return v[:i] + " out of range"
	}
	return v
}

var idRe = regexp.MustCompile(`"id"\s*:\s*"([^"\\]{1,200})"`)

// peekID finds the "id" of a record that failed to decode, for the
// message; for JSON too broken to parse it looks for the text "id": "...".
func peekID(b []byte) string {
	var probe struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(b, &probe) == nil {
		if s, ok := probe.ID.(string); ok {
			return s
		}
		return ""
	}
	if m := idRe.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

// Record is what ReadJSONL needs of a record type.
type Record interface {
	Validate() error
	RecordID() string
}

// ReadJSONL reads JSON Lines of records from r, decoding each strictly and
// validating it; file names the source in errors and warnings. A UTF-8 BOM
// at the start, blank lines and lines starting with '#' are skipped; CRLF
// line ends are accepted. A line over MaxLineBytes is an error. It stops at
// the first bad record so that a caller can refuse the whole batch.
func ReadJSONL[T any, PT interface {
	*T
	Record
}](r io.Reader, file string) ([]T, []Warning, error) {
	var (
		out   []T
		warns []Warning
	)
	err := EachJSONL[T, PT](r, file, func(rec T, ws []Warning) error {
		out = append(out, rec)
		warns = append(warns, ws...)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out, warns, nil
}

// EachJSONL is ReadJSONL one record at a time: it calls fn with each
// record, decoded, validated and checked against the ids before it, and
// with that record's warnings, holding no more than one line and the ids
// seen. It stops at the first bad record, or at the first error fn
// returns, and returns that error.
func EachJSONL[T any, PT interface {
	*T
	Record
}](r io.Reader, file string, fn func(rec T, warnings []Warning) error) error {
	seen := map[string]int{}
	lr := lineReader{r: bufio.NewReaderSize(r, 64*1024)}
	for {
		raw, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return Locate(err, file, lr.line)
		}
		b := bytes.TrimSpace(raw)
		if lr.line == 1 {
			b = bytes.TrimSpace(bytes.TrimPrefix(b, UTF8BOM))
		}
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var rec T
		ws, err := DecodeJSONWarn(b, &rec)
		if err != nil {
			return Locate(err, file, lr.line)
		}
		if err := PT(&rec).Validate(); err != nil {
			return Locate(err, file, lr.line)
		}
		id := PT(&rec).RecordID()
		if prev, dup := seen[id]; dup {
			return &FieldError{File: file, Line: lr.line, Record: id, Field: "id",
				Err: fmt.Errorf("%w: also on line %d", ErrDuplicateID, prev)}
		}
		seen[id] = lr.line
		if err := fn(rec, LocateWarnings(ws, file, lr.line, id)); err != nil {
			return err
		}
	}
}

// lineReader returns one line at a time, refusing lines over MaxLineBytes
// without holding more than that.
type lineReader struct {
	r    *bufio.Reader
	buf  []byte
	line int
}

func (l *lineReader) next() ([]byte, error) {
	l.buf = l.buf[:0]
	l.line++
	for {
		chunk, err := l.r.ReadSlice('\n')
		if len(l.buf)+len(chunk) > MaxLineBytes+2 { // +2 for CRLF
			return nil, &FieldError{Err: fmt.Errorf("%w: the line is longer than %d bytes (MaxLineBytes)", ErrTooLarge, MaxLineBytes)}
		}
		l.buf = append(l.buf, chunk...)
		switch {
		case err == nil:
			return l.buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(l.buf) == 0 {
				return nil, io.EOF
			}
			return l.buf, nil
		default:
			return nil, err
		}
	}
}
