// Package civil holds the calendar date type shared by the employer and
// preference packages: a day without a time zone, written YYYY-MM-DD.
package civil

import (
	"encoding/json"
	"fmt"
	"time"
)

// Layout is the only accepted text form of a Date.
const Layout = "2006-01-02"

// Date is a calendar day. The zero Date means "not given".
type Date struct{ t time.Time }

// D builds a Date from year, month and day.
func D(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// Parse reads a YYYY-MM-DD date; the empty string gives the zero Date.
func Parse(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(Layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// MustParse is Parse for literals in tests and examples; it returns the zero
// Date on error rather than panicking.
func MustParse(s string) Date { d, _ := Parse(s); return d }

// Of returns the calendar day of t in t's location.
func Of(t time.Time) Date { return D(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return d.t }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(Layout)
}

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }

// plain reports whether b holds only digits and dashes, which JSON
// writes unescaped.
func plain(b []byte) bool {
	for _, c := range b {
		if (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.t.After(o.t) }

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// DaysSince returns the whole days from o to d (negative when d is before o).
func (d Date) DaysSince(o Date) int { return int(d.t.Sub(o.t).Hours() / 24) }

// MarshalJSON writes "YYYY-MM-DD", or "" for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(Layout)+2)
	b = append(b, '"')
	return append(d.Append(b), '"'), nil
}

// Append appends the date as YYYY-MM-DD to b, nothing for the zero Date.
// Every stored vacancy has two dates, so this is written by hand: through
// time.Format, formatting them was a twentieth of an import.
func (d Date) Append(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	y, m, day := d.t.Date()
	if y < 0 || y > 9999 {
		return d.t.AppendFormat(b, Layout)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+day/10), byte('0'+day%10))
}

// UnmarshalJSON reads "YYYY-MM-DD" or "".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && plain(b[1:n-1]) {
		s = string(b[1 : n-1])
	} else if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date must be a string YYYY-MM-DD")
	}
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
