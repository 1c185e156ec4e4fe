package match

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// scoreShifts adds the shifts factor: preferred shifts count for a
// vacancy, avoided ones against it. It counts when the client states any
// shift preference or an earliest start time.
func (w *want) scoreShifts(c *cand) {
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
			c.flag("shifts not stated; the client accepts only " + strings.Join(shiftNames(w.shiftAccept), ", ") + " shifts")
		}
		return "shifts not stated: check before applying"
	}
	names := shiftNames(v.Shifts)
	text := strings.Join(names, ", ") + " shifts"
	var bad []string
	for _, sh := range v.Shifts {
		if slices.Contains(w.shiftAvoid, sh) {
			bad = append(bad, string(sh))
		}
	}
	switch {
	case len(bad) > 0:
		text += "; includes " + strings.Join(bad, " and ") + ", which the client wants to avoid"
	case len(w.shiftAccept) > 0:
		text += ", within what the client accepts"
	}
	if len(bad) == 0 && (slices.Contains(w.shiftAvoid, employer.ShiftNight) || slices.Contains(w.shiftAccept, employer.ShiftDay)) &&
		!slices.Contains(v.Shifts, employer.ShiftNight) && !slices.Contains(v.Shifts, employer.ShiftRotating) {
		text += "; no night or rotating shifts"
	}
	if st := w.p.EarliestStart; st != nil && v.EarliestStart != "" {
		if early {
			text += fmt.Sprintf("; starts as early as %s (the client prefers %s or later)", v.EarliestStart, st.Time)
		} else {
			text += fmt.Sprintf("; starts %s or later", v.EarliestStart)
		}
	}
	return text
}

func shiftNames(ss []employer.Shift) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}

type envDim struct {
	name string
	pref *preference.EnvPref
	have employer.Level
}

func envDims(p preference.Environment, v employer.Environment) [4]envDim {
	return [4]envDim{{"social contact", p.Social, v.Social}, {"noise", p.Noise, v.Noise},
		{"outdoor work", p.Outdoor, v.Outdoor}, {"physical demand", p.Physical, v.Physical}}
}

// scoreEnvironment adds the work-environment factor: the mean likeness of
// each stated preference, with penalties for avoided levels.
func (w *want) scoreEnvironment(c *cand) {
	dims := envDims(w.p.Environment, c.e.Environment)
	sum, n := 0.0, 0
	var parts []string
	for _, d := range dims {
		if d.pref == nil {
			continue
		}
		want := employer.Level(d.pref.Level).Rank()
		have := d.have.Rank()
		if d.pref.Strength == preference.Avoid {
			if have == want {
				c.total -= w.w.Environment * 0.5
				if c.explain {
					c.add("environment", Minus, 0.5, fmt.Sprintf("%s %s, which the client wants to avoid", d.have, d.name))
				}
			}
			continue
		}
		n++
		switch {
		case have == 0:
			sum += 0.5
			if c.explain {
				parts = append(parts, d.name+" not stated")
			}
		default:
			diff := max(have-want, want-have)
			sum += [...]float64{1, 0.5, 0}[diff]
			if c.explain {
				parts = append(parts, fmt.Sprintf("%s %s (wanted %s)", d.have, d.name, d.pref.Level))
			}
		}
	}
	if n == 0 {
		return
	}
	s := sum / float64(n)
	c.total += w.w.Environment * s
	if c.explain {
		c.add("environment", effectOf(s), s, strings.Join(parts, ", "))
	}
}

func sectorIn(code string, list []string) bool {
	for _, s := range list {
		if strings.EqualFold(code, s) || strings.HasPrefix(strings.ToUpper(code), strings.ToUpper(s)+".") {
			return true
		}
	}
	return false
}

// scoreSector adds the sector factor when the client prefers sectors, and
// a penalty for sectors the client avoids.
func (w *want) scoreSector(c *cand) {
	prefer, avoid := w.sectorPrefer, w.sectorAvoid
	if len(prefer) == 0 && len(avoid) == 0 {
		return
	}
	var code, label string
	if c.emp != nil {
		code, label = c.emp.Sector.Code, c.emp.Sector.Label
	}
	if label == "" {
		label = code
	}
	if len(prefer) > 0 {
		switch {
		case code == "":
			c.total += w.w.Sector * 0.5
			c.add("sector", Neutral, 0.5, "employer's sector not known")
		case sectorIn(code, prefer):
			c.total += w.w.Sector
			if c.explain {
				c.add("sector", Plus, 1, label+": a sector the client prefers")
			}
		default:
			if c.explain {
				c.add("sector", Minus, 0, label+": not a sector the client named")
			}
		}
	}
	if code != "" && sectorIn(code, avoid) {
		c.total -= w.w.Sector * 2
		if c.explain {
			c.add("sector", Minus, 1, label+": a sector the client wants to avoid")
		}
	}
}

// scoreRequirements takes off for what the employer asks and the client
// lacks; it never adds.
func (w *want) scoreRequirements(c *cand) {
	r := c.e.Requirements
	if r.DrivingLicence && !w.p.DrivingLicence {
		c.total -= w.w.Requirements * 0.5
		c.add("requirements", Minus, 0.5, "asks for a driving licence, which the client does not have")
	}
	for _, l := range r.Languages {
		if len(w.p.Languages) > 0 && !slices.Contains(w.p.Languages, l) {
			c.total -= w.w.Requirements * 0.25
			c.add("requirements", Minus, 0.25, fmt.Sprintf("asks for %s, not among the client's languages", langName(l)))
		}
	}
}

func langName(l string) string {
	switch l {
	case "en":
		return "English"
	case "it":
		return "Italian"
	case "es":
		return "Spanish"
	case "da":
		return "Danish"
	case "fr":
		return "French"
	case "de":
		return "German"
	}
	return "language " + l
}
