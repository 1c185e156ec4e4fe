package index

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Entry is a stored vacancy with what the index derived from it. Entries
// are shared and must not be modified.
type Entry struct {
	// hot is what retrieval reads of every candidate, kept first so that
	// it shares a cache line with the fields Select touches anyway.
	hot Hot
	*employer.Vacancy
	// TitleTokens are the title's terms as the vacancy language's analyzer
	// produces them, so a client's words can be compared term for term
	// exactly as bleve compares them.
	TitleTokens []string
	// Cells are the vacancy's location cell terms: one per precision, or
	// CellRemote, or CellUnknown.
	Cells []string
	// Occ are the vacancy's occupation terms, of every reading.
	Occ []string
	// Readings are the other plausible readings of a title the taxonomy
	// read, besides Occupation (see taxonomy.Readings); the vacancy is
	// retrieved by each.
	Readings []Reading
	// EssentialIDs and OptionalIDs are the taxonomy ids of Skills.Essential
	// and Skills.Optional, position by position; "" where the taxonomy does
	// not know the skill. A client's skills are compared by id, in any
	// language, and by text where there is no id.
	EssentialIDs, OptionalIDs []string

	emp atomic.Pointer[employer.Employer]
}

// Hot is the part of a vacancy that retrieval reads for every candidate:
// small, and copied out during selection, so that bounding a candidate's
// score does not chase pointers into the full record.
type Hot struct {
	num      int32    // the vacancy's slot, for Mark and Entry
	cellNums [2]int32 // numbers of Cells, -1 when unused, for Area
	// Posted is the posting day as days since 1970-01-01, -1 when unknown.
	Posted int32
	// Lat and Lon locate the vacancy when HasLocation.
	Lat, Lon    float64
	HasLocation bool
	Remote      bool // fully remote
	// ValidThrough is the last day to apply, as days since 1970-01-01; -1
	// when open-ended.
	ValidThrough int32
	// Reserved and Competitive classify the channel (see employer.Vacancy).
	Reserved, Competitive bool
	// HoursLo and HoursHi are weekly hours with a missing end filled from
	// the other; both 0 when not stated.
	HoursLo, HoursHi float64
	// Shifts is employer.ShiftMask of the vacancy's shifts.
	Shifts uint8
	// payUnit numbers Pay's unit (see payUnits); payMin and payMax are
	// its figures.
	payUnit        uint8
	payMin, payMax float64
}

// payUnits number the pay units Hot stores; 0 is not stated.
var payUnits = []employer.PayUnit{employer.PayNotStated, employer.PerHour, employer.PerDay, employer.PerWeek, employer.PerMonth, employer.PerYear}

// Pay is the vacancy's pay as stated, without its currency: enough to
// bound the pay factor without reading the record.
func (h Hot) Pay() employer.Pay {
	if int(h.payUnit) >= len(payUnits) {
		return employer.Pay{}
	}
	return employer.Pay{Min: h.payMin, Max: h.payMax, Unit: payUnits[h.payUnit]}
}

// Hot returns the entry's hot fields.
func (e *Entry) Hot() Hot { return e.hot }

// hotOf computes a vacancy's hot fields; the slot and cell numbers are
// filled in when the index makes it current.
func hotOf(v *employer.Vacancy) Hot {
	h := Hot{Posted: epochDay(v.Posted), ValidThrough: epochDay(v.ValidThrough),
		Reserved: v.Reserved(), Competitive: v.Competitive(),
		HoursLo: v.Hours.Min, HoursHi: v.Hours.Max, Shifts: employer.ShiftMask(v.Shifts),
		Remote: v.Remote == employer.FullRemote}
	if h.HoursLo == 0 {
		h.HoursLo = h.HoursHi
	}
	if h.HoursHi == 0 {
		h.HoursHi = h.HoursLo
	}
	if v.Location != nil {
		h.Lat, h.Lon, h.HasLocation = v.Location.Lat, v.Location.Lon, true
	}
	if i := slices.Index(payUnits, v.Pay.Unit); i > 0 {
		h.payUnit, h.payMin, h.payMax = uint8(i), v.Pay.Min, v.Pay.Max
	}
	return h
}

// epochDay is d as days since 1970-01-01, or -1 for the zero Date.
func epochDay(d employer.Date) int32 {
	if d.IsZero() {
		return -1
	}
	return int32(d.Time().Unix() / 86400)
}

