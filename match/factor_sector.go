package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"

	"github.com/ipsmatch/ipsmatch/preference"
)

// sectorFactor: the employer's sector, when the client prefers sectors,
// and a penalty for sectors the client avoids. It counts when the client
// prefers a sector.
type sectorFactor struct{}

func (sectorFactor) name() string                  { return "sector" }
func (sectorFactor) defaultWeight() float64        { return 0.5 }
func (sectorFactor) weightIn(ws *Weights) *float64 { return &ws.Sector }
func (sectorFactor) weight(w *want) float64        { return w.w.Sector }

func (sectorFactor) counts(w *want) counting {
	for _, s := range w.p.Sectors {
		if s.Strength == preference.Prefer {
			return countedStated
		}
	}
	return notCounted
}

// bound is the sector's score once the employer is known: from the
// record, or from the employer's number in the hot fields.
func (sectorFactor) bound(w *want, k *known) float64 {
	switch {
	case k.c != nil:
		return w.sectorScoreOf(k.c.emp)
	case k.hot != nil && w.emps != nil:
		return min(1, w.emps.of(w, k.hot.Emp).sector+1e-9)
	}
	return 1
}

// sectorScoreOf is the sector factor of a vacancy of emp (nil when not
// known) before any penalty for a sector the client avoids; 1 when the
// client prefers no sector, and the factor does not count.
func (w *want) sectorScoreOf(emp *employer.Employer) float64 {
	if len(w.sectorPrefer) == 0 {
		return 1
	}
	var code string
	if emp != nil {
		code = emp.Sector.Code
	}
	switch {
	case code == "":
		return 0.5
	case sectorIn(code, w.sectorPrefer):
		return 1
	}
	return 0
}

func (sectorFactor) score(w *want, c *cand) {
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
			c.add("sector", Neutral, 0.5, w.tr("employer's sector not known"))
		case sectorIn(code, prefer):
			c.total += w.w.Sector
			if c.explain {
				c.add("sector", Plus, 1, w.sprintf("%s: a sector the client prefers", label))
			}
		default:
			if c.explain {
				c.add("sector", Minus, 0, w.sprintf("%s: not a sector the client named", label))
			}
		}
	}
	if code != "" && sectorIn(code, avoid) {
		c.total -= w.w.Sector * 2
		if c.explain {
			c.add("sector", Minus, 1, w.sprintf("%s: a sector the client wants to avoid", label))
		}
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
