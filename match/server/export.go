package server

import (
	"bytes"
	"net/http"
	"regexp"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/export"
)

// The exports are what `ipsmatch export` writes: a client's list as a
// spreadsheet or a printable page, and a specialist's week as a calendar
// file. A specialist exports their own clients and their own week only.

var exportListQuery = []param{
	{"client_id", "string", "the caseload client whose list to export"},
	{"format", "string", "csv (the default) or html, a printable page to share with the client"},
	{"limit", "integer", "how many vacancies (default 10)"},
}

var exportCalendarQuery = []param{
	{"specialist", "string", "whose week (a specialist token: their own, the default)"},
	{"week", "date", "first day of the week (default: the Monday of today's week)"},
}

// unsafeName is what a file name offered for saving may not hold.
var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func (s *Server) exportList(r *http.Request, p *who) (any, error) {
	q := r.URL.Query()
	id := q.Get("client_id")
	if id == "" {
		return nil, badField("client_id", "name the client whose list to export")
	}
	note(r.Context(), "client", id)
	format := q.Get("format")
	if format == "" {
		format = "csv"
	}
	if format != "csv" && format != "html" {
		return nil, badField("format", "want csv or html")
	}
	limit, err := queryInt(r, "limit", 10, 1, 200)
	if err != nil {
		return nil, err
	}
	c, err := s.caseloadClient(p, id)
	if err != nil {
		return nil, err
	}
	today, lang := s.today(), requestLang(r)
	res, err := s.ws.Engine.Match(r.Context(), c, match.Options{Limit: limit, Today: today, Lang: lang})
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", len(res.Results))
	var b bytes.Buffer
	ct := typeCSV
	if format == "html" {
		ct, err = typeHTML, export.ResultsHTML(&b, res, lang)
	} else {
		err = export.ResultsCSV(&b, res)
	}
	if err != nil {
		return nil, err
	}
	return &download{contentType: ct, filename: fileName("ipsmatch", c.ID, today.String()) + "." + format, body: b.Bytes()}, nil
}

func (s *Server) exportCalendar(r *http.Request, p *who) (any, error) {
	spec, err := scopeSpecialist(r, p)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return nil, badField("specialist", "name the specialist whose week to export")
	}
	note(r.Context(), "specialist", spec)
	start, err := queryDate(r, "week")
	if err != nil {
		return nil, err
	}
	today, lang := s.today(), requestLang(r)
	if start.IsZero() {
		start = mondayOf(today)
	}
	if err := s.knownSpecialist(r.Context(), spec); err != nil {
		return nil, err
	}
	plan, err := s.ws.Engine.Plan(r.Context(), s.ws.Caseload.Clients(), spec, start, match.PlanOptions{Today: today, Lang: lang})
	if err != nil {
		return nil, err
	}
	fa, err := match.FollowAlongs(r.Context(), s.ws.Store, s.ws.Caseload, match.FollowAlongOptions{Today: today, Lang: lang,
		Within: max(0, start.AddDays(6).DaysSince(today)), Specialist: spec})
	if err != nil {
		return nil, err
	}
	events := append(export.PlanEvents(plan, lang), export.FollowAlongEvents(fa, lang)...)
	note(r.Context(), "count", len(events))
	var b bytes.Buffer
	// Stamped with the day it is for, so the same day gives the same file.
	if err := export.Calendar(&b, export.CalendarName(start, spec, lang), today.Time(), events); err != nil {
		return nil, err
	}
	return &download{contentType: typeCalendar, filename: fileName("ipsmatch-week", start.String(), spec) + ".ics", body: b.Bytes()}, nil
}

func mondayOf(d employer.Date) employer.Date {
	return d.AddDays(-((int(d.Time().Weekday()) + 6) % 7))
}

// fileName joins ids and dates into a name safe to offer for saving.
func fileName(parts ...string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, '-')
		}
		b = append(b, unsafeName.ReplaceAllString(p, "_")...)
	}
	return string(b)
}
