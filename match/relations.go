package match

import (
	"context"
	"fmt"
	"sync"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/preference"
)

// relView is the team's history with employers as of one day, read from
// the store's derived state one employer at a time, as candidates need
// it: a match touches the employers it ranks, never the whole log.
type relView struct {
	d     *store.Derived // nil without a history
	today employer.Date
	memo  map[string]*relation
}

// relations returns the history as of today. The view belongs to one call.
func (e *Engine) relations(ctx context.Context, today employer.Date) (*relView, error) {
	v := &relView{today: today, memo: map[string]*relation{}}
	if e.hist == nil {
		return v, nil
	}
	d, err := e.hist.Derived(ctx)
	if err != nil {
		return nil, err
	}
	v.d = d
	return v, nil
}

// get returns what the history says of one employer; nil when nothing.
func (v *relView) get(id string) *relation {
	if v.d == nil || id == "" {
		return nil
	}
	if r, ok := v.memo[id]; ok {
		return r
	}
	var r *relation
	if st := v.d.Employer(id, v.today); st != nil {
		// The state keeps the relation for later matches, until the
		// employer's records change or the day moves.
		if c, ok := st.Cached().(*relation); ok {
			r = c
		} else {
			r = relationOf(st)
			st.SetCached(r)
		}
	}
	v.memo[id] = r
	return r
}

// relationOf summarises one employer: the relationship stage from the
// contact log and the track record from placements.
func relationOf(st *store.EmployerState) *relation {
	rl, okRel, tr, okTrack, today := st.Relationship, st.HasRelationship, st.TrackRecord, st.HasTrackRecord, st.Day
	if !okRel && !okTrack {
		return nil
	}
	r := &relation{}
	if okRel {
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
	if okTrack {
		r.track = tr.Reason()
		r.trackRec = tr
		r.starts = tr.Starts
		switch {
		case tr.Eligible90 > 0:
			r.trackScore = float64(tr.Retained90) / float64(tr.Eligible90)
		case tr.Starts > 0:
			r.trackScore = 0.5
		}
	}
	return r
}

// bestCache remembers the best employer score for one day and one state
// of the history: it changes only when a record is written or the day
// moves, so matches between writes do not walk the employers.
type bestCache struct {
	mu    sync.Mutex
	d     *store.Derived
	today employer.Date
	gen   uint64
	best  float64
	ok    bool
}

func (b *bestCache) get(v *relView, compute func(*relView) float64) float64 {
	if v.d == nil {
		return compute(v)
	}
	gen := v.d.Generation()
	b.mu.Lock()
	if b.ok && b.d == v.d && b.today == v.today && b.gen == gen {
		best := b.best
		b.mu.Unlock()
		return best
	}
	b.mu.Unlock()
	best := compute(v)
	b.mu.Lock()
	b.d, b.today, b.gen, b.best, b.ok = v.d, v.today, gen, best, true
	b.mu.Unlock()
	return best
}

// RapidSearch is where a client stands on rapid job search: the first
// face-to-face employer contact should come within 30 days of enrolment.
type RapidSearch struct {
	DaysSinceEnrolment int           `json:"days_since_enrolment"`
	FirstFaceToFace    employer.Date `json:"first_face_to_face,omitzero"`
	PastDay30          bool          `json:"past_day_30"`
	Text               string        `json:"text"`
}

// rapidSearch reads a client's rapid-search standing from the history,
// its text in English.
func (v *relView) rapidSearch(p *preference.Profile) RapidSearch {
	return v.rapidSearchIn(p, speech{})
}

// rapidSearchIn is rapidSearch with its text in the language of s.
func (v *relView) rapidSearchIn(p *preference.Profile, s speech) RapidSearch {
	r := RapidSearch{DaysSinceEnrolment: fidelity.DaysSinceEnrolment(*p, v.today)}
	if v.d != nil {
		if d, ok := v.d.FirstFaceToFace(p.ID, v.today); ok {
			r.FirstFaceToFace = d
			r.Text = s.sprintf("day %d since enrolment; first face-to-face employer contact on %s (day %d)",
				r.DaysSinceEnrolment, s.date(d), d.DaysSince(p.Enrolled))
			return r
		}
	}
	r.PastDay30 = r.DaysSinceEnrolment > fidelity.RapidSearchDays && !p.Enrolled.IsZero()
	if r.PastDay30 {
		r.Text = s.sprintf("RAPID SEARCH OVERDUE: day %d since enrolment and no face-to-face employer contact yet (IPS aims for one within 30 days)", r.DaysSinceEnrolment)
	} else {
		r.Text = s.sprintf("day %d since enrolment; no face-to-face employer contact yet (aim: by day 30)", r.DaysSinceEnrolment)
	}
	return r
}

// currentJob is the job a client holds today, if any.
func (v *relView) currentJob(clientID string) (employer.Placement, bool) {
	if v.d == nil {
		return employer.Placement{}, false
	}
	return v.d.CurrentJob(clientID, v.today)
}
