package match

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/preference"
)

// relations summarises the team's history with each employer as of today:
// the relationship stage from the contact log and the track record from
// placements.
func (e *Engine) relations(today employer.Date) map[string]*relation {
	out := map[string]*relation{}
	if e.hist == nil {
		return out
	}
	placements := e.hist.Placements()
	rels := employer.Relationships(e.hist.Contacts(), placements, today)
	tracks := employer.TrackRecords(placements, today)
	get := func(id string) *relation {
		r := out[id]
		if r == nil {
			r = &relation{}
			out[id] = r
		}
		return r
	}
	for id, rl := range rels {
		r := get(id)
		r.derived = rl
		r.stage = rl.Stage
		r.stageText = rl.Stage.String()
		r.stageScore = float64(rl.Stage) / float64(employer.StageHired)
		r.lastContact = rl.LastContact
		r.learned = rl.Learned
		if rl.FollowUpOverdue {
			r.followUp = fmt.Sprintf("follow-up overdue since %s", rl.FollowUpDue)
			r.followUpDue = true
		} else if !rl.FollowUpDue.IsZero() {
			r.followUp = fmt.Sprintf("follow-up due %s", rl.FollowUpDue)
			r.followUpDue = !rl.FollowUpDue.After(today.AddDays(7))
		}
	}
	for id, tr := range tracks {
		r := get(id)
		r.track = tr.Reason()
		r.starts = tr.Starts
		switch {
		case tr.Eligible90 > 0:
			r.trackScore = float64(tr.Retained90) / float64(tr.Eligible90)
		case tr.Starts > 0:
			r.trackScore = 0.5
		}
	}
	return out
}

// RapidSearch is where a client stands on rapid job search: the first
// face-to-face employer contact should come within 30 days of enrolment.
type RapidSearch struct {
	DaysSinceEnrolment int           `json:"days_since_enrolment"`
	FirstFaceToFace    employer.Date `json:"first_face_to_face,omitzero"`
	PastDay30          bool          `json:"past_day_30"`
	Text               string        `json:"text"`
}

// rapidSearch reads a client's rapid-search standing from the history.
func (e *Engine) rapidSearch(p *preference.Profile, today employer.Date) RapidSearch {
	r := RapidSearch{DaysSinceEnrolment: fidelity.DaysSinceEnrolment(*p, today)}
	var contacts []employer.Contact
	if e.hist != nil {
		contacts = e.hist.Contacts()
	}
	if d, ok := fidelity.FirstFaceToFace(p.ID, contacts); ok {
		r.FirstFaceToFace = d
		r.Text = fmt.Sprintf("day %d since enrolment; first face-to-face employer contact on %s (day %d)",
			r.DaysSinceEnrolment, d, d.DaysSince(p.Enrolled))
		return r
	}
	r.PastDay30 = fidelity.PastDay30(*p, contacts, today)
	if r.PastDay30 {
		r.Text = fmt.Sprintf("RAPID SEARCH OVERDUE: day %d since enrolment and no face-to-face employer contact yet (IPS aims for one within 30 days)", r.DaysSinceEnrolment)
	} else {
		r.Text = fmt.Sprintf("day %d since enrolment; no face-to-face employer contact yet (aim: by day 30)", r.DaysSinceEnrolment)
	}
	return r
}
