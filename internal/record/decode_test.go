package record

import (
	"errors"
	"strings"
	"testing"
)

type rec struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Pay   struct {
		Min float64 `json:"min"`
	} `json:"pay"`
}

func (r *rec) Validate() error  { return nil }
func (r *rec) RecordID() string { return r.ID }

// A line over MaxLineBytes names the limit and the line, not
// "bufio.Scanner: token too long".
func TestReadJSONLLineOverLimit(t *testing.T) {
	long := `{"id":"b","title":"` + strings.Repeat("x", MaxLineBytes) + `"}`
	in := `{"id":"a","title":"ok"}` + "\n" + long + "\n"
	_, _, err := ReadJSONL[rec](strings.NewReader(in), "v.jsonl")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "v.jsonl line 2: ") || !strings.Contains(msg, "1048576 bytes (MaxLineBytes)") {
		t.Fatalf("message %q does not name line 2 and the limit", msg)
	}
}

// A record exactly at the line limit is read.
func TestReadJSONLLongLineUnderLimit(t *testing.T) {
	title := strings.Repeat("x", MaxFieldBytes-2)
	in := `{"id":"a","title":"` + title + `"}` + "\r\n"
	got, _, err := ReadJSONL[rec](strings.NewReader(in), "v.jsonl")
	if err != nil || len(got) != 1 || got[0].Title != title {
		t.Fatalf("got %d records, %v", len(got), err)
	}
}

func TestDecodeJSONKeys(t *testing.T) {
	cases := []struct {
		name, in, field string
		want            error
	}{
		{"a key given twice", `{"id":"a","id":"b"}`, "id", ErrDuplicateKey},
		{"a key in two cases", `{"id":"a","ID":"b"}`, "ID", ErrDuplicateKey},
		{"a key in the wrong case", `{"ID":"b"}`, "ID", ErrUnknownField},
		{"a nested key in two cases", `{"pay":{"min":1,"MIN":2}}`, "pay.MIN", ErrDuplicateKey},
		{"a nested unknown key", `{"pay":{"bonus":1}}`, "pay.bonus", ErrUnknownField},
		{"a wrong type", `{"pay":{"min":"x"}}`, "pay.min", ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r rec
			err := DecodeJSON([]byte(c.in), &r)
			var fe *FieldError
			if !errors.Is(err, c.want) || !errors.As(err, &fe) || fe.Field != c.field {
				t.Fatalf("got %v, want %v naming %q", err, c.want, c.field)
			}
		})
	}
}

// Only JSON's white space may follow a record: a form feed or a no-break
// space after it is text encoding/json rejects, and so is it here.
func TestDecodeJSONRejectsOtherSpaceAfterTheValue(t *testing.T) {
	for _, tail := range []string{"\f", "\v", "\u00a0", "\u0085"} {
		var r rec
		if _, err := DecodeJSONWarn([]byte(`{"id":"a"}`+tail), &r); !errors.Is(err, ErrMalformed) {
			t.Errorf("%q after the value: got %v, want ErrMalformed", tail, err)
		}
	}
	var r rec
	if _, err := DecodeJSONWarn([]byte("{\"id\":\"a\"} \t\r\n"), &r); err != nil || r.ID != "a" {
		t.Fatalf("JSON white space after the value: %v", err)
	}
}
