package preference

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

// FuzzDecode: any input gives a valid profile or a located *FieldError.
// An accepted profile reads the same under encoding/json, which matches
// keys without regard to case and lets the later win: so no accepted
// profile can hold two disclosure choices.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none"}`))
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none","disclosure":"full"}`))
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none","Disclosure":"full"}`))
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","DISCLOSURE":"full","disclosure":"none"}`))
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none","\u0064isclosure":"full"}`))
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none","hours":{"min":1,"MIN":30}}`))
	f.Add([]byte("\xef\xbb\xbf{\"id\":\"a\",\"enrolled\":\"2026-01-01\",\"disclosure\":\"full\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data, "p.json")
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.File != "p.json" {
				t.Fatalf("error without location: %v", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted an invalid profile: %v", err)
		}
		var loose Profile
		if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &loose); err != nil {
			t.Fatalf("accepted what encoding/json rejects: %v", err)
		}
		if !reflect.DeepEqual(p, loose) {
			t.Fatalf("strict read %+v, encoding/json %+v", p, loose)
		}
	})
}
