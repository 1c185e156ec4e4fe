package csvimport

import (
	"fmt"
	textfold "github.com/ipsmatch/ipsmatch/internal/fold"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// builder reads the cells of one row by column name. The first bad cell is
// kept in err; later reads return zero values, and the row is refused.
type builder struct {
	cells map[string]string
	opt   Options
	err   *employer.FieldError
}

func (b *builder) fail(col string, sentinel error, format string, args ...any) {
	if b.err == nil {
		b.err = &employer.FieldError{Field: col, Err: fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))}
	}
}

func (b *builder) text(col string) string { return b.cells[col] }

// enum reads an enumerated value in lower case with spaces and hyphens as
// underscores ("Fixed term" is fixed_term); Validate checks the value.
func (b *builder) enum(col string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(b.cells[col]), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}), "_")
}

// number reads a decimal written with '.' or ','; a lone separator is the
// decimal one, and with both the last one is ("1.234,50").
func (b *builder) number(col string) float64 {
	s := b.cells[col]
	if s == "" {
		return 0
	}
	f, ok := parseDecimal(s)
	if !ok {
		b.fail(col, employer.ErrMalformed, "%q is not a number", s)
	}
	return f
}

func parseDecimal(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	dot, comma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	switch {
	case dot >= 0 && comma > dot:
		s = strings.Replace(strings.ReplaceAll(s, ".", ""), ",", ".", 1)
	case comma >= 0 && dot > comma:
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0:
		if strings.Count(s, ",") > 1 {
			return 0, false
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	if strings.ContainsAny(s, "xXpP_") { // hexadecimal and underscores are not spreadsheet numbers
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// boolean reads yes/no, true/false, si/sì/no, y/n and 1/0; empty is false.
func (b *builder) boolean(col string) bool {
	switch fold(b.cells[col]) {
	case "", "no", "n", "false", "0":
		return false
	case "yes", "y", "true", "1", "si":
		return true
	}
	b.fail(col, employer.ErrUnknownValue, "%q (want yes or no)", b.cells[col])
	return false
}

// date reads YYYY-MM-DD or DD/MM/YYYY.
func (b *builder) date(col string) employer.Date {
	s := b.cells[col]
	if s == "" {
		return employer.Date{}
	}
	for _, layout := range []string{"2006-01-02", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return civil.D(t.Year(), t.Month(), t.Day())
		}
	}
	b.fail(col, employer.ErrMalformed, "%q is not a date (YYYY-MM-DD or DD/MM/YYYY)", s)
	return employer.Date{}
}

var clockRe = regexp.MustCompile(`^([0-9]{1,2})[:.]([0-9]{2})$`)

// clock reads H:MM or H.MM and returns it as HH:MM.
func (b *builder) clock(col string) (string, int, int) {
	s := b.cells[col]
	if s == "" {
		return "", 0, 0
	}
	m := clockRe.FindStringSubmatch(s)
	if m != nil {
		h, _ := strconv.Atoi(m[1])
		mm, _ := strconv.Atoi(m[2])
		if h < 24 && mm < 60 {
			return fmt.Sprintf("%02d:%02d", h, mm), h, mm
		}
	}
	b.fail(col, employer.ErrMalformed, "%q is not a time (HH:MM)", s)
	return "", 0, 0
}

// list splits a cell on any of seps, dropping empty items.
func (b *builder) list(col, seps string) []string {
	var out []string
	for _, item := range strings.FieldsFunc(b.cells[col], func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// point reads the lat and lon columns: both or neither.
func (b *builder) point() *employer.Point {
	lat, lon := b.cells["lat"], b.cells["lon"]
	switch {
	case lat == "" && lon == "":
		return nil
	case lat == "":
		b.fail("lat", employer.ErrRequired, "lon is given without lat")
		return nil
	case lon == "":
		b.fail("lon", employer.ErrRequired, "lat is given without lon")
		return nil
	}
	p := &employer.Point{Lat: b.number("lat"), Lon: b.number("lon")}
	if b.err != nil {
		return nil
	}
	return p
}

var (
	iscoRe = regexp.MustCompile(`^[0-9]{4}$`)
	escoRe = regexp.MustCompile(`^[0-9]{4}(\.[0-9]+)+$`)
)

// occupation reads one typical_occupations entry: code|isco|label, or a
// single ISCO code, ESCO code or label.
func occupation(entry string) employer.Occupation {
	if strings.Contains(entry, "|") {
		parts := strings.SplitN(entry, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		return employer.Occupation{Code: strings.TrimSpace(parts[0]), ISCO: strings.TrimSpace(parts[1]), Label: strings.TrimSpace(parts[2])}
	}
	switch {
	case iscoRe.MatchString(entry):
		return employer.Occupation{ISCO: entry}
	case escoRe.MatchString(entry):
		return employer.Occupation{Code: entry, ISCO: entry[:4]}
	}
	return employer.Occupation{Label: entry}
}

// fold returns s trimmed, in lower case, with accents folded.
func fold(s string) string { return textfold.String(strings.TrimSpace(s)) }
