package server

import (
	"context"
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

// reportWeeks is the default period of a report: 8 weeks ending today.
const reportWeeks = 8

// WeeklyReport is one report per week, oldest first: what the dashboard
// charts.
type WeeklyReport struct {
	Specialist string            `json:"specialist,omitempty"`
	Weeks      []fidelity.Report `json:"weeks"`
}

func (s *Server) report(r *http.Request, p *who) (any, error) {
	spec, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	period, err := s.periodOf(r)
	if err != nil {
		return nil, err
	}
	in, err := s.reportInput(r.Context(), spec)
	if err != nil {
		return nil, err
	}
	in.Period, in.Lang = period, requestLang(r)
	return fidelity.Compute(in)
}

// periodOf reads a report's from and to: by default the 8 weeks ending
// today.
func (s *Server) periodOf(r *http.Request) (fidelity.Period, error) {
	from, err := queryDate(r, "from")
	if err != nil {
		return fidelity.Period{}, err
	}
	to, err := queryDate(r, "to")
	if err != nil {
		return fidelity.Period{}, err
	}
	return s.period(from, to), nil
}

func (s *Server) period(from, to employer.Date) fidelity.Period {
	if to.IsZero() {
		to = s.today()
	}
	if from.IsZero() {
		from = to.AddDays(-7*reportWeeks + 1)
	}
	return fidelity.Period{From: from, To: to}
}

func (s *Server) reportWeeks(r *http.Request, p *who) (any, error) {
	spec, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	n, err := queryInt(r, "weeks", reportWeeks, 1, 104)
	if err != nil {
		return nil, err
	}
	in, err := s.reportInput(r.Context(), spec)
	if err != nil {
		return nil, err
	}
	in.Lang = requestLang(r)
	out := WeeklyReport{Specialist: spec, Weeks: make([]fidelity.Report, 0, n)}
	end := s.today()
	for i := n - 1; i >= 0; i-- {
		to := end.AddDays(-7 * i)
		in.Period = fidelity.Period{From: to.AddDays(-6), To: to}
		in.Today = to
		rep, err := fidelity.Compute(in)
		if err != nil {
			return nil, err
		}
		out.Weeks = append(out.Weeks, rep)
	}
	note(r.Context(), "count", n)
	return out, nil
}

// reportInput reads the whole log once for one or many reports.
func (s *Server) reportInput(ctx context.Context, spec string) (fidelity.Input, error) {
	cs, err := s.ws.Store.Contacts(ctx, store.Filter{})
	if err != nil {
		return fidelity.Input{}, err
	}
	ps, err := s.ws.Store.Placements(ctx, store.Filter{})
	if err != nil {
		return fidelity.Input{}, err
	}
	if spec != "" {
		if err := s.knownSpecialist(ctx, spec); err != nil {
			return fidelity.Input{}, err
		}
	}
	return fidelity.Input{Clients: s.ws.Caseload.Clients(), Contacts: cs, Placements: ps,
		Today: s.today(), Specialist: spec}, nil
}

func (s *Server) knownSpecialist(ctx context.Context, id string) error {
	ss, err := s.ws.Store.Specialists(ctx)
	if err != nil {
		return err
	}
	ids := make([]string, len(ss))
	for i, sp := range ss {
		if sp.ID == id {
			return nil
		}
		ids[i] = sp.ID
	}
	return store.UnknownSpecialist(id, ids)
}
