package match

import (
	"slices"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/preference"
)

// exclude returns why a vacancy must be left out, or "" to keep it. The
// checks run in a fixed order and the first that fails is the reason
// counted. Every must-preference is enforced here. A must is failed by a
// stated value that breaks it; a value the posting does not state (shifts,
// hours, environment, an employer's sector) passes and is flagged for the
// specialist to check, except location: a must commute is never assumed to
// hold for a vacancy whose place is unknown. A never-preference (a job
// type, sector, shift or level of the environment the client must never
// have) excludes like a must, under the same reason.
func (w *want) exclude(c *cand) string {
	v, p := c.e.Vacancy, w.p
	if r := w.excludePosting(hotOf(c.e)); r != "" {
		return r
	}
	if v.EmployerID != "" && slices.Contains(p.AvoidEmployers, v.EmployerID) {
		return ExAvoidedEmployer
	}
	if r := w.excludeCommute(c); r != "" {
		return r
	}
	if r := w.excludeShifts(v); r != "" {
		return r
	}
	if r := w.excludeHours(v); r != "" {
		return r
	}
	if r := w.excludePay(v); r != "" {
		return r
	}
	if r := w.excludeSector(c); r != "" {
		return r
	}
	if r := w.excludeEnvironment(v); r != "" {
		return r
	}
	return w.excludeJob(c)
}

// excludeJob leaves out work the client must never do, work unlike every
// must job type, and work unrelated to every job type the client named.
func (w *want) excludeJob(c *cand) string {
	for i := range w.neverJobs {
		if w.neverJobs[i].sim(c.e).score >= neverOccupation {
			return ExJobType
		}
	}
	if len(w.jobs) > 0 {
		best, bestMust := 0.0, 0.0
		for i := range w.jobs {
			s := w.jobs[i].sim(c.e).score
			best = max(best, s)
			if w.jobs[i].strength == preference.Must {
				bestMust = max(bestMust, s)
			}
		}
		if w.mustJob && bestMust < mustOccupation {
			return ExJobType
		}
		if best == 0 {
			return ExOtherWork
		}
	}
	return ""
}

// excludeHot runs the first checks of exclude on a candidate's hot fields
// alone, so that the commonest reasons cost no read of the record.
func (w *want) excludeHot(h retrieval.Hot) string {
	if r := w.excludePosting(h); r != "" {
		return r
	}
	if len(w.p.AvoidEmployers) > 0 {
		// The avoided employer is checked next, on the record: let the
		// record decide, so the reason counted follows exclude's order.
		return ""
	}
	// A must commute and accepted shifts, as exclude checks them, from
	// the hot fields: at 1M these leave out most candidates in reach
	// without reading their records (issue 9).
	if cm := w.p.Commute; cm != nil && w.p.Home != nil && cm.Strength == preference.Must && !h.Remote {
		if !h.HasLocation {
			return ExLocationUnknown
		}
		at := geo.Point{Lat: h.Lat, Lon: h.Lon}
		km := geo.DistanceKm(*w.p.Home, at)
		if !withinLimit(cm, km, w.minutesTo(at, km)) {
			return ExTooFar
		}
	}
	if len(w.shiftAccept) > 0 && h.Shifts&^employer.ShiftMask(w.shiftAccept) != 0 {
		return ExShift
	}
	if h.Shifts&w.neverMask != 0 {
		return ExShift
	}
	if st := w.p.EarliestStart; st != nil && st.Strength == preference.Must {
		switch {
		case h.Start == retrieval.StartUnread:
			return ""
		case h.Start >= 0 && h.Start < w.startMinutes:
			return ExStartTime
		}
	}
	if r := w.excludeHotHoursPay(h); r != "" {
		return r
	}
	// The sector, from the employer's number, when the client must have
	// or must never have some.
	if len(w.sectorMust)+len(w.sectorNever) > 0 {
		if w.emps == nil {
			return ""
		}
		if s := w.emps.of(w, h.Emp); s.held && s.sectorOut {
			return ExSector
		}
	}
	if w.env.exclude == nil {
		return ""
	}
	return w.env.exclude[h.Env]
}

