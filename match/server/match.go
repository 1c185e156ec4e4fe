package server

import (
	"errors"
	"fmt"
	"net/http"
	"slices"

	"golang.org/x/text/language"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/record"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// MatchRequest asks for a client's ranked vacancies. Give ClientID for a
// caseload client, or Profile for a search only; a profile with a
// caseload client's id must be that client's profile exactly, so a request
// can never override the caseload's disclosure choice.
type MatchRequest struct {
	ClientID              string              `json:"client_id,omitempty"`
	Profile               *preference.Profile `json:"profile,omitempty"`
	Limit                 int                 `json:"limit,omitempty"`        // 0 means 20
	PerEmployer           int                 `json:"per_employer,omitempty"` // 0 means 2, negative no cap
	IncludeNonCompetitive bool                `json:"include_non_competitive,omitempty"`
	Rapid                 bool                `json:"rapid,omitempty"`
	// Facets also counts, over every vacancy whatever the limit, what
	// passed the musts by band and what each must alone left out.
	Facets bool `json:"facets,omitempty"`
	// Career is the client's career profile: past jobs add skills, and
	// "never again" employers and kinds of work are left out. It is used
	// for this search only, never stored.
	Career *preference.CareerProfile `json:"career,omitempty"`
	// Lang is the language of the reasons and flags: en (the default),
	// it, es or da.
	Lang  string        `json:"lang,omitempty"`
	Today employer.Date `json:"today,omitzero"` // default: the server's today
}

// LeadsRequest asks for the employers to approach for a client; the
// client is given as in MatchRequest.
type LeadsRequest struct {
	ClientID string              `json:"client_id,omitempty"`
	Profile  *preference.Profile `json:"profile,omitempty"`
	Limit    int                 `json:"limit,omitempty"` // 0 means 15
	Today    employer.Date       `json:"today,omitzero"`
}

// profileFor resolves the client of a request and checks the caller may
// search for them.
func (s *Server) profileFor(p *who, clientID string, prof *preference.Profile) (preference.Profile, error) {
	var c preference.Profile
	switch {
	case prof == nil && clientID == "":
		return c, badField("client_id", "give client_id or profile")
	case prof == nil:
		return s.caseloadClient(p, clientID)
	case clientID != "" && clientID != prof.ID:
		return c, badField("client_id", "%q is not the profile's id", clientID)
	}
	if err := prof.Validate(); err != nil {
		return c, err
	}
	c, err := s.ws.Profile(*prof)
	if err != nil {
		return c, err
	}
	if p.specialist() && c.Specialist != p.Specialist {
		return c, fmt.Errorf("%w: profile %q does not name %s as its specialist", ErrForbidden, c.ID, p.Specialist)
	}
	return c, nil
}

func (s *Server) orToday(d employer.Date) employer.Date {
	if d.IsZero() {
		return s.today()
	}
	return d
}

func (s *Server) match(r *http.Request, p *who) (any, error) {
	var req MatchRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	c, err := s.profileFor(p, req.ClientID, req.Profile)
	if err != nil {
		return nil, err
	}
	lang, err := reasonsLang(req.Lang)
	if err != nil {
		return nil, err
	}
	if req.Lang == "" {
		lang = requestLang(r)
	}
	if req.Career != nil {
		if err := req.Career.Validate(); err != nil {
			return nil, prefixField("career.", err)
		}
		if c, err = req.Career.Apply(c); err != nil {
			return nil, prefixField("career.", err)
		}
	}
	res, err := s.ws.Engine.Match(r.Context(), c, match.Options{Limit: req.Limit, PerEmployer: req.PerEmployer,
		IncludeNonCompetitive: req.IncludeNonCompetitive, Rapid: req.Rapid, Facets: req.Facets, Lang: lang, Today: s.orToday(req.Today)})
	if err != nil {
		return nil, err
	}
	note(r.Context(), "client", c.ID, "count", len(res.Results))
	return res, nil
}

// reasonsLang reads the language reasons are written in.
func reasonsLang(s string) (language.Tag, error) {
	if s == "" {
		return language.Tag{}, nil
	}
	if !slices.Contains(labelLangs, s) {
		return language.Tag{}, badField("lang", "want one of en, it, es, da")
	}
	return language.Make(s), nil
}

// prefixField names a field error's field from the request's top.
func prefixField(prefix string, err error) error {
	var fe *record.FieldError
	if errors.As(err, &fe) {
		c := *fe
		c.Field = prefix + c.Field
		return &c
	}
	return err
}

func (s *Server) leads(r *http.Request, p *who) (any, error) {
	var req LeadsRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	c, err := s.profileFor(p, req.ClientID, req.Profile)
	if err != nil {
		return nil, err
	}
	res, err := s.ws.Engine.Leads(r.Context(), c, match.LeadOptions{Limit: req.Limit, Today: s.orToday(req.Today), Lang: requestLang(r)})
	if err != nil {
		return nil, err
	}
	note(r.Context(), "client", c.ID, "count", len(res.Leads))
	return res, nil
}

func (s *Server) plan(r *http.Request, p *who) (any, error) {
	who, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	if who == "" {
		return nil, badField("specialist", "name the specialist whose week to plan")
	}
	week, err := queryDate(r, "week")
	if err != nil {
		return nil, err
	}
	visits, err := queryInt(r, "visits", 0, 1, 50)
	if err != nil {
		return nil, err
	}
	today := s.today()
	if week.IsZero() {
		week = today
	}
	pl, err := s.ws.Engine.Plan(r.Context(), s.ws.Caseload.Clients(), who, week, match.PlanOptions{Visits: visits, Today: today, Lang: requestLang(r)})
	if err != nil {
		return nil, err
	}
	note(r.Context(), "specialist", who, "count", len(pl.Visits))
	return pl, nil
}
