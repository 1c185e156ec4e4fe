package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// relation is what the team's history says about one employer.
type relation struct {
	stage       employer.Stage
	stageText   string  // "ready to present candidates"
	stageScore  float64 // 0..1, how far the relationship has come
	lastContact employer.Date
	learned     []string // what contacts learned, newest first
	track       string   // the track record in words, "" without job starts
	trackScore  float64  // 0..1, how earlier placements went
	starts      int      // job starts with the programme
	followUp    string   // a due follow-up in words, "" when none
	followUpDue bool     // due within a week, or overdue
}

// scoreEmployer adds the employer factor: what the team knows of the
// employer and how earlier placements went. A posting with no known
// employer scores low but is not excluded.
func (w *want) scoreEmployer(c *cand) {
	if c.emp == nil {
		c.total += w.w.Employer * 0.2
		c.add("employer", Neutral, 0.2, "employer not known to the team (posted on a job board)")
		return
	}
	s := 0.3
	var parts []string
	if c.emp.KnowsProgramme {
		s += 0.15
		parts = append(parts, "knows the programme")
	}
	if c.emp.InclusionPolicy {
		s += 0.1
		parts = append(parts, "has an inclusion policy")
	}
	if r := c.rel; r != nil {
		s += 0.2 * r.stageScore
		if r.stageText != "" && r.stageText != "none" {
			parts = append(parts, "relationship: "+r.stageText)
		}
		if r.track != "" {
			s += 0.25 * r.trackScore
			parts = append(parts, r.track)
		}
	}
	s = min(1, s)
	text := c.emp.Name
	if len(parts) > 0 {
		text += ": " + strings.Join(parts, "; ")
	} else {
		text += ": no contact with the team yet"
	}
	c.total += w.w.Employer * s
	c.add("employer", effectOf(s), s, text)
}
