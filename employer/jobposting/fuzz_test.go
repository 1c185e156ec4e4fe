package jobposting

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode checks that Decode never panics, fails only with its own
// errors, and returns only vacancies and employers that validate. Seeds are
// in testdata/fuzz/FuzzDecode and the fixtures of testdata.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, skipped, err := Decode(data, "fuzz", Options{})
		if err != nil {
			if !errors.Is(err, ErrNoJobPosting) && !errors.Is(err, ErrMalformedJSONLD) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			if recs != nil || skipped != nil {
				t.Fatalf("results returned with an error")
			}
			return
		}
		for _, r := range recs {
			if err := r.Vacancy.Validate(); err != nil {
				t.Fatalf("vacancy does not validate: %v", err)
			}
			if r.Employer != nil {
				if err := r.Employer.Validate(); err != nil {
					t.Fatalf("employer does not validate: %v", err)
				}
			}
			if l := r.Vacancy.Location; l != nil && l.Lat == 0 && l.Lon == 0 {
				t.Fatalf("vacancy placed at 0,0")
			}
		}
	})
}

func FuzzParseWorkHours(f *testing.F) {
	for _, s := range []string{"Part-time 20 ore settimanali, turni serali", "dalle 22:00 alle 06:00", "9 to 5", "6-14 / 14-22", "24/7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := ParseWorkHours(s)
		if w.HoursPerWeek.Min < 0 || w.HoursPerWeek.Max > 80 || w.HoursPerWeek.Min > w.HoursPerWeek.Max {
			t.Fatalf("weekly hours %+v out of range for %q", w.HoursPerWeek, s)
		}
		if w.HoursPerDay < 0 || w.HoursPerDay > 24 {
			t.Fatalf("daily hours %v out of range for %q", w.HoursPerDay, s)
		}
	})
}
