package server

import (
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// AlertsRequest asks which caseload clients new or changed vacancies suit.
type AlertsRequest struct {
	// Since selects the vacancies posted on or after this day; VacancyIDs
	// names vacancies the application knows it just added or changed.
	// One of them is required.
	Since      employer.Date `json:"since,omitzero"`
	VacancyIDs []string      `json:"vacancy_ids,omitempty"`
	PerVacancy int           `json:"per_vacancy,omitempty"` // 0 means 10
	MinScore   float64       `json:"min_score,omitempty"`
	// IncludeNonCompetitive also alerts on traineeships, sheltered work
	// and reserved posts, labelled (never a reserved post for a client
	// who chose not to disclose).
	IncludeNonCompetitive bool          `json:"include_non_competitive,omitempty"`
	Today                 employer.Date `json:"today,omitzero"`
}

// alerts runs the reverse match over the caller's caseload: a specialist's
// own clients, everyone's for a supervisor or the application. The same
// must-preferences and disclosure rules as match apply.
func (s *Server) alerts(r *http.Request, p *who) (any, error) {
	var req AlertsRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if req.Since.IsZero() && len(req.VacancyIDs) == 0 {
		return nil, badField("since", "give since (YYYY-MM-DD) or vacancy_ids")
	}
	caseload := s.ws.Caseload
	if p.Role == RoleSpecialist {
		var own []preference.Profile
		for _, c := range caseload.Clients() {
			if c.Specialist == p.Specialist {
				own = append(own, c)
			}
		}
		var err error
		if caseload, err = match.NewCaseload(own); err != nil {
			return nil, err
		}
	}
	res, err := s.ws.Engine.Alerts(r.Context(), caseload, match.AlertOptions{Since: req.Since, VacancyIDs: req.VacancyIDs,
		PerVacancy: req.PerVacancy, MinScore: req.MinScore, IncludeNonCompetitive: req.IncludeNonCompetitive, Today: s.orToday(req.Today), Lang: requestLang(r)})
	if err != nil {
		return nil, err
	}
	note(r.Context(), "vacancies", res.Vacancies, "count", len(res.Alerts))
	return res, nil
}
