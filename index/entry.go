package index

import (
	"encoding/binary"
	"hash/fnv"
	"slices"
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/ipsmatch/ipsmatch/employer"
)

// Entry is a stored vacancy with what the index derived from it. Entries
// are shared and must not be modified.
type Entry struct {
	// hot is what retrieval reads of every candidate, kept first so that
	// it shares a cache line with the fields Select touches anyway.
	hot retrieval.Hot
	*employer.Vacancy
	// TitleTokens are the title's terms as the vacancy language's analyzer
	// produces them, so a client's words can be compared term for term
	// exactly as bleve compares them.
	TitleTokens []string
	// Cells are the vacancy's location cell terms: one per precision, or
	// retrieval.CellRemote, or retrieval.CellUnknown.
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

// hotFields returns the entry's hot fields.
func (e *Entry) hotFields() retrieval.Hot { return e.hot }

// hotOf computes a vacancy's hot fields; the slot and cell numbers are
// filled in when the index makes it current.
func hotOf(v *employer.Vacancy) retrieval.Hot {
	h := retrieval.Hot{Posted: epochDay(v.Posted), ValidThrough: epochDay(v.ValidThrough),
		Reserved: v.Reserved(), Competitive: v.Competitive(),
		HoursLo: v.Hours.Min, HoursHi: v.Hours.Max, HoursMinStated: v.Hours.Min > 0, Shifts: employer.ShiftMask(v.Shifts),
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
	h.Start = retrieval.StartNone
	if v.EarliestStart != "" {
		h.Start = retrieval.StartUnread
		if m, ok := retrieval.ClockMinutes(v.EarliestStart); ok {
			h.Start = m
		}
	}
	for d, l := range [...]employer.Level{v.Environment.Social, v.Environment.Noise, v.Environment.Outdoor, v.Environment.Physical} {
		h.Env |= uint8(l.Rank()) << (2 * d)
	}
	if i := slices.Index(retrieval.PayUnits, v.Pay.Unit); i > 0 {
		h.PayUnit, h.PayMin, h.PayMax = uint8(i), v.Pay.Min, v.Pay.Max
	}
	return h
}

// skillsPrint fingerprints a vacancy's skills and their taxonomy ids
// (retrieval.Hot.Skills): FNV-1a over each list's length and strings, 0
// when none are listed.
func skillsPrint(sk employer.Skills, essential, optional []string) uint64 {
	if len(sk.Essential)+len(sk.Optional) == 0 {
		return 0
	}
	h := fnv.New64a()
	var n [8]byte
	for _, l := range [][]string{sk.Essential, essential, sk.Optional, optional} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(l)))
		h.Write(n[:])
		for _, s := range l {
			binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
			h.Write(n[:])
			h.Write([]byte(s))
		}
	}
	return max(1, h.Sum64())
}

// epochDay is d as days since 1970-01-01, or -1 for the zero Date.
func epochDay(d employer.Date) int32 {
	if d.IsZero() {
		return -1
	}
	return int32(d.Time().Unix() / 86400)
}

// Employer returns the vacancy's employer as stored now, or nil when the
// vacancy names none or the index does not hold it. The index keeps this
// link current as employers are added, updated and deleted, so scoring
// needs no look-up per candidate.
func (e *Entry) Employer() *employer.Employer { return e.emp.Load() }

// Reading is one more occupation a vacancy's title was read as, with its
// confidence against the first reading, in (0,1].
type Reading struct {
	employer.Occupation
	Confidence float64 `json:"confidence"`
}

// vacancyOccTerms are the indexed occupation terms of a vacancy: those of
// its occupation and of every other reading of its title, or retrieval.UnreadTerm
// when it has none.
func vacancyOccTerms(o employer.Occupation, readings []Reading) []string {
	t := retrieval.OccTerms(o)
	for _, r := range readings {
		for _, x := range retrieval.OccTerms(r.Occupation) {
			if !slices.Contains(t, x) {
				t = append(t, x)
			}
		}
	}
	if len(t) == 0 {
		t = append(t, retrieval.UnreadTerm)
	}
	return t
}

// cellTerms places a record in exactly one cell per precision (or in the
// remote or unknown cell), so cell counts add up without overlap.
func cellTerms(loc *employer.Point, remote employer.Remote) []string {
	switch {
	case remote == employer.FullRemote:
		return []string{retrieval.CellRemote}
	case loc == nil:
		return []string{retrieval.CellUnknown}
	}
	return []string{retrieval.CellTerm(*loc, retrieval.CoarseCell), retrieval.CellTerm(*loc, retrieval.FineCell)}
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
