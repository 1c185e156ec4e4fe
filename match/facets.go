package match

import (
	"context"
	"slices"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
)

// Facets are counts over every vacancy in the index, whatever the limit:
// bands of what passed the client's must-preferences, and what each must
// left out. They let a specialist say "12 more if you accept evenings".
// Match computes them only when Options.Facets is set, since they read
// every vacancy (see BenchmarkMatchFacets for the cost).
type Facets struct {
	// Passed is how many vacancies meet every must-preference and rule.
	Passed int `json:"passed"`
	// Bands of the vacancies that passed. Hours and pay bands say
	// "not_stated" where the posting does not; distance "unknown" where
	// the vacancy or the client's home has no place, "remote" for fully
	// remote work; sectors are the employer's code, "unknown" without
	// one; shifts count each shift a posting names, "not_stated" when none.
	Hours    map[string]int `json:"hours"`
	Pay      map[string]int `json:"pay_per_hour"`
	Distance map[string]int `json:"distance_km"`
	Sectors  map[string]int `json:"sectors"`
	Shifts   map[string]int `json:"shifts"`
	Posted   map[string]int `json:"posted_within"`
	// Excluded counts every vacancy left out, each once, by the first
	// reason in exclusion order: complete and independent of the limit.
	// (Results.Excluded, when the list is short, counts the vacancies
	// retrieval never read as too_far or other_work by where they sit;
	// these counts check each one.)
	Excluded map[string]int `json:"excluded"`
	// OnlyExcludedBy counts the vacancies that one reason alone left out:
	// what relaxing that one must-preference would add.
	OnlyExcludedBy map[string]int `json:"only_excluded_by"`

	lang language.Tag // of Relaxations' sentences: Options.Lang
}

func newFacets(lang language.Tag) *Facets {
	return &Facets{lang: lang, Hours: map[string]int{}, Pay: map[string]int{}, Distance: map[string]int{}, Sectors: map[string]int{},
		Shifts: map[string]int{}, Posted: map[string]int{}, Excluded: map[string]int{}, OnlyExcludedBy: map[string]int{}}
}

// facets reads every vacancy against the compiled search. What the hot
// fields alone show fails twice (expired and too far, say) is counted
// without reading its record: it can neither pass nor be left out by one
// reason alone.
func (e *Engine) facets(ctx context.Context, w *want, rels *relView) (*Facets, error) {
	f := newFacets(w.opt.Lang)
	var hots []retrieval.Hot
	if err := e.src.SelectArea(nil, func(h retrieval.Hot) { hots = append(hots, h) }); err != nil {
		return nil, err
	}
	var c cand
	var why []string
	for i, h := range hots {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if why = w.failingHot(h, why[:0]); len(why) >= 2 {
			f.Excluded[why[0]]++
			continue
		}
		en, err := e.src.Entry(h)
		if err != nil {
			return nil, err
		}
		c.reset(w, en, e.employerOf(en), rels.get(en.EmployerID), false)
		why = w.failing(&c, why[:0])
		switch len(why) {
		case 0:
			f.Passed++
			f.add(w, &c)
			continue
		case 1:
			f.OnlyExcludedBy[why[0]]++
		}
		f.Excluded[why[0]]++
	}
	return f, nil
}

// failingHot appends the reasons the hot fields alone show, in exclude's
// order: the channel and expiry first, then (when no avoided employer
// could come between) a must commute and accepted shifts.
func (w *want) failingHot(h retrieval.Hot, out []string) []string {
	if h.ValidThrough >= 0 && h.ValidThrough < w.todayDay {
		out = append(out, ExExpired)
	}
	if h.Reserved && (w.hideReserved || !w.opt.IncludeNonCompetitive) {
		out = append(out, ExReserved)
	} else if !h.Competitive && !w.opt.IncludeNonCompetitive {
		out = append(out, ExNotCompetitive)
	}
	if len(out) == 0 && len(w.p.AvoidEmployers) > 0 {
		return out
	}
	if cm := w.p.Commute; cm != nil && w.p.Home != nil && cm.Strength == preference.Must && !h.Remote {
		if !h.HasLocation {
			out = append(out, ExLocationUnknown)
		} else {
			at := geo.Point{Lat: h.Lat, Lon: h.Lon}
			if km := geo.DistanceKm(*w.p.Home, at); !withinLimit(cm, km, w.minutesTo(at, km)) {
				out = append(out, ExTooFar)
			}
		}
	}
	if len(w.shiftAccept) > 0 && h.Shifts&^employer.ShiftMask(w.shiftAccept) != 0 {
		out = append(out, ExShift)
	}
	return out
}

// failing appends every reason a vacancy fails, in exclude's order, so
// that the first is the one exclude returns.
func (w *want) failing(c *cand, out []string) []string {
	h := hotOf(c.e)
	if h.ValidThrough >= 0 && h.ValidThrough < w.todayDay {
		out = append(out, ExExpired)
	}
	if h.Reserved && (w.hideReserved || !w.opt.IncludeNonCompetitive) {
		out = append(out, ExReserved)
	} else if !h.Competitive && !w.opt.IncludeNonCompetitive {
		out = append(out, ExNotCompetitive)
	}
	v := c.e.Vacancy
	if v.EmployerID != "" && slices.Contains(w.p.AvoidEmployers, v.EmployerID) {
		out = append(out, ExAvoidedEmployer)
	}
	for _, r := range []string{w.excludeCommute(c), w.excludeShifts(v), w.excludeHours(v), w.excludePay(v),
		w.excludeSector(c), w.excludeEnvironment(v), w.excludeJob(c)} {
		if r != "" {
			out = append(out, r)
		}
	}
	return out
}

func (f *Facets) add(w *want, c *cand) {
	v := c.e.Vacancy
	f.Hours[hoursBand(v.Hours)]++
	f.Pay[payBand(v)]++
	f.Distance[distanceBand(c)]++
	sector := "unknown"
	if c.emp != nil && c.emp.Sector.Code != "" {
		sector = c.emp.Sector.Code
	}
	f.Sectors[sector]++
	if len(v.Shifts) == 0 {
		f.Shifts["not_stated"]++
	}
	for _, s := range v.Shifts {
		f.Shifts[string(s)]++
	}
	f.Posted[postedBand(v.Posted, w.today)]++
}

func hoursBand(h employer.Range) string {
	if h.IsZero() {
		return "not_stated"
	}
	_, hi := hoursBounds(h)
	switch {
	case hi <= 20:
		return "up_to_20"
	case hi <= 30:
		return "21_30"
	}
	return "over_30"
}

func payBand(v *employer.Vacancy) string {
	if !v.Pay.Stated() {
		return "not_stated"
	}
	lo, _ := payPerUnit(v, "hour")
	switch {
	case lo < 8:
		return "under_8"
	case lo < 10:
		return "8_10"
	case lo < 12:
		return "10_12"
	}
	return "12_and_over"
}

func distanceBand(c *cand) string {
	switch {
	case c.e.Remote == employer.FullRemote:
		return "remote"
	case c.km < 0:
		return "unknown"
	case c.km < 2:
		return "under_2"
	case c.km < 5:
		return "2_5"
	case c.km < 10:
		return "5_10"
	}
	return "10_and_over"
}

func postedBand(posted, today employer.Date) string {
	if posted.IsZero() {
		return "unknown"
	}
	d := today.DaysSince(posted)
	switch {
	case d <= 7:
		return "7_days"
	case d <= 30:
		return "30_days"
	}
	return "older"
}
