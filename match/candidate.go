package match

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// cand is one vacancy being scored, with what scoring needs beside it.
type cand struct {
	e       *index.Entry
	emp     *employer.Employer // nil when the vacancy has no known employer
	rel     *relation          // nil when the team has no history with the employer
	km      float64            // distance from the client's home; -1 unknown
	minutes int                // estimated commute; -1 unknown

	explain bool
	reasons []Reason
	flags   []string
	total   float64 // weighted sum
}

func (c *cand) add(factor string, eff Effect, score float64, text string) {
	if c.explain && text != "" {
		c.reasons = append(c.reasons, Reason{Factor: factor, Effect: eff, Text: text, Score: round3(score)})
	}
}

func (c *cand) flag(text string) {
	if c.explain {
		c.flags = append(c.flags, text)
	}
}

func newCand(w *want, e *index.Entry, emp *employer.Employer, rel *relation, explain bool) *cand {
	c := &cand{}
	c.reset(w, e, emp, rel, explain)
	return c
}

// reset makes c describe e, so that one cand can be reused for every
// candidate of a search without allocating.
func (c *cand) reset(w *want, e *index.Entry, emp *employer.Employer, rel *relation, explain bool) {
	*c = cand{e: e, emp: emp, rel: rel, km: -1, minutes: -1, explain: explain, reasons: c.reasons[:0], flags: c.flags[:0]}
	if w.p.Home != nil && e.Location != nil {
		c.km = geo.DistanceKm(*w.p.Home, *e.Location)
		c.minutes = w.minutesTo(*e.Location, c.km)
	}
}

func round3(f float64) float64 {
	if f < 0 {
		return -round3(-f)
	}
	return float64(int64(f*1000+0.5)) / 1000
}
