package server

import (
	"fmt"
	"math"
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// EmployerSummary is one employer in the employer list.
type EmployerSummary struct {
	ID              string          `json:"id"`
	Name            string          `json:"name"`
	Sector          employer.Sector `json:"sector"`
	Address         string          `json:"address,omitempty"`
	Stage           employer.Stage  `json:"stage"`
	LastContact     employer.Date   `json:"last_contact,omitzero"`
	FollowUpDue     employer.Date   `json:"follow_up_due,omitzero"`
	FollowUpOverdue bool            `json:"follow_up_overdue,omitempty"`
	OpenVacancies   int             `json:"open_vacancies"`
}

// EmployerList is every employer, by name.
type EmployerList struct {
	Employers []EmployerSummary `json:"employers"`
}

// EmployerView is one employer with the team's whole history there.
type EmployerView struct {
	Employer      *employer.Employer    `json:"employer"`
	Relationship  employer.Relationship `json:"relationship"`
	TrackRecord   *employer.TrackRecord `json:"track_record,omitempty"`
	HowToApply    []string              `json:"how_to_apply"`
	OpenVacancies []VacancyRef          `json:"open_vacancies"`
	Contacts      []employer.Contact    `json:"contacts"`
	Placements    []employer.Placement  `json:"placements"`
}

// VacancyRef names a vacancy.
type VacancyRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// EmployerBatch upserts and deletes employers together: all or none.
type EmployerBatch struct {
	Upsert []employer.Employer `json:"upsert,omitempty"`
	Delete []string            `json:"delete,omitempty"`
}

// VacancyBatch upserts and deletes vacancies together: all or none.
type VacancyBatch struct {
	Upsert []employer.Vacancy `json:"upsert,omitempty"`
	Delete []string           `json:"delete,omitempty"`
}

// BatchResult counts what a batch changed.
type BatchResult struct {
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Deleted   int `json:"deleted"`
}

func (s *Server) listEmployers(r *http.Request, p *who) (any, error) {
	d, err := s.ws.Store.Derived(r.Context())
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := EmployerList{Employers: []EmployerSummary{}}
	for _, e := range s.ws.Index.Employers() {
		sum := EmployerSummary{ID: e.ID, Name: e.Name, Sector: e.Sector, Address: e.Address}
		if rel, ok := d.Relationship(e.ID, today); ok {
			sum.Stage, sum.LastContact, sum.FollowUpDue, sum.FollowUpOverdue = rel.Stage, rel.LastContact, rel.FollowUpDue, rel.FollowUpOverdue
		}
		for _, v := range s.ws.Index.VacanciesOf(e.ID) {
			if v.Open(today) {
				sum.OpenVacancies++
			}
		}
		out.Employers = append(out.Employers, sum)
	}
	note(r.Context(), "count", len(out.Employers))
	return out, nil
}

func (s *Server) getEmployer(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "employer", id)
	emp, ok := s.ws.Index.Employer(id)
	if !ok {
		return nil, fmt.Errorf("%w: no employer %q in the index", ErrNotFound, id)
	}
	today := s.today()
	v := EmployerView{Employer: emp, Relationship: employer.Relationship{EmployerID: id},
		HowToApply: []string{}, OpenVacancies: []VacancyRef{}, Contacts: []employer.Contact{}, Placements: []employer.Placement{}}
	d, err := s.ws.Store.Derived(r.Context())
	if err != nil {
		return nil, err
	}
	if rel, ok := d.Relationship(id, today); ok {
		v.Relationship = rel
	}
	if tr, ok := d.TrackRecord(id, today); ok {
		v.TrackRecord = &tr
	}
	cs, err := s.ws.Store.Contacts(r.Context(), store.Filter{EmployerID: id})
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if s.seesRecord(p, c.ClientID) {
			v.Contacts = append(v.Contacts, c)
		}
	}
	ps, err := s.ws.Store.Placements(r.Context(), store.Filter{EmployerID: id})
	if err != nil {
		return nil, err
	}
	for _, pl := range ps {
		if s.seesRecord(p, pl.ClientID) {
			v.Placements = append(v.Placements, pl)
		}
	}
	seen := map[string]bool{}
	for _, vac := range s.ws.Index.VacanciesOf(id) {
		if !vac.Open(today) {
			continue
		}
		v.OpenVacancies = append(v.OpenVacancies, VacancyRef{ID: vac.ID, Title: vac.Title})
		if a := vac.Application.String(); a != "" && !seen[a] {
			seen[a] = true
			v.HowToApply = append(v.HowToApply, a)
		}
	}
	return v, nil
}

