package server

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// ownsClient reports whether the caller may see a client: anyone but a
// specialist, or the specialist the client's profile names. An id not in
// the caseload belongs to no specialist.
func (s *Server) ownsClient(p *who, id string) bool {
	if !p.specialist() {
		return true
	}
	c, ok := s.ws.Client(id)
	return ok && c.Specialist == p.Specialist
}

// checkClient is ownsClient as an error.
func (s *Server) checkClient(p *who, id string) error {
	if s.ownsClient(p, id) {
		return nil
	}
	return fmt.Errorf("%w: client %q is not in %s's caseload", ErrForbidden, id, p.Specialist)
}

// seesRecord reports whether the caller may see a record about a client
// ("" for a record about no client).
func (s *Server) seesRecord(p *who, clientID string) bool {
	return clientID == "" || s.ownsClient(p, clientID)
}

// badField is a 400 naming a field.
func badField(field, format string, a ...any) error {
	return &record.FieldError{Field: field, Err: fmt.Errorf("%w: %s", ErrBadRequest, fmt.Sprintf(format, a...))}
}

// checkQuery refuses query parameters the route does not take, so that a
// typo never silently widens a filter.
func checkQuery(r *http.Request, rt route) error {
	for k := range r.URL.Query() {
		known := false
		for _, q := range rt.Query {
			known = known || q.Name == k
		}
		if !known {
			return badField(k, "unknown query parameter %q", k)
		}
	}
	return nil
}

func queryDate(r *http.Request, name string) (employer.Date, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return employer.Date{}, nil
	}
	d, err := civil.Parse(v)
	if err != nil {
		return employer.Date{}, badField(name, "want a date YYYY-MM-DD")
	}
	return d, nil
}

func queryInt(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badField(name, "want a whole number from %d to %d", lo, hi)
	}
	return n, nil
}

// scopeSpecialist is the specialist a plan or report is for: a specialist
// token may only ask for their own (and gets it by default).
func scopeSpecialist(r *http.Request, p *who) (string, error) {
	asked := r.URL.Query().Get("specialist")
	if !p.specialist() {
		return asked, nil
	}
	if asked != "" && asked != p.Specialist {
		return "", fmt.Errorf("%w: a specialist token reads %s's figures only", ErrForbidden, p.Specialist)
	}
	return p.Specialist, nil
}
