package match

import "github.com/ipsmatch/ipsmatch/employer"

// relations summarises the team's history with each employer as of today.
func (e *Engine) relations(today employer.Date) map[string]*relation {
	out := map[string]*relation{}
	if e.hist == nil {
		return out
	}
	return out
}