func (s *Server) apply(r *http.Request, b index.Batch) (any, error) {
	st, err := s.ws.Index.Apply(r.Context(), b)
	if err != nil {
		return nil, err
	}
	res := BatchResult{Added: st.EmployersAdded + st.VacanciesAdded, Updated: st.EmployersUpdated + st.VacanciesUpdated,
		Unchanged: st.EmployersUnchanged + st.VacanciesUnchanged, Deleted: st.Deleted}
	note(r.Context(), "added", res.Added, "updated", res.Updated, "deleted", res.Deleted)
	return res, nil
}

func (s *Server) employerBatch(r *http.Request, p *who) (any, error) {
	var b EmployerBatch
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if len(b.Upsert)+len(b.Delete) == 0 {
		return nil, badField("upsert", "give employers to upsert or ids to delete")
	}
	return s.apply(r, index.Batch{Employers: b.Upsert, DeleteEmployers: b.Delete, Source: "request"})
}

func (s *Server) vacancyBatch(r *http.Request, p *who) (any, error) {
	var b VacancyBatch
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if len(b.Upsert)+len(b.Delete) == 0 {
		return nil, badField("upsert", "give vacancies to upsert or ids to delete")
	}
	return s.apply(r, index.Batch{Vacancies: b.Upsert, DeleteVacancies: b.Delete, Source: "request"})
}

func (s *Server) getVacancy(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "vacancy", id)
	v, ok := s.ws.Index.Vacancy(id)
	if !ok {
		return nil, fmt.Errorf("%w: no vacancy %q in the index", ErrNotFound, id)
	}
	return v.Vacancy, nil
}

// MapView is what a client's map is drawn from: no tiles, only points.
type MapView struct {
	Client string            `json:"client"`
	Home   *preference.Point `json:"home"`
	// ReachKm is the straight-line radius the commute limit allows; 0 when
	// there is no limit.
	ReachKm   float64    `json:"reach_km"`
	Vacancies []MapPoint `json:"vacancies"`
	Employers []MapPoint `json:"employers"`
}

// MapPoint is one vacancy or employer on the map, with its rank.
type MapPoint struct {
	ID    string  `json:"id"`
	Label string  `json:"label"`
	Rank  int     `json:"rank"`
	Lat   float64 `json:"lat"`
	Lon   float64 `json:"lon"`
}

func (s *Server) clientMap(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "client", id)
	c, err := s.caseloadClient(p, id)
	if err != nil {
		return nil, err
	}
	today := s.today()
	res, err := s.ws.Engine.Match(r.Context(), c, match.Options{Today: today})
	if err != nil {
		return nil, err
	}
	leads, err := s.ws.Engine.Leads(r.Context(), c, match.LeadOptions{Today: today})
	if err != nil {
		return nil, err
	}
	m := MapView{Client: c.ID, Home: c.Home, ReachKm: round2(match.ReachKm(c.Commute)), Vacancies: []MapPoint{}, Employers: []MapPoint{}}
	for _, x := range res.Results {
		if v, ok := s.ws.Index.Vacancy(x.ID); ok && v.Location != nil {
			m.Vacancies = append(m.Vacancies, MapPoint{ID: x.ID, Label: x.Title, Rank: x.Rank, Lat: v.Location.Lat, Lon: v.Location.Lon})
		}
	}
	for _, l := range leads.Leads {
		if e, ok := s.ws.Index.Employer(l.EmployerID); ok && e.Location != nil {
			m.Employers = append(m.Employers, MapPoint{ID: e.ID, Label: e.Name, Rank: l.Rank, Lat: e.Location.Lat, Lon: e.Location.Lon})
		}
	}
	return m, nil
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
