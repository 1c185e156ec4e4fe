package server

import (
	"fmt"
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
)

// FollowUps is what is due: employer follow-ups, follow-along contacts
// after job starts, and recent job endings (each a new job search).
type FollowUps struct {
	Today       employer.Date            `json:"today"`
	Employers   []match.EmployerFollowUp `json:"employer_follow_ups"`
	FollowAlong []match.FollowAlong      `json:"follow_along"`
	Endings     []match.JobEnding        `json:"job_endings"`
}

// followups lists what is due for one specialist (a specialist token's
// own), or the whole team.
func (s *Server) followups(r *http.Request, p *who) (any, error) {
	who, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	within, err := queryInt(r, "within", 7, 0, 365)
	if err != nil {
		return nil, err
	}
	today := s.today()
	emps, err := match.EmployerFollowUps(r.Context(), s.ws.Store, s.ws.Index, today, within, who)
	if err != nil {
		return nil, err
	}
	fa, err := match.FollowAlongs(r.Context(), s.ws.Store, s.ws.Caseload, match.FollowAlongOptions{Today: today, Within: within, Specialist: who, Lang: requestLang(r)})
	if err != nil {
		return nil, err
	}
	out := FollowUps{Today: today, Employers: emps, FollowAlong: fa.Due, Endings: fa.Endings}
	if out.FollowAlong == nil {
		out.FollowAlong = []match.FollowAlong{}
	}
	if out.Endings == nil {
		out.Endings = []match.JobEnding{}
	}
	note(r.Context(), "count", len(emps)+len(out.FollowAlong))
	return out, nil
}

// SpecialistBatch puts specialists on the roster.
type SpecialistBatch struct {
	Specialists []store.Specialist `json:"specialists"`
}

// addSpecialists adds to the team's roster; adding one already there with
// the same name changes nothing.
func (s *Server) addSpecialists(r *http.Request, p *who) (any, error) {
	var req SpecialistBatch
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if len(req.Specialists) == 0 {
		return nil, badField("specialists", "give at least one specialist")
	}
	n, err := s.ws.Store.AddSpecialists(r.Context(), req.Specialists...)
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", n)
	return BatchResult{Added: n, Unchanged: len(req.Specialists) - n}, nil
}

// benefits is the benefits what-if for one client and one vacancy.
func (s *Server) benefits(r *http.Request, p *who) (any, error) {
	q := r.URL.Query()
	c, err := s.caseloadClient(p, q.Get("client_id"))
	if err != nil {
		return nil, err
	}
	id := q.Get("vacancy_id")
	if id == "" {
		return nil, badField("vacancy_id", "give the vacancy")
	}
	v, ok := s.ws.Index.Vacancy(id)
	if !ok {
		return nil, fmt.Errorf("%w: vacancy %q", ErrNotFound, id)
	}
	note(r.Context(), "client", c.ID, "vacancy", id)
	return match.BenefitsIn(c, v.Vacancy, requestLang(r)), nil
}
