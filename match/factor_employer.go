package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// relation is what the team's history says about one employer.
type relation struct {
	derived     employer.Relationship // as employer.Relationships gives it
	stage       employer.Stage
	stageText   string  // "ready to present candidates"
	stageScore  float64 // 0..1, how far the relationship has come
	lastContact employer.Date
	learned     []string             // what contacts learned, newest first
	track       string               // the track record in words, "" without job starts
	trackRec    employer.TrackRecord // the record behind track, said again in other languages
	trackScore  float64              // 0..1, how earlier placements went
	starts      int                  // job starts with the programme
	followUp    string               // a due follow-up in words, "" when none
	followUpDue bool                 // due within a week, or overdue
}

// employerFactor: what the team knows of the employer (the programme, an
// inclusion policy), how far the relationship has come and how earlier
// job starts there went. A posting with no known employer scores low but
// is not excluded. It always counts.
//
// For a client who chose to disclose nothing, the specialist contacts no
// employer on their behalf, so the programme's relationship is of no use
// to them: the factor scores only what the client would meet there
// (an inclusion policy, a record of keeping the people it hired) and
// its reason never speaks of the relationship.
type employerFactor struct{}

func (employerFactor) name() string                  { return "employer" }
func (employerFactor) defaultWeight() float64        { return 0.75 }
func (employerFactor) weightIn(ws *Weights) *float64 { return &ws.Employer }
func (employerFactor) weight(w *want) float64        { return w.w.Employer }
func (employerFactor) counts(*want) counting         { return countedAlways }

// bound is the employer score itself once the employer is known, and
// before that the best any employer scores (see bestEmployerScore).
func (employerFactor) bound(w *want, k *known) float64 {
	switch {
	case k.c != nil:
		return employerScoreFor(w, k.c.emp, k.c.rel)
	case k.hot != nil && w.emps != nil:
		// A hair above, as hotPayScore: the bound is summed in another
		// order than the score and must not round below it. Never above
		// the best of any employer, which the hot bound takes first.
		return min(w.bestEmployer, w.emps.of(w, k.hot.Emp).employer+1e-9)
	}
	return w.bestEmployer
}

func (employerFactor) score(w *want, c *cand) {
	if c.emp == nil {
		c.total += w.w.Employer * noEmployerScore
		c.add("employer", Neutral, noEmployerScore, w.tr("employer not known to the team (posted on a job board)"))
		return
	}
	s := employerScoreFor(w, c.emp, c.rel)
	c.total += w.w.Employer * s
	if !c.explain {
		return
	}
	if w.p.Disclosure == preference.DiscloseNone {
		c.add("employer", effectOf(s), s, w.experienceText(c))
		return
	}
	c.add("employer", effectOf(s), s, w.employerText(c))
}

// employerScoreFor is the employer score for this client: the
// relationship's for a client the specialist may speak for, else what the
// client would experience (experienceScore).
func employerScoreFor(w *want, emp *employer.Employer, rel *relation) float64 {
	if w.p.Disclosure == preference.DiscloseNone {
		return experienceScore(emp, rel)
	}
	return employerScore(emp, rel)
}

// experienceScore rates an employer by what a client applying alone would
// meet there: an inclusion policy and how long the people it hired
// stayed. It takes the same parts of employerScore and leaves out the
// programme and the relationship, so it is never above employerScore of
// the same employer, and the bound on employer scores holds for it too.
func experienceScore(emp *employer.Employer, rel *relation) float64 {
	if emp == nil {
		return noEmployerScore
	}
	s := 0.3
	if emp.InclusionPolicy {
		s += 0.1
	}
	if rel != nil {
		s += 0.25 * rel.trackScore
	}
	return min(1, s)
}

// experienceText says what a client applying alone would meet at the
// employer, with no word of the programme's relationship.
func (s speech) experienceText(c *cand) string {
	var parts []string
	if c.emp.InclusionPolicy {
		parts = append(parts, s.tr("has an inclusion policy"))
	}
	if t := s.trackText(c.rel); t != "" {
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return s.sprintf("%s: no inclusion policy or record of keeping staff known", c.emp.Name)
	}
	return c.emp.Name + ": " + strings.Join(parts, "; ")
}

// employerScore rates what the team knows of an employer, in [0,1].
func employerScore(emp *employer.Employer, rel *relation) float64 {
	if emp == nil {
		return noEmployerScore
	}
	s := 0.3
	if emp.KnowsProgramme {
		s += 0.15
	}
	if emp.InclusionPolicy {
		s += 0.1
	}
	if rel != nil {
		s += 0.2*rel.stageScore + 0.25*rel.trackScore
	}
	return min(1, s)
}

// noEmployerScore is the employer score of a posting whose employer the
// team does not know.
const noEmployerScore = 0.2

// bestEmployerScore bounds the employer score any vacancy can have: the
// best an employer with no history can score, or the best of those the
// team has history with. It tightens the bound that lets retrieval stop
// early, and costs a pass over the employers the team knows, once per day and
// state of the history (see bestCache).
func (e *Engine) bestEmployerScore(rels *relView) float64 {
	best := employerScore(&employer.Employer{KnowsProgramme: true, InclusionPolicy: true}, nil)
	if rels.d == nil {
		return best
	}
	for _, id := range rels.d.Employers() {
		if emp, ok := e.ix.Employer(id); ok {
			best = max(best, employerScore(emp, rels.get(id)))
		}
	}
	return best
}

// employerText says what the team knows of the employer.
func (s speech) employerText(c *cand) string {
	var parts []string
	if c.emp.KnowsProgramme {
		parts = append(parts, s.tr("knows the programme"))
	}
	if c.emp.InclusionPolicy {
		parts = append(parts, s.tr("has an inclusion policy"))
	}
	if r := c.rel; r != nil {
		if r.stageText != "" && r.stageText != "none" {
			parts = append(parts, s.sprintf("relationship: %s", s.stageText(r)))
		}
		if t := s.trackText(r); t != "" {
			parts = append(parts, t)
		}
		if f := s.followUpText(r); f != "" {
			parts = append(parts, f)
		}
	}
	if len(parts) == 0 {
		return s.sprintf("%s: no contact with the team yet", c.emp.Name)
	}
	return c.emp.Name + ": " + strings.Join(parts, "; ")
}
