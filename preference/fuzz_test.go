package preference

import (
	"errors"
	"testing"
)

// FuzzDecode: any input gives a valid profile or a located *FieldError.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"a","enrolled":"2026-01-01","disclosure":"none"}`))
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
	})
}
