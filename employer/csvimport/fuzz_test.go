package csvimport

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
)

// FuzzRead feeds the same bytes to the three readers: none may panic, and
// whatever they return must validate.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.csv"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("id;name;sector_code;lat;lon\ne1;A;I56;44,5;11,2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opt := Options{Today: today}
		if emps, err := ReadEmployers(bytes.NewReader(data), "f.csv", opt); err == nil {
			for i := range emps {
				mustValidate(t, emps[i].Validate())
			}
		}
		if vacs, err := ReadVacancies(bytes.NewReader(data), "f.csv", opt); err == nil {
			for i := range vacs {
				mustValidate(t, vacs[i].Validate())
			}
		}
		if cs, err := ReadContacts(bytes.NewReader(data), "f.csv", opt); err == nil {
			for i := range cs {
				mustValidate(t, cs[i].Validate())
				if cs[i].Day().After(today) {
					t.Fatalf("contact %s after today", cs[i].ID)
				}
			}
		}
	})
}

func mustValidate(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		var fe *employer.FieldError
		t.Fatalf("returned record does not validate: %v (%T)", err, fe)
	}
}