// EpochDay is d as days since 1970-01-01, as Hot.Posted counts them.
func EpochDay(d employer.Date) int32 { return epochDay(d) }

// Employer returns the vacancy's employer as stored now, or nil when the
// vacancy names none or the index does not hold it. The index keeps this
// link current as employers are added, updated and deleted, so scoring
// needs no look-up per candidate.
func (e *Entry) Employer() *employer.Employer { return e.emp.Load() }

// Geohash precisions of the location cells: about 4.9 x 4.9 km and
// 1.2 x 0.6 km. The matcher picks the finer one for short commutes.
const (
	CoarseCell = 5
	FineCell   = 6
)

// WideCell is the geohash precision of the wide cells (about 39 x 19.5
// km) bleve indexes beside the others: a word search within reach asks
// for the few wide cells around it, not the hundreds of coarse ones, and
// the exact area is checked on the hot fields.
const WideCell = 4

// wideTerm is the wide cell holding a cell term (itself for one that is
// not a place).
func wideTerm(cell string) string {
	if len(cell) > 3 && cell[0] == 'g' && cell[2] == ':' && len(cell)-3 >= WideCell {
		return "g" + string(rune('0'+WideCell)) + ":" + cell[3:3+WideCell]
	}
	return cell
}

// Cell terms that are not places.
const (
	CellRemote  = "remote"  // fully remote work: no commute
	CellUnknown = "nowhere" // no coordinates: commute unknown
)

// CellTerm is the indexed term of the geohash cell of p at precision.
func CellTerm(p employer.Point, precision int) string {
	return "g" + string(rune('0'+precision)) + ":" + geo.Geohash(p, precision)
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

// Reading is one more occupation a vacancy's title was read as, with its
// confidence against the first reading, in (0,1].
type Reading struct {
	employer.Occupation
	Confidence float64 `json:"confidence"`
}

// UnreadTerm is the occupation term of a vacancy with no occupation: the
// taxonomy could not read its title, and it is found by a client's words.
const UnreadTerm = "c:-"

// VacancyOccTerms are the indexed occupation terms of a vacancy: those of
// its occupation and of every other reading of its title, or UnreadTerm
// when it has none.
func VacancyOccTerms(o employer.Occupation, readings []Reading) []string {
	t := OccTerms(o)
	for _, r := range readings {
		for _, x := range OccTerms(r.Occupation) {
			if !slices.Contains(t, x) {
				t = append(t, x)
			}
		}
	}
	if len(t) == 0 {
		t = append(t, UnreadTerm)
	}
	return t
}

// CodeTerm, UnitTerm, MinorTerm and SubMajorTerm name an occupation code and
// the ISCO groups it belongs to.
func CodeTerm(code string) string { return "c:" + strings.ToLower(code) }

// UnitTerm is the term of the ISCO unit group (4 digits).
func UnitTerm(isco string) string { return "u:" + isco }

// MinorTerm is the term of the ISCO minor group (3 digits).
func MinorTerm(isco string) string { return "m:" + isco[:3] }

// SubMajorTerm is the term of the ISCO sub-major group (2 digits).
func SubMajorTerm(isco string) string { return "s:" + isco[:2] }

// cellTerms places a record in exactly one cell per precision (or in the
// remote or unknown cell), so cell counts add up without overlap.
func cellTerms(loc *employer.Point, remote employer.Remote) []string {
	switch {
	case remote == employer.FullRemote:
		return []string{CellRemote}
	case loc == nil:
		return []string{CellUnknown}
	}
	return []string{CellTerm(*loc, CoarseCell), CellTerm(*loc, FineCell)}
}

// Analyze returns the terms of text as the analyzer of lang produces them
// (bleve's standard analyzer for languages without their own).
func (ix *Index) Analyze(lang, text string) []string {
	return analyze(ix.analyzer(lang), text)
}

func (ix *Index) analyzer(lang string) analysis.Analyzer {
	name, ok := langAnalyzer[lang]
	if !ok {
		name = "standard"
	}
	return ix.mapping.AnalyzerNamed(name)
}

func analyze(a analysis.Analyzer, text string) []string {
	if a == nil || text == "" {
		return nil
	}
	ts := a.Analyze([]byte(text))
	out := make([]string, 0, len(ts))
	seen := map[string]bool{}
	for _, tok := range ts {
		w := string(tok.Term)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
