package match

import "slices"

// requirementsFactor takes off for what the employer asks and the client
// lacks (a driving licence, a language); it never adds, and so never
// counts in the denominator.
type requirementsFactor struct{}

func (requirementsFactor) name() string                  { return "requirements" }
func (requirementsFactor) defaultWeight() float64        { return 1 }
func (requirementsFactor) weightIn(ws *Weights) *float64 { return &ws.Requirements }
func (requirementsFactor) weight(w *want) float64        { return w.w.Requirements }
func (requirementsFactor) counts(*want) counting         { return notCounted }

func (requirementsFactor) score(w *want, c *cand) {
	r := c.e.Requirements
	if r.DrivingLicence && !w.p.DrivingLicence {
		c.total -= w.w.Requirements * 0.5
		c.add("requirements", Minus, 0.5, w.tr("asks for a driving licence, which the client does not have"))
	}
	for _, l := range r.Languages {
		if len(w.p.Languages) > 0 && !slices.Contains(w.p.Languages, l) {
			c.total -= w.w.Requirements * 0.25
			c.add("requirements", Minus, 0.25, w.sprintf("asks for %s, not among the client's languages", w.langName(l)))
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

// langName is langName in the call's language: "inglese", "inglés".
func (w *want) langName(l string) string {
	n := langName(l)
	if w.english() {
		return n
	}
	if n == "language "+l {
		return w.sprintf("language %s", l)
	}
	return w.tr(n)
}
