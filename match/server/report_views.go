package server

import (
	"bytes"
	"io"
	"net/http"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match/export"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

// The report's further views, as 'ipsmatch report --ips25', '--quarters'
// and '--equity' give them: as JSON, or as CSV with format=csv.

// IPS25Report scores the IPS-25 fidelity items the data can measure (1-5)
// and lists those it cannot.
type IPS25Report struct {
	Period     fidelity.Period      `json:"period"`
	Specialist string               `json:"specialist,omitempty"`
	Items      []fidelity.IPS25Item `json:"items"`
}

// QuarterReport is the last calendar quarters against the IPS
// benchmarks, oldest first.
type QuarterReport struct {
	Specialist string                    `json:"specialist,omitempty"`
	Quarters   []fidelity.QuarterFigures `json:"quarters"`
}

// EquityRequest splits outcomes by a grouping the programme chose from
// its own records (for example where clients were born): client id to
// group label. The grouping is used for this answer only: never stored,
// never logged, never seen by the engine. Groups under 5 clients are
// suppressed, so that no one client can be picked out.
type EquityRequest struct {
	From       employer.Date     `json:"from,omitzero"` // default: 8 weeks before to
	To         employer.Date     `json:"to,omitzero"`   // default: today
	Specialist string            `json:"specialist,omitempty"`
	Grouping   map[string]string `json:"grouping"`
}

// EquityReport is the outcomes per group, by label.
type EquityReport struct {
	Period     fidelity.Period         `json:"period"`
	Specialist string                  `json:"specialist,omitempty"`
	Groups     []fidelity.GroupFigures `json:"groups"`
}

var formatParam = param{"format", "string", "json (the default) or csv"}

// maxGroupLabel bounds a group label, in characters.
const maxGroupLabel = 100

// csvFormat reads the format parameter: true for csv.
func csvFormat(r *http.Request) (bool, error) {
	switch r.URL.Query().Get("format") {
	case "", "json":
		return false, nil
	case "csv":
		return true, nil
	}
	return false, badField("format", "want json or csv")
}

// csvOr is v, or the CSV write makes of it when asCSV.
func csvOr(asCSV bool, v any, name string, write func(io.Writer) error) (any, error) {
	if !asCSV {
		return v, nil
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return nil, err
	}
	return &download{contentType: typeCSV, filename: name + ".csv", body: b.Bytes()}, nil
}

func (s *Server) reportIPS25(r *http.Request, p *who) (any, error) {
	spec, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	asCSV, err := csvFormat(r)
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
	in.Period = period
	items, err := fidelity.IPS25(fidelity.IPS25Input{Input: in, Competitive: func(pl employer.Placement) (bool, bool) {
		if v, ok := s.ws.Index.Vacancy(pl.VacancyID); ok && pl.VacancyID != "" {
			return v.Competitive(), true
		}
		return false, false
	}})
	if err != nil {
		return nil, err
	}
	rep := IPS25Report{Period: period, Specialist: spec, Items: items}
	return csvOr(asCSV, rep, fileName("ipsmatch-ips25", period.To.String(), spec), func(w io.Writer) error { return export.IPS25CSV(w, items) })
}

func (s *Server) reportQuarters(r *http.Request, p *who) (any, error) {
	spec, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	asCSV, err := csvFormat(r)
	if err != nil {
		return nil, err
	}
	n, err := queryInt(r, "quarters", 4, 1, 40)
	if err != nil {
		return nil, err
	}
	in, err := s.reportInput(r.Context(), spec)
	if err != nil {
		return nil, err
	}
	in.Period = s.period(employer.Date{}, employer.Date{})
	qs, err := fidelity.Quarters(in, n)
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", len(qs))
	rep := QuarterReport{Specialist: spec, Quarters: qs}
	return csvOr(asCSV, rep, fileName("ipsmatch-quarters", s.today().String(), spec), func(w io.Writer) error { return export.QuartersCSV(w, qs) })
}

func (s *Server) reportEquity(r *http.Request, p *who) (any, error) {
	var req EquityRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	asCSV, err := csvFormat(r)
	if err != nil {
		return nil, err
	}
	if len(req.Grouping) == 0 {
		return nil, badField("grouping", "give each client's group: {\"client id\": \"group\"}")
	}
	for id, label := range req.Grouping {
		// The label is the programme's own record: never quoted back.
		if id == "" || label == "" || !utf8.ValidString(label) || utf8.RuneCountInString(label) > maxGroupLabel {
			return nil, badField("grouping", "client %q: want a group label of 1 to %d characters", id, maxGroupLabel)
		}
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.To.Before(req.From) {
		return nil, badField("to", "the period ends before it starts")
	}
	in, err := s.reportInput(r.Context(), req.Specialist)
	if err != nil {
		return nil, err
	}
	in.Period = s.period(req.From, req.To)
	gs, err := fidelity.Equity(in, fidelity.Grouping(req.Grouping))
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", len(gs))
	rep := EquityReport{Period: in.Period, Specialist: req.Specialist, Groups: gs}
	return csvOr(asCSV, rep, fileName("ipsmatch-equity", in.Period.To.String(), req.Specialist), func(w io.Writer) error { return export.EquityCSV(w, gs) })
}
