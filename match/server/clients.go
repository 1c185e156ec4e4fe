package server

import (
	"fmt"
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/preference"
)

// ClientSummary is one caseload client as the caseload list shows them.
type ClientSummary struct {
	ID                 string                `json:"id"`
	Specialist         string                `json:"specialist"`
	Enrolled           employer.Date         `json:"enrolled"`
	Disclosure         preference.Disclosure `json:"disclosure"`
	DaysSinceEnrolment int                   `json:"days_since_enrolment"`
	// FirstFaceToFace is the day of the first face-to-face employer contact.
	FirstFaceToFace employer.Date `json:"first_face_to_face,omitzero"`
	// PastDay30 is set for a client past day 30 with no face-to-face
	// employer contact yet: rapid job search is late.
	PastDay30 bool `json:"past_day_30"`
	// Working is set for a client holding a job today.
	Working    bool                `json:"working"`
	CurrentJob *employer.Placement `json:"current_job,omitempty"`
}

// ClientList is the caseload.
type ClientList struct {
	Today   employer.Date   `json:"today"`
	Clients []ClientSummary `json:"clients"`
}

// ClientView is one client: the summary and the profile.
type ClientView struct {
	Summary ClientSummary      `json:"summary"`
	Profile preference.Profile `json:"profile"`
}

func (s *Server) summary(d *store.Derived, p preference.Profile, today employer.Date) ClientSummary {
	c := ClientSummary{ID: p.ID, Specialist: p.Specialist, Enrolled: p.Enrolled, Disclosure: p.Disclosure,
		DaysSinceEnrolment: fidelity.DaysSinceEnrolment(p, today)}
	first, ok := d.FirstFaceToFace(p.ID, today)
	if ok {
		c.FirstFaceToFace = first
	}
	c.PastDay30 = !ok && c.DaysSinceEnrolment > fidelity.RapidSearchDays
	if job, ok := d.CurrentJob(p.ID, today); ok {
		c.Working, c.CurrentJob = true, &job
	}
	return c
}

func (s *Server) listClients(r *http.Request, p *who) (any, error) {
	d, err := s.ws.Store.Derived(r.Context())
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := ClientList{Today: today, Clients: []ClientSummary{}}
	for _, c := range s.ws.Caseload.Clients() {
		if s.ownsClient(p, c.ID) {
			out.Clients = append(out.Clients, s.summary(d, c, today))
		}
	}
	note(r.Context(), "count", len(out.Clients))
	return out, nil
}

// caseloadClient finds a caseload client the caller may see.
func (s *Server) caseloadClient(p *who, id string) (preference.Profile, error) {
	if err := s.checkClient(p, id); err != nil {
		return preference.Profile{}, err
	}
	c, ok := s.ws.Client(id)
	if !ok {
		return preference.Profile{}, fmt.Errorf("%w: no client %q in the caseload", ErrNotFound, id)
	}
	return c, nil
}

func (s *Server) getClient(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "client", id)
	c, err := s.caseloadClient(p, id)
	if err != nil {
		return nil, err
	}
	d, err := s.ws.Store.Derived(r.Context())
	if err != nil {
		return nil, err
	}
	return ClientView{Summary: s.summary(d, c, s.today()), Profile: c}, nil
}
