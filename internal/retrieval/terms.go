package retrieval

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Geohash precisions of the location cells: about 4.9 x 4.9 km and
// 1.2 x 0.6 km. The matcher picks the finer one for short commutes.
const (
	CoarseCell = 5
	FineCell   = 6
)

// Cell terms that are not places.
const (
	CellRemote  = "remote"  // fully remote work: no commute
	CellUnknown = "nowhere" // no coordinates: commute unknown
)

// CellTerm is the indexed term of the geohash cell of p at precision.
func CellTerm(p employer.Point, precision int) string {
	return "g" + string(rune('0'+precision)) + ":" + geo.Geohash(p, precision)
}

// fineCell is a fine cell term, for its length and prefix.
var fineCell = CellTerm(employer.Point{}, FineCell)

// CoarseOf is the coarse cell holding a cell term: itself for a coarse
// cell or one that is not a place, its parent for a fine cell.
func CoarseOf(cell string) string {
	if len(cell) == len(fineCell) && cell[:3] == fineCell[:3] {
		return "g" + string(rune('0'+CoarseCell)) + ":" + cell[3:3+CoarseCell]
	}
	return cell
}

// OccTerms are the indexed terms of an occupation: its code and its ISCO
// unit, minor and sub-major groups.
func OccTerms(o employer.Occupation) []string {
	var t []string
	if o.Code != "" {
		t = append(t, CodeTerm(o.Code))
	}
	if len(o.ISCO) == 4 {
		t = append(t, UnitTerm(o.ISCO), MinorTerm(o.ISCO), SubMajorTerm(o.ISCO))
	}
	return t
}

// UnreadTerm is the occupation term of a vacancy with no occupation: the
// taxonomy could not read its title, and it is found by a client's words.
const UnreadTerm = "c:-"

// CodeTerm is the term of an occupation code.
func CodeTerm(code string) string { return "c:" + strings.ToLower(code) }

// UnitTerm is the term of the ISCO unit group (4 digits).
func UnitTerm(isco string) string { return "u:" + isco }

// MinorTerm is the term of the ISCO minor group (3 digits).
func MinorTerm(isco string) string { return "m:" + isco[:3] }

// SubMajorTerm is the term of the ISCO sub-major group (2 digits).
func SubMajorTerm(isco string) string { return "s:" + isco[:2] }
