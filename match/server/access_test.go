package server

import (
	"net/http"
	"testing"
)

// accessCase is one route called about anna.rossi's client marta (or an
// unscoped resource) and, where the route is about a client, about
// marco.bianchi's client sofia.
type accessCase struct {
	method, path string
	body         func(role string) any
	// otherPath and otherBody address marco's client; empty when the route
	// is not about one client.
	otherPath string
	otherBody func(role string) any
	// want is the success status.
	want int
	// ctype is the Content-Type of a raw body (an upload): body then
	// returns the file's text.
	ctype string
	// setup readies the fixture, when the route needs more than the town.
	setup func(*fixture)
}

// call sends one access case's request.
func (c accessCase) call(f *fixture, role, path string, body any) response {
	f.t.Helper()
	if c.ctype != "" {
		return f.upload(role, path, c.ctype, []byte(body.(string)))
	}
	return f.do(role, c.method, path, body)
}

func noBody(string) any { return nil }

func accessCases() map[string]accessCase {
	matchBody := func(client string) func(string) any {
		return func(string) any { return map[string]any{"client_id": client} }
	}
	return map[string]accessCase{
		"GET /v1/me":               {method: "GET", path: "/v1/me", body: noBody, want: 200},
		"GET /v1/clients":          {method: "GET", path: "/v1/clients", body: noBody, want: 200},
		"GET /v1/clients/{id}":     {method: "GET", path: "/v1/clients/marta", body: noBody, otherPath: "/v1/clients/sofia", want: 200},
		"GET /v1/clients/{id}/map": {method: "GET", path: "/v1/clients/marta/map", body: noBody, otherPath: "/v1/clients/sofia/map", want: 200},
		"POST /v1/match":           {method: "POST", path: "/v1/match", body: matchBody("marta"), otherBody: matchBody("sofia"), want: 200},
		"POST /v1/leads":           {method: "POST", path: "/v1/leads", body: matchBody("marta"), otherBody: matchBody("sofia"), want: 200},
		"POST /v1/alerts": {method: "POST", path: "/v1/alerts", want: 200,
			body: func(string) any { return map[string]any{"since": "2026-11-01"} }},
		"GET /v1/plan":            {method: "GET", path: "/v1/plan?specialist=anna.rossi", body: noBody, otherPath: "/v1/plan?specialist=marco.bianchi", want: 200},
		"GET /v1/report":          {method: "GET", path: "/v1/report?specialist=anna.rossi", body: noBody, otherPath: "/v1/report?specialist=marco.bianchi", want: 200},
		"GET /v1/report/weeks":    {method: "GET", path: "/v1/report/weeks?specialist=anna.rossi&weeks=4", body: noBody, otherPath: "/v1/report/weeks?specialist=marco.bianchi", want: 200},
		"GET /v1/report/ips25":    {method: "GET", path: "/v1/report/ips25?specialist=anna.rossi", body: noBody, otherPath: "/v1/report/ips25?specialist=marco.bianchi", want: 200},
		"GET /v1/report/quarters": {method: "GET", path: "/v1/report/quarters?specialist=anna.rossi", body: noBody, otherPath: "/v1/report/quarters?specialist=marco.bianchi", want: 200},
		"POST /v1/report/equity": {method: "POST", path: "/v1/report/equity", want: 200,
			body: func(string) any { return map[string]any{"grouping": map[string]any{"marta": "a", "luca": "b"}} }},
		"GET /v1/followups":       {method: "GET", path: "/v1/followups?specialist=anna.rossi", body: noBody, otherPath: "/v1/followups?specialist=marco.bianchi", want: 200},
		"GET /v1/benefits":        {method: "GET", path: "/v1/benefits?client_id=marta&vacancy_id=v1", body: noBody, otherPath: "/v1/benefits?client_id=sofia&vacancy_id=v1", want: 200},
		"GET /v1/export/list":     {method: "GET", path: "/v1/export/list?client_id=marta", body: noBody, otherPath: "/v1/export/list?client_id=sofia", want: 200},
		"GET /v1/export/calendar": {method: "GET", path: "/v1/export/calendar?specialist=anna.rossi", body: noBody, otherPath: "/v1/export/calendar?specialist=marco.bianchi", want: 200},
		"GET /v1/caseload":        {method: "GET", path: "/v1/caseload", body: noBody, want: 200},
		"POST /v1/caseload": {method: "POST", path: "/v1/caseload", want: 200,
			body: func(string) any { return map[string]any{"folder": "testdata/town/clients"} }},
		"POST /v1/specialists": {method: "POST", path: "/v1/specialists", want: 200,
			body: func(role string) any {
				return map[string]any{"specialists": []any{map[string]any{"id": "new." + role, "name": "New"}}}
			}},
		"POST /v1/import": {method: "POST", path: "/v1/import?format=csv-contacts&name=visits.csv", want: 200, ctype: "text/csv",
			body: func(role string) any { return contactsCSV }},
		"GET /v1/specialists":            {method: "GET", path: "/v1/specialists", body: noBody, want: 200},
		"GET /v1/contacts":               {method: "GET", path: "/v1/contacts?client_id=marta", body: noBody, otherPath: "/v1/contacts?client_id=sofia", want: 200},
		"GET /v1/contacts/{id}":          {method: "GET", path: "/v1/contacts/c2", body: noBody, want: 200},
		"GET /v1/contacts/{id}/versions": {method: "GET", path: "/v1/contacts/c2/versions", body: noBody, want: 200},
		"POST /v1/contacts": {method: "POST", path: "/v1/contacts", want: 201,
			body: func(role string) any {
				return map[string]any{"contacts": []any{contact("new-"+role, "marta", "present_candidate")}}
			},
			otherBody: func(role string) any {
				c := contact("other-"+role, "sofia", "present_candidate")
				c["specialist"] = "marco.bianchi"
				return map[string]any{"contacts": []any{c}}
			}},
		"POST /v1/contacts/{id}/amend": {method: "POST", path: "/v1/contacts/c2/amend", want: 200,
			body: func(role string) any {
				c := contact("c2", "marta", "present_candidate")
				c["learned"] = "they need weekend cover"
				return map[string]any{"contact": c, "change": map[string]any{"by": "anna.rossi", "reason": "add what was learned"}}
			}},
		"POST /v1/contacts/{id}/void": {method: "POST", path: "/v1/contacts/c2/void", want: 200,
			body: func(string) any {
				return map[string]any{"change": map[string]any{"by": "anna.rossi", "reason": "entered twice"}}
			}},
		"GET /v1/placements":               {method: "GET", path: "/v1/placements?client_id=marta", body: noBody, otherPath: "/v1/placements?client_id=sofia", want: 200},
		"GET /v1/placements/{id}":          {method: "GET", path: "/v1/placements/p1", body: noBody, want: 200},
		"GET /v1/placements/{id}/versions": {method: "GET", path: "/v1/placements/p1/versions", body: noBody, want: 200},
		"POST /v1/placements": {method: "POST", path: "/v1/placements", want: 201,
			body: func(role string) any {
				return map[string]any{"placements": []any{map[string]any{"id": "p-" + role, "client_id": "luca", "employer_id": "shop", "title": "Shop assistant", "start": "2026-11-28"}}}
			},
			otherBody: func(role string) any {
				return map[string]any{"placements": []any{map[string]any{"id": "other-" + role, "client_id": "sofia", "employer_id": "shop", "title": "Shelf stacker", "start": "2026-11-28"}}}
			}},
		"POST /v1/placements/{id}/amend": {method: "POST", path: "/v1/placements/p1/amend", want: 200,
			body: func(string) any {
				return map[string]any{"placement": map[string]any{"id": "p1", "client_id": "marta", "employer_id": "bakery", "title": "Baker's assistant", "start": "2026-11-16", "hours": 20},
					"change": map[string]any{"by": "anna.rossi", "reason": "hours agreed"}}
			}},
		"POST /v1/placements/{id}/void": {method: "POST", path: "/v1/placements/p1/void", want: 200,
			body: func(string) any {
				return map[string]any{"change": map[string]any{"by": "anna.rossi", "reason": "wrong client"}}
			}},
		"POST /v1/understand": {method: "POST", path: "/v1/understand", want: 200,
			body: func(string) any { return map[string]any{"words": []any{"lavoro in cucina"}} }},
		"POST /v1/geocode": {method: "POST", path: "/v1/geocode", want: 200, setup: withGazetteer,
			body: func(string) any { return map[string]any{"addresses": []any{"Imola (BO)"}} }},
		"GET /v1/taxonomy": {method: "GET", path: "/v1/taxonomy", body: noBody, want: 200},
		"POST /v1/taxonomy": {method: "POST", path: "/v1/taxonomy", want: 200,
			body: func(string) any { return map[string]any{"esco": "../../index/taxonomy/testdata/esco-tiny"} }},
		"GET /v1/taxonomy/occupations":      {method: "GET", path: "/v1/taxonomy/occupations?isco=9", body: noBody, want: 200},
		"GET /v1/taxonomy/occupations/{id}": {method: "GET", path: "/v1/taxonomy/occupations/cook", body: noBody, want: 200},
		"GET /v1/employers":                 {method: "GET", path: "/v1/employers", body: noBody, want: 200},
		"GET /v1/employers/{id}":            {method: "GET", path: "/v1/employers/bakery", body: noBody, want: 200},
		"POST /v1/employers": {method: "POST", path: "/v1/employers", want: 200,
			body: func(string) any {
				return map[string]any{"upsert": []any{map[string]any{"id": "cafe", "name": "Caffè Nero", "sector": map[string]any{"code": "I56"}}}}
			}},
		"GET /v1/vacancies/{id}": {method: "GET", path: "/v1/vacancies/v1", body: noBody, want: 200},
		"POST /v1/vacancies": {method: "POST", path: "/v1/vacancies", want: 200,
			body: func(string) any { return map[string]any{"delete": []any{"v3"}} }},
	}
}

