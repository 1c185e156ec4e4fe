package server

import (
	"net/http"
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// route is one API route: how it is served and how it is documented. The
// handler and the OpenAPI document are both made from this table, so a
// route cannot be served without being documented.
type route struct {
	Method, Path, Summary string
	// Roles may call the route at all; the handler narrows a specialist to
	// their own caseload.
	Roles []Role
	Query []param
	// Body and Resp are zero values of the request and response types.
	Body, Resp any
	// Upload lists the content types of a raw request body (a file's
	// bytes, not JSON); such a body may be as large as
	// Options.MaxImportBody.
	Upload []string
	// Produces lists the content types of a success that is not JSON (a
	// download), answered as a *download; with Resp too, the handler
	// answers either.
	Produces []string
	// Created is set for routes that answer 201.
	Created bool
	// exclusive routes run alone: no other request is served meanwhile.
	exclusive bool
	// selfLocked routes take s.mu themselves: an upload is read into a
	// file first, so that a slow sender holds up no caseload change.
	selfLocked bool
	handle     func(s *Server, r *http.Request, p *who) (any, error)
}

// param is a query parameter.
type param struct {
	Name, Type, Doc string // Type: string, integer, boolean or date
}

func (rt route) allows(r Role) bool { return slices.Contains(rt.Roles, r) }

func (rt route) status() int {
	if rt.Created {
		return http.StatusCreated
	}
	return http.StatusOK
}

var (
	everyone   = []Role{RoleSpecialist, RoleSupervisor, RoleIntegration}
	feederOnly = []Role{RoleIntegration}
)

var recordFilter = []param{
	{"employer_id", "string", "only this employer's records"},
	{"client_id", "string", "only this client's records"},
	{"specialist", "string", "only this specialist's contacts"},
	{"from", "date", "first day, YYYY-MM-DD (inclusive)"},
	{"to", "date", "last day, YYYY-MM-DD (inclusive)"},
}

// routes lists every API route.
func routes() []route {
	return []route{
		{Method: "GET", Path: "/v1/me", Summary: "The token's role and specialist", Roles: everyone,
			Resp: Me{}, handle: (*Server).me},
		{Method: "GET", Path: "/v1/clients", Summary: "The caseload: days since enrolment, past day 30, working now (a specialist sees their own clients)", Roles: everyone,
			Resp: ClientList{}, handle: (*Server).listClients},
		{Method: "GET", Path: "/v1/clients/{id}", Summary: "One client's profile and rapid-search standing", Roles: everyone,
			Resp: ClientView{}, handle: (*Server).getClient},
		{Method: "GET", Path: "/v1/clients/{id}/map", Summary: "Points to draw a client's map: home, commute limit, matched vacancies, lead employers", Roles: everyone,
			Resp: MapView{}, handle: (*Server).clientMap},
		{Method: "POST", Path: "/v1/match", Summary: "Rank vacancies for a caseload client (client_id) or a profile sent with the request", Roles: everyone,
			Body: MatchRequest{}, Resp: match.Results{}, handle: (*Server).match},
		{Method: "POST", Path: "/v1/leads", Summary: "Rank employers to approach for a client", Roles: everyone,
			Body: LeadsRequest{}, Resp: match.Leads{}, handle: (*Server).leads},
		{Method: "POST", Path: "/v1/alerts", Summary: "Which caseload clients new or changed vacancies suit, ranked and explained (a specialist sees their own clients)", Roles: everyone,
			Body: AlertsRequest{}, Resp: match.AlertResults{}, handle: (*Server).alerts},
		{Method: "GET", Path: "/v1/plan", Summary: "A specialist's job-development visits for a week", Roles: everyone,
			Query: []param{{"specialist", "string", "whose plan (a specialist token: their own, the default)"},
				{"week", "date", "a day of the week to plan (default: today)"},
				{"visits", "integer", "how many visits (default 6)"}},
			Resp: match.Plan{}, handle: (*Server).plan},
		{Method: "GET", Path: "/v1/report", Summary: "Fidelity and outcome figures for a period", Roles: everyone,
			Query: []param{{"from", "date", "first day (default: 8 weeks before to)"}, {"to", "date", "last day (default: today)"},
				{"specialist", "string", "one specialist (a specialist token: always their own)"}},
			Resp: fidelity.Report{}, handle: (*Server).report},
		{Method: "GET", Path: "/v1/report/weeks", Summary: "Fidelity and outcome figures week by week, oldest first, for charts", Roles: everyone,
			Query: []param{{"weeks", "integer", "how many weeks ending today (default 8, at most 104)"},
				{"specialist", "string", "one specialist (a specialist token: always their own)"}},
			Resp: WeeklyReport{}, handle: (*Server).reportWeeks},
		{Method: "GET", Path: "/v1/report/ips25", Summary: "The IPS-25 fidelity items the data can measure, scored 1-5, and those it cannot; as JSON or CSV", Roles: everyone,
			Query: []param{{"from", "date", "first day (default: 8 weeks before to)"}, {"to", "date", "last day (default: today)"},
				{"specialist", "string", "one specialist (a specialist token: always their own)"}, formatParam},
			Resp: IPS25Report{}, Produces: []string{typeCSV}, handle: (*Server).reportIPS25},
		{Method: "GET", Path: "/v1/report/quarters", Summary: "The last calendar quarters against the IPS benchmarks: employment rate, starts, endings by reason, 90-day retention; as JSON or CSV", Roles: everyone,
			Query: []param{{"quarters", "integer", "how many quarters (default 4, at most 40)"},
				{"specialist", "string", "one specialist (a specialist token: always their own)"}, formatParam},
			Resp: QuarterReport{}, Produces: []string{typeCSV}, handle: (*Server).reportQuarters},
		{Method: "POST", Path: "/v1/report/equity", Summary: "Outcomes split by a grouping the programme sends (never stored; groups under 5 clients suppressed); as JSON or CSV", Roles: []Role{RoleSupervisor, RoleIntegration},
			Query: []param{formatParam}, Body: EquityRequest{}, Resp: EquityReport{}, Produces: []string{typeCSV}, handle: (*Server).reportEquity},
		{Method: "GET", Path: "/v1/followups", Summary: "Employer follow-ups and follow-along contacts due, and recent job endings (a specialist sees their own)", Roles: everyone,
			Query: []param{{"specialist", "string", "only this specialist's"}, {"within", "integer", "days ahead to include (default 7)"}},
			Resp:  FollowUps{}, handle: (*Server).followups},
		{Method: "GET", Path: "/v1/benefits", Summary: "Earnings at a vacancy's hours and pay against a client's benefits limit", Roles: everyone,
			Query: []param{{"client_id", "string", "the client"}, {"vacancy_id", "string", "the vacancy"}},
			Resp:  match.BenefitsView{}, handle: (*Server).benefits},
		{Method: "GET", Path: "/v1/export/list", Summary: "A client's ranked vacancies as a spreadsheet (CSV) or a printable page (HTML) to share with the client", Roles: everyone,
			Query: exportListQuery, Produces: []string{typeCSV, typeHTML}, handle: (*Server).exportList},
		{Method: "GET", Path: "/v1/export/calendar", Summary: "A specialist's week of proposed employer visits and follow-along contacts as an iCalendar file a phone imports", Roles: everyone,
			Query: exportCalendarQuery, Produces: []string{typeCalendar}, handle: (*Server).exportCalendar},
		{Method: "GET", Path: "/v1/caseload", Summary: "Where the caseload's client profiles are read from, on the server, and how many clients it holds", Roles: []Role{RoleSupervisor, RoleIntegration},
			Resp: CaseloadView{}, handle: (*Server).getCaseload},
		{Method: "POST", Path: "/v1/caseload", Summary: "Make a folder of client profiles on the server the caseload, checked whole, and report who was added, removed or changed their disclosure choice", Roles: []Role{RoleSupervisor, RoleIntegration},
			Body: CaseloadRequest{}, Resp: workspace.CaseloadChange{}, exclusive: true, handle: (*Server).setCaseload},
		{Method: "POST", Path: "/v1/import", Summary: "Import one file sent as the body, as 'ipsmatch import' does: JSON-LD or HTML job postings, a spreadsheet (CSV) or JSON Lines; checked, written in all-or-nothing batches, contacts and placements through the disclosure gate", Roles: []Role{RoleSupervisor, RoleIntegration},
			Query: importQuery, Upload: importTypes, Resp: workspace.Report{}, selfLocked: true, handle: (*Server).importFile},
		{Method: "POST", Path: "/v1/specialists", Summary: "Put specialists and supervisors on the team's roster", Roles: []Role{RoleSupervisor, RoleIntegration},
			Body: SpecialistBatch{}, Resp: BatchResult{}, handle: (*Server).addSpecialists},
		{Method: "GET", Path: "/v1/specialists", Summary: "The team's roster", Roles: everyone,
			Resp: SpecialistList{}, handle: (*Server).specialists},

		{Method: "GET", Path: "/v1/contacts", Summary: "Employer contacts, filtered (a specialist sees no contact about another's client)", Roles: everyone,
			Query: recordFilter, Resp: ContactList{}, handle: (*Server).listContacts},
		{Method: "POST", Path: "/v1/contacts", Summary: "Record contacts as one batch, through the disclosure gate; nothing is stored on any error", Roles: everyone,
			Body: ContactBatch{}, Resp: Added{}, Created: true, handle: (*Server).addContacts},
		{Method: "GET", Path: "/v1/contacts/{id}", Summary: "One contact, as currently recorded", Roles: everyone,
			Resp: employer.Contact{}, handle: (*Server).getContact},
		{Method: "GET", Path: "/v1/contacts/{id}/versions", Summary: "Every version of a contact, oldest first", Roles: everyone,
			Resp: VersionList{}, handle: (*Server).contactVersions},
		{Method: "POST", Path: "/v1/contacts/{id}/amend", Summary: "Correct a contact, checked as a new one", Roles: everyone,
			Body: ContactAmend{}, Resp: Done{}, handle: (*Server).amendContact},
		{Method: "POST", Path: "/v1/contacts/{id}/void", Summary: "Withdraw a contact, keeping its versions", Roles: everyone,
			Body: VoidRequest{}, Resp: Done{}, handle: (*Server).voidContact},

		{Method: "GET", Path: "/v1/placements", Summary: "Job starts, filtered (a specialist sees their own clients')", Roles: everyone,
			Query: recordFilter, Resp: PlacementList{}, handle: (*Server).listPlacements},
		{Method: "POST", Path: "/v1/placements", Summary: "Record job starts (or the end of one) as one batch", Roles: everyone,
			Body: PlacementBatch{}, Resp: Added{}, Created: true, handle: (*Server).addPlacements},
		{Method: "GET", Path: "/v1/placements/{id}", Summary: "One job start", Roles: everyone,
			Resp: employer.Placement{}, handle: (*Server).getPlacement},
		{Method: "GET", Path: "/v1/placements/{id}/versions", Summary: "Every version of a job start, oldest first", Roles: everyone,
			Resp: VersionList{}, handle: (*Server).placementVersions},
		{Method: "POST", Path: "/v1/placements/{id}/amend", Summary: "Correct a job start", Roles: everyone,
			Body: PlacementAmend{}, Resp: Done{}, handle: (*Server).amendPlacement},
		{Method: "POST", Path: "/v1/placements/{id}/void", Summary: "Withdraw a job start, keeping its versions", Roles: everyone,
			Body: VoidRequest{}, Resp: Done{}, handle: (*Server).voidPlacement},

		{Method: "POST", Path: "/v1/understand", Summary: "How the engine reads a client's job words: the occupations each phrase points to, or the themes of a broad wish", Roles: everyone,
			Body: UnderstandRequest{}, Resp: UnderstandResult{}, handle: (*Server).understand},
		{Method: "POST", Path: "/v1/geocode", Summary: "Locate addresses with the server's geocoder (serve --geocode), best first; 409 when it has none", Roles: everyone,
			Body: GeocodeRequest{}, Resp: GeocodeResult{}, handle: (*Server).geocode},
		{Method: "GET", Path: "/v1/taxonomy", Summary: "What the index reads occupations with: the built-in vocabulary, or ESCO merged with it", Roles: everyone,
			Resp: TaxonomyInfo{}, handle: (*Server).taxonomyInfo},
		{Method: "POST", Path: "/v1/taxonomy", Summary: "Load ESCO from a folder on the server, as 'ipsmatch taxonomy' does, and re-read the vacancies whose occupation was inferred", Roles: feederOnly,
			Body: TaxonomyLoad{}, Resp: TaxonomyLoaded{}, selfLocked: true, handle: (*Server).loadTaxonomy},
		{Method: "GET", Path: "/v1/taxonomy/occupations", Summary: "Browse or search the occupations: every one by id, an ISCO-08 group's, or those a client's words point to", Roles: everyone,
			Query: occupationsQuery, Resp: OccupationList{}, handle: (*Server).listOccupations},
		{Method: "GET", Path: "/v1/taxonomy/occupations/{id}", Summary: "One occupation: labels, place in ISCO-08, essential and optional skills, related work", Roles: everyone,
			Query: []param{{"lang", "string", "language of the labels: en (default), it, es or da"}}, Resp: OccupationView{}, handle: (*Server).getOccupation},

		{Method: "GET", Path: "/v1/employers", Summary: "Every employer with its relationship stage and next follow-up", Roles: everyone,
			Resp: EmployerList{}, handle: (*Server).listEmployers},
		{Method: "GET", Path: "/v1/employers/{id}", Summary: "One employer: details, how to apply, relationship, history, next follow-up", Roles: everyone,
			Resp: EmployerView{}, handle: (*Server).getEmployer},
		{Method: "POST", Path: "/v1/employers", Summary: "Upsert and delete employers in one all-or-nothing batch", Roles: feederOnly,
			Body: EmployerBatch{}, Resp: BatchResult{}, handle: (*Server).employerBatch},
		{Method: "GET", Path: "/v1/vacancies/{id}", Summary: "One vacancy", Roles: everyone,
			Resp: employer.Vacancy{}, handle: (*Server).getVacancy},
		{Method: "POST", Path: "/v1/vacancies", Summary: "Upsert and delete vacancies in one all-or-nothing batch", Roles: feederOnly,
			Body: VacancyBatch{}, Resp: BatchResult{}, handle: (*Server).vacancyBatch},
	}
}

// Me is who a token says the caller is.
type Me struct {
	TokenID    string `json:"token_id"`
	Name       string `json:"name,omitempty"`
	Role       Role   `json:"role"`
	Specialist string `json:"specialist,omitempty"`
}

func (s *Server) me(r *http.Request, p *who) (any, error) {
	return Me{TokenID: p.ID, Name: p.Name, Role: p.Role, Specialist: p.Specialist}, nil
}

// SpecialistList is the roster.
type SpecialistList struct {
	Specialists []store.Specialist `json:"specialists"`
}

func (s *Server) specialists(r *http.Request, p *who) (any, error) {
	ss, err := s.ws.Store.Specialists(r.Context())
	if ss == nil {
		ss = []store.Specialist{}
	}
	return SpecialistList{Specialists: ss}, err
}
