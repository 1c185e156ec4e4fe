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

// FuzzReadRecords feeds the same bytes to the readers of employers,
// contacts and placements: each returns records that validate, or a
// located *FieldError, and a warning always names its file.
func FuzzReadRecords(f *testing.F) {
	f.Add([]byte(`{"id":"e1","name":"A","NAME":"B","sector":{"code":"I56"}}` + "\n"))
	f.Add([]byte(`{"id":"c1","employer_id":"e1","specialist":"s","at":"2026-06-01T12:30:00+02:00","type":"phone","purpose":"introduction"}` + "\n"))
	f.Add([]byte(`{"id":"p1","client_id":"c","employer_id":"e","title":"\u001b[2J","start":"2026-03-16"}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(err error, ws []Warning) {
			if err != nil {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.File != "f.jsonl" {
					t.Fatalf("error without location: %v", err)
				}
			}
			for _, w := range ws {
				if w.File != "f.jsonl" || w.Line == 0 {
					t.Fatalf("warning without location: %v", w)
				}
			}
		}
		var rd Reader
		_, err := rd.Employers(bytes.NewReader(data), "f.jsonl")
		check(err, rd.Warnings)
		rd = Reader{}
		_, err = rd.Contacts(bytes.NewReader(data), "f.jsonl")
		check(err, rd.Warnings)
		rd = Reader{}
		_, err = rd.Placements(bytes.NewReader(data), "f.jsonl")
		check(err, rd.Warnings)
	})
}
