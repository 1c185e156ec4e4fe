package record

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

type fuzzRec struct {
	ID   string   `json:"id"`
	Tags []string `json:"tags"`
	Pay  *struct {
		Min  float64 `json:"min"`
		Unit string  `json:"unit"`
	} `json:"pay"`
	Extra map[string]any `json:"extra"`
}

// FuzzDecodeJSON: the strict decoder either rejects the input with a
// FieldError, or accepts it and agrees with encoding/json. It can never
// accept a document in which encoding/json would let a later key, in any
// case, override an earlier one, since then the two would disagree on some
// input.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","tags":["x"],"pay":{"min":1,"unit":"hour"}}`))
	f.Add([]byte(`{"id":"a","ID":"b"}`))
	f.Add([]byte(`{"pay":{"unit":"hour","Unit":"day"}}`))
	f.Add([]byte(`{"extra":{"k":1,"K":2}}`))
	f.Add([]byte(`{"id":"\u0069d","i\u0064":"x"}`))
	f.Add([]byte("\xef\xbb\xbf{\"id\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var strict fuzzRec
		_, err := DecodeJSONWarn(data, &strict)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error is not a FieldError: %v", err)
			}
			return
		}
		var loose fuzzRec
		if err := json.Unmarshal(trimBOM(data), &loose); err != nil {
			t.Fatalf("strict accepted what encoding/json rejects: %v", err)
		}
		if !reflect.DeepEqual(strict, loose) {
			t.Fatalf("strict %+v, encoding/json %+v", strict, loose)
		}
	})
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && string(b[:3]) == string(UTF8BOM) {
		return b[3:]
	}
	return b
}