// excludeHotHoursPay is excludeHours then excludePay, from the hot fields,
// which carry pay as stated, and hours with a missing end filled from the
// other and whether the minimum was stated: enough to decide as the
// record does. At 1M the shared profiles' pay floors and benefits caps
// left out half the records a search read (issue 9).
func (w *want) excludeHotHoursPay(h retrieval.Hot) string {
	// The stated minimum, and the maximum filled from it: hoursBounds
	// fills the same ends as the record's hours.
	hours := employer.Range{Max: h.HoursHi}
	if h.HoursMinStated {
		hours.Min = h.HoursLo
	}
	v := employer.Vacancy{Pay: h.Pay(), Hours: hours}
	if r := w.excludeHours(&v); r != "" {
		return r
	}
	return w.excludePay(&v)
}

// excludePosting leaves out what the posting itself rules out, whoever
// the client: closed, or through a channel the search does not show.
func (w *want) excludePosting(h retrieval.Hot) string {
	if h.ValidThrough >= 0 && h.ValidThrough < w.todayDay {
		return ExExpired
	}
	if h.Reserved && (w.hideReserved || !w.opt.IncludeNonCompetitive) {
		return ExReserved
	}
	if !h.Competitive && !w.opt.IncludeNonCompetitive {
		return ExNotCompetitive
	}
	return ""
}

func (w *want) excludeCommute(c *cand) string {
	cm := w.p.Commute
	if cm == nil || w.p.Home == nil || cm.Strength != preference.Must || c.e.Remote == employer.FullRemote {
		return ""
	}
	if c.km < 0 {
		return ExLocationUnknown
	}
	if !withinLimit(cm, c.km, c.minutes) {
		return ExTooFar
	}
	return ""
}

func (w *want) excludeShifts(v *employer.Vacancy) string {
	if len(w.shiftAccept) > 0 {
		for _, s := range v.Shifts {
			if !slices.Contains(w.shiftAccept, s) {
				return ExShift
			}
		}
	}
	for _, s := range v.Shifts {
		if slices.Contains(w.shiftNever, s) {
			return ExShift
		}
	}
	if st := w.p.EarliestStart; st != nil && st.Strength == preference.Must && v.EarliestStart != "" && v.EarliestStart < st.Time {
		return ExStartTime
	}
	return ""
}

func (w *want) excludeHours(v *employer.Vacancy) string {
	if b := w.p.BenefitsCap; b != nil {
		if b.MaxHoursPerWeek > 0 && v.Hours.Min > b.MaxHoursPerWeek {
			return ExBenefitsCap
		}
		if lo, _, ok := yearlyEarnings(v); ok && b.MaxEarnings > 0 && lo > capPerYear(b) {
			return ExBenefitsCap
		}
	}
	h := w.p.Hours
	if h == nil || h.Strength != preference.Must {
		return ""
	}
	if v.Hours.IsZero() {
		return ""
	}
	vmin, vmax := hoursBounds(v.Hours)
	if h.Max > 0 && vmin > h.Max {
		return ExHours
	}
	if h.Min > 0 && vmax < h.Min {
		return ExHours
	}
	return ""
}

func (w *want) excludePay(v *employer.Vacancy) string {
	pf := w.p.Pay
	if pf == nil {
		return ""
	}
	if !v.Pay.Stated() {
		if pf.RequireStated {
			return ExPayNotStated
		}
		return ""
	}
	if pf.Strength != preference.Must {
		return ""
	}
	_, hi := payPerUnit(v, pf.Unit)
	if hi < pf.Min {
		return ExPay
	}
	return ""
}

func (w *want) excludeSector(c *cand) string {
	if c.emp == nil {
		return ""
	}
	return w.excludeSectorCode(c.emp.Sector.Code)
}

// excludeSectorCode is excludeSector for a vacancy whose employer, known
// to the index, is in sector code.
func (w *want) excludeSectorCode(code string) string {
	if len(w.sectorMust) > 0 && !sectorIn(code, w.sectorMust) {
		return ExSector
	}
	if len(w.sectorNever) > 0 && sectorIn(code, w.sectorNever) {
		return ExSector
	}
	return ""
}

func (w *want) excludeEnvironment(v *employer.Vacancy) string { return w.excludeEnv(v.Environment) }

// excludeEnv is excludeEnvironment for a vacancy's environment.
func (w *want) excludeEnv(env employer.Environment) string {
	for _, d := range envDims(w.p.Environment, env) {
		if d.pref == nil || d.have == "" {
			continue
		}
		if d.pref.Strength == preference.Must && string(d.have) != d.pref.Level {
			return ExEnvironment
		}
		if d.pref.Strength == preference.Never && string(d.have) == d.pref.Level {
			return ExEnvironment
		}
	}
	return ""
}
