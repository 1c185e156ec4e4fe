package match

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// shiftsFactor: preferred shifts count for a vacancy, avoided ones (night
// and rotating shifts disrupt sleep) against it, and a start earlier than
// the client can manage halves it. It counts when the client states any
// shift preference or an earliest start time.
type shiftsFactor struct{}

func (shiftsFactor) name() string                  { return "shifts" }
func (shiftsFactor) defaultWeight() float64        { return 1 }
func (shiftsFactor) weightIn(ws *Weights) *float64 { return &ws.Shifts }
func (shiftsFactor) weight(w *want) float64        { return w.w.Shifts }
func (shiftsFactor) counts(w *want) counting {
	return statedIf(len(w.p.Shifts) > 0 || w.p.EarliestStart != nil)
}

// bound is the shifts score from the hot fields, without the early-start
// penalty, which needs the record and only lowers a score.
func (shiftsFactor) bound(w *want, k *known) float64 {
	if k.hot == nil {
		return 1
	}
	s := w.shiftsScore(k.hot.Shifts)
	if st := w.p.EarliestStart; st != nil && k.hot.Start >= 0 && k.hot.Start < w.startMinutes {
		// An earlier start halves it, as score compares the times.
		s *= 0.5
	}
	return s
}

func (shiftsFactor) score(w *want, c *cand) {
	if len(w.p.Shifts) == 0 && w.p.EarliestStart == nil {
		return
	}
	v := c.e.Vacancy
	s := w.shiftsScore(employer.ShiftMask(v.Shifts))
	early := false
	if st := w.p.EarliestStart; st != nil && v.EarliestStart != "" && v.EarliestStart < st.Time {
		s *= 0.5
		early = true
	}
	c.total += w.w.Shifts * s
	if c.explain {
		c.add("shifts", effectOf(s), s, w.shiftsText(c, early))
	}
}

// shiftsScore is the shifts factor for a vacancy's shifts (a ShiftMask)
// before any early-start penalty: 0.5 when none are stated, the share of
// preferred ones when the client prefers some, times 0.3 when one is
// avoided.
func (w *want) shiftsScore(mask uint8) float64 {
	if mask == 0 {
		return 0.5
	}
	s := 1.0
	if w.preferMask != 0 {
		s = 0.3 + 0.7*float64(bits.OnesCount8(mask&w.preferMask))/float64(bits.OnesCount8(mask))
	}
	if mask&w.avoidMask != 0 {
		s *= 0.3
	}
	return s
}

// shiftsText explains the shifts factor.
func (w *want) shiftsText(c *cand, early bool) string {
	v := c.e.Vacancy
	if len(v.Shifts) == 0 {
		if len(w.shiftAccept) > 0 {
			c.flag(w.sprintf("shifts not stated; the client accepts only %s shifts", w.list(w.shiftNames(w.shiftAccept), ", ", "or")))
		}
		if len(w.shiftNever) > 0 {
			c.flag(w.sprintf("shifts not stated; the client must never work %s shifts", w.list(w.shiftNames(w.shiftNever), " or ", "or")))
		}
		return w.tr("shifts not stated: check before applying")
	}
	text := w.sprintf("%s shifts", strings.Join(w.shiftNames(v.Shifts), ", "))
	var bad []employer.Shift
	for _, sh := range v.Shifts {
		if slices.Contains(w.shiftAvoid, sh) {
			bad = append(bad, sh)
		}
	}
	switch {
	case len(bad) > 0:
		text += w.sprintf("; includes %s, which the client wants to avoid", w.list(w.shiftNames(bad), " and ", "and"))
	case len(w.shiftAccept) > 0:
		text += w.tr(", within what the client accepts")
	}
	if len(bad) == 0 && (slices.Contains(w.shiftAvoid, employer.ShiftNight) || slices.Contains(w.shiftAccept, employer.ShiftDay)) &&
		!slices.Contains(v.Shifts, employer.ShiftNight) && !slices.Contains(v.Shifts, employer.ShiftRotating) {
		text += w.tr("; no night or rotating shifts")
	}
	if st := w.p.EarliestStart; st != nil && v.EarliestStart != "" {
		if early {
			text += w.sprintf("; starts as early as %s (the client prefers %s or later)", v.EarliestStart, st.Time)
		} else {
			text += w.sprintf("; starts %s or later", v.EarliestStart)
		}
	}
	return text
}

// shiftNames names shifts in the call's language: "day", "evening" in
// English, the words that follow "turni" in Italian.
func (w *want) shiftNames(ss []employer.Shift) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = w.tr(string(s))
	}
	return out
}
