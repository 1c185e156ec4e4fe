package match

import "time"

// Phases is where one Match spent its time: reading candidates from the
// index, scoring them, and explaining the results kept. Benchmarks read it
// to show which phase the tail comes from; it is not part of the JSON
// contract.
type Phases struct {
	Retrieve, Score, Explain time.Duration
}

// phaseClock splits a search's wall time into Phases: each call to lap
// charges the time since the previous lap to one phase.
type phaseClock struct {
	last time.Time
	p    *Phases
}

func startPhases(p *Phases) phaseClock { return phaseClock{last: time.Now(), p: p} }

func (c *phaseClock) lap(to *time.Duration) {
	now := time.Now()
	*to += now.Sub(c.last)
	c.last = now
}
