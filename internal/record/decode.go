package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// DecodeJSON decodes one JSON value strictly into v: unknown fields and
// wrong types are FieldErrors naming the field. It does not validate.
func DecodeJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		fe := jsonFieldError(err)
		fe.Record = peekID(data)
		return fe
	}
	if dec.More() {
		return &FieldError{Record: peekID(data), Err: fmt.Errorf("%w: more than one JSON value", ErrMalformed)}
	}
	return nil
}

func jsonFieldError(err error) *FieldError {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return &FieldError{Field: te.Field, Err: fmt.Errorf("%w: got a JSON %s, want %s", ErrMalformed, te.Value, te.Type)}
	case errors.As(err, &se):
		return &FieldError{Err: fmt.Errorf("%w: %v (at byte %d)", ErrMalformed, se, se.Offset)}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &FieldError{Field: name, Err: fmt.Errorf("%w %q", ErrUnknownField, name)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Err: fmt.Errorf("%w: truncated JSON", ErrMalformed)}
	}
	// Errors from custom UnmarshalJSON methods (dates) do not name their
	// field; keep their text.
	return &FieldError{Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
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
// validating it; file names the source in errors. Blank lines and lines
// starting with '#' are skipped. It stops at the first bad record so that a
// caller can refuse the whole batch.
func ReadJSONL[T any, PT interface {
	*T
	Record
}](r io.Reader, file string) ([]T, error) {
	var out []T
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var rec T
		if err := DecodeJSON(b, &rec); err != nil {
			return nil, Locate(err, file, line)
		}
		if err := PT(&rec).Validate(); err != nil {
			return nil, Locate(err, file, line)
		}
		id := PT(&rec).RecordID()
		if prev, dup := seen[id]; dup {
			return nil, &FieldError{File: file, Line: line, Record: id, Field: "id",
				Err: fmt.Errorf("%w: also on line %d", ErrDuplicateID, prev)}
		}
		seen[id] = line
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, &FieldError{File: file, Line: line + 1, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	return out, nil
}