// TestAccessRouteByRole calls every route as every role: no token is 401;
// a route a role may not call is 403; a specialist gets their own clients
// and 403 for another specialist's; supervisor and integration get both.
func TestAccessRouteByRole(t *testing.T) {
	cases := accessCases()
	for _, rt := range routes() {
		key := rt.Method + " " + rt.Path
		c, ok := cases[key]
		if !ok {
			t.Errorf("route %s has no access case: add one", key)
			continue
		}
		t.Run(key, func(t *testing.T) {
			for _, role := range []string{"", "specialist", "supervisor", "integration"} {
				want := c.want
				switch {
				case role == "":
					want = http.StatusUnauthorized
				case !rt.allows(Role(role)):
					want = http.StatusForbidden
				}
				f := newFixture(t)
				if c.setup != nil {
					c.setup(f)
				}
				r := c.call(f, role, c.path, c.body(role))
				if r.Status != want {
					t.Errorf("as %q: status %d, want %d\n%s", role, r.Status, want, r.Body)
				}
				if c.otherPath == "" && c.otherBody == nil || role == "" || !rt.allows(Role(role)) {
					continue
				}
				path, body := c.otherPath, c.otherBody
				if path == "" {
					path = c.path
				}
				if body == nil {
					body = noBody
				}
				want = c.want
				if role == "specialist" {
					want = http.StatusForbidden
				}
				r = c.call(f, role, path, body(role))
				if r.Status != want {
					t.Errorf("as %q about marco's client: status %d, want %d\n%s", role, r.Status, want, r.Body)
				}
			}
		})
	}
}
