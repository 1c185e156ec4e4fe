package employer

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzReadVacancies: any input gives records that validate, or a located
// *FieldError; never a panic.
func FuzzReadVacancies(f *testing.F) {
	f.Add([]byte(goodVacancy + "\n"))
	f.Add([]byte(`{"id":"v","title":"x","hours":{"min":5}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		vs, err := ReadVacancies(bytes.NewReader(data), "f.jsonl")
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.File != "f.jsonl" {
				t.Fatalf("error without location: %v", err)
			}
			return
		}
		for i := range vs {
			if err := vs[i].Validate(); err != nil {
				t.Fatalf("accepted an invalid record: %v", err)
			}
		}
	})
}
