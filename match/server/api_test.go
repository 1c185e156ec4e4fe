package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestForbiddenContactIsRefusedWithReasonAndNothingStored(t *testing.T) {
	f := newFixture(t)
	before := f.contactCount(t)
	// luca chose not to disclose: presenting him to an employer is refused.
	r := f.must("specialist", "POST", "/v1/contacts",
		map[string]any{"contacts": []any{contact("ok-1", "", "learn_business"), contact("bad-1", "luca", "present_candidate")}},
		http.StatusUnprocessableEntity)
	if r.field("code") != "disclosure_forbids" || r.field("field") != "client_id" || r.field("record") != "bad-1" {
		t.Errorf("refusal names code, field and record: %s", r.Body)
	}
	if !strings.Contains(r.field("error").(string), "disclosure") {
		t.Errorf("refusal says why: %s", r.Body)
	}
	if n := f.contactCount(t); n != before {
		t.Errorf("a refused batch stored %d contacts", n-before)
	}
	// marta chose full disclosure: the same contact for her is recorded.
	r = f.must("specialist", "POST", "/v1/contacts", map[string]any{"contacts": []any{contact("ok-2", "marta", "present_candidate")}}, http.StatusCreated)
	if r.field("added") != 1.0 || f.contactCount(t) != before+1 {
		t.Errorf("allowed contact not stored: %s", r.Body)
	}
}

func TestAmendCannotSlipPastDisclosure(t *testing.T) {
	f := newFixture(t)
	// c3 is luca's own walk-in; turning it into a specialist's presentation is refused.
	c := contact("c3", "luca", "present_candidate")
	r := f.must("integration", "POST", "/v1/contacts/c3/amend",
		map[string]any{"contact": c, "change": map[string]any{"by": "anna.rossi", "reason": "x"}}, http.StatusUnprocessableEntity)
	if r.field("code") != "disclosure_forbids" {
		t.Errorf("code %v", r.field("code"))
	}
	got, err := f.ws.Store.Contact(context.Background(), "c3")
	if err != nil || !got.ByClient {
		t.Errorf("c3 changed: %+v %v", got, err)
	}
}

func TestBadBodiesAre400NamingTheFieldAndChangeNothing(t *testing.T) {
	f := newFixture(t)
	before := f.contactCount(t)
	for _, tc := range []struct {
		name, body, field string
	}{
		{"malformed JSON", `{"contacts": [`, ""},
		{"unknown field", `{"contacts": [], "diagnosis": "x"}`, "diagnosis"},
		{"unknown field in a record", `{"contacts": [{"id":"z","diagnosis":"x"}]}`, "contacts[0].diagnosis"},
		{"wrong type", `{"contacts": {"id": "z"}}`, "contacts"},
		{"wrong type inside", `{"contacts": [{"id": 7}]}`, "contacts.id"},
		{"two values", `{"contacts": []} {}`, ""},
		{"empty body", ``, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := f.must("integration", "POST", "/v1/contacts", tc.body, http.StatusBadRequest)
			if r.field("code") != "bad_request" {
				t.Errorf("code %v", r.field("code"))
			}
			if tc.field != "" && r.field("field") != tc.field {
				t.Errorf("field %v, want %q: %s", r.field("field"), tc.field, r.Body)
			}
		})
	}
	r := f.must("integration", "POST", "/v1/match", `{"client_id":"marta","limit":"ten"}`, http.StatusBadRequest)
	if r.field("field") != "limit" {
		t.Errorf("match: field %v", r.field("field"))
	}
	r = f.must("integration", "GET", "/v1/contacts?clientid=marta", nil, http.StatusBadRequest)
	if r.field("field") != "clientid" {
		t.Errorf("a misspelt filter is refused, not ignored: %s", r.Body)
	}
	f.must("integration", "GET", "/v1/report?from=30-11-2026", nil, http.StatusBadRequest)
	if n := f.contactCount(t); n != before {
		t.Errorf("bad requests stored %d contacts", n-before)
	}
}

func TestBodyOverTheLimitIsRefused(t *testing.T) {
	f := newFixture(t)
	f.srv.opt.MaxBody = 64
	big := `{"contacts": [` + strings.Repeat(" ", 100) + `]}`
	r := f.do("integration", "POST", "/v1/contacts", big)
	if r.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d: %s", r.Status, r.Body)
	}
	// A body without a declared length is cut at the limit while read.
	req := httptest.NewRequest("POST", "/v1/contacts", strings.NewReader(big))
	req.ContentLength = -1
	req.Header.Set("Authorization", "Bearer "+f.secret["integration"])
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "over the limit") {
		t.Errorf("status %d: %s", w.Code, w.Body)
	}
}

func TestProfileSentWithARequest(t *testing.T) {
	f := newFixture(t)
	// luca is in the caseload with disclosure none: a request cannot
	// override it with a profile that says full.
	luca, _ := f.ws.Client("luca")
	luca.Disclosure = "full"
	r := f.must("integration", "POST", "/v1/match", map[string]any{"profile": luca}, http.StatusConflict)
	if !strings.Contains(r.field("error").(string), "caseload") {
		t.Errorf("conflict says why: %s", r.Body)
	}
	// A profile not in the caseload is searched as given.
	guest := map[string]any{"id": "guest-7", "enrolled": "2026-11-20", "home": map[string]any{"lat": 44.495, "lon": 11.343},
		"job_types": []any{map[string]any{"text": "baker", "strength": "prefer"}}, "disclosure": "program_only"}
	r = f.must("integration", "POST", "/v1/match", map[string]any{"profile": guest}, http.StatusOK)
	if r.field("client") != "guest-7" || len(r.field("results").([]any)) == 0 {
		t.Errorf("guest search: %s", r.Body)
	}
	// A specialist may search for a profile that names them, not another.
	f.must("specialist", "POST", "/v1/leads", map[string]any{"profile": guest}, http.StatusForbidden)
	guest["specialist"] = "anna.rossi"
	f.must("specialist", "POST", "/v1/leads", map[string]any{"profile": guest}, http.StatusOK)
	// A profile with a field the library does not know (a diagnosis) is a 400.
	guest["diagnosis"] = "x"
	r = f.must("integration", "POST", "/v1/match", map[string]any{"profile": guest}, http.StatusBadRequest)
	if r.field("field") != "profile.diagnosis" {
		t.Errorf("field %v", r.field("field"))
	}
}

func TestMatchCarriesTheDisclosureAction(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "luca"}, http.StatusOK)
	results := r.field("results").([]any)
	if len(results) == 0 {
		t.Fatal("no results for luca")
	}
	for _, x := range results {
		if a := x.(map[string]any)["action"]; a != "apply_on_own" {
			t.Errorf("luca chose not to disclose, result action %v", a)
		}
	}
}

func TestCaseloadListShowsOnlyOwnClientsWithFlags(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "GET", "/v1/clients", nil, http.StatusOK)
	var got ClientList
	if err := json.Unmarshal(r.Body, &got); err != nil {
		t.Fatal(err)
	}
	ids := map[string]ClientSummary{}
	for _, c := range got.Clients {
		ids[c.ID] = c
	}
	if len(ids) != 3 || ids["sofia"].ID != "" {
		t.Fatalf("anna sees %v", got.Clients)
	}
	if !ids["marta"].Working || ids["marta"].CurrentJob == nil {
		t.Errorf("marta started at the bakery on 2026-11-16: %+v", ids["marta"])
	}
	if ids["luca"].DaysSinceEnrolment != 41 || ids["luca"].PastDay30 {
		t.Errorf("luca, day 41 with his own walk-in on day 21: %+v", ids["luca"])
	}
	r = f.must("supervisor", "GET", "/v1/clients", nil, http.StatusOK)
	if n := len(r.field("clients").([]any)); n != 4 {
		t.Errorf("supervisor sees %d clients", n)
	}
}

func TestSpecialistSeesNoContactAboutAnothersClient(t *testing.T) {
	f := newFixture(t)
	c := contact("s1", "sofia", "present_candidate")
	c["specialist"] = "marco.bianchi"
	f.must("integration", "POST", "/v1/contacts", map[string]any{"contacts": []any{c}}, http.StatusCreated)
	for _, path := range []string{"/v1/contacts", "/v1/employers/bakery"} {
		r := f.must("specialist", "GET", path, nil, http.StatusOK)
		if strings.Contains(string(r.Body), "sofia") {
			t.Errorf("%s shows anna a contact about marco's client: %s", path, r.Body)
		}
		r = f.must("marco", "GET", path, nil, http.StatusOK)
		if !strings.Contains(string(r.Body), "sofia") {
			t.Errorf("%s hides marco's own contact", path)
		}
	}
	f.must("specialist", "GET", "/v1/contacts/s1", nil, http.StatusForbidden)
	// A specialist records as themselves only.
	c2 := contact("s2", "", "introduction")
	c2["specialist"] = "marco.bianchi"
	f.must("specialist", "POST", "/v1/contacts", map[string]any{"contacts": []any{c2}}, http.StatusForbidden)
}

func TestEmployerAndVacancyBatches(t *testing.T) {
	f := newFixture(t)
	bad := map[string]any{"upsert": []any{map[string]any{"id": "ok", "name": "Fine", "sector": map[string]any{"code": "I56"}},
		map[string]any{"id": "bad", "name": "", "sector": map[string]any{"code": "I56"}}}}
	r := f.must("integration", "POST", "/v1/employers", bad, http.StatusUnprocessableEntity)
	if r.field("record") != "bad" || r.field("field") != "name" {
		t.Errorf("batch error names record and field: %s", r.Body)
	}
	f.must("integration", "GET", "/v1/employers/ok", nil, http.StatusNotFound)

	good := map[string]any{"upsert": []any{map[string]any{"id": "cafe", "name": "Caffè Nero", "sector": map[string]any{"code": "I56"},
		"location": map[string]any{"lat": 44.4952, "lon": 11.3432}}}}
	r = f.must("integration", "POST", "/v1/employers", good, http.StatusOK)
	if r.field("added") != 1.0 {
		t.Errorf("added %v", r.field("added"))
	}
	r = f.must("integration", "POST", "/v1/employers", good, http.StatusOK)
	if r.field("unchanged") != 1.0 {
		t.Errorf("re-sending is idempotent: %s", r.Body)
	}
	vac := map[string]any{"upsert": []any{map[string]any{"id": "v9", "employer_id": "cafe", "title": "Baker", "posted": "2026-11-29",
		"location": map[string]any{"lat": 44.4952, "lon": 11.3432}}}}
	f.must("integration", "POST", "/v1/vacancies", vac, http.StatusOK)
	r = f.must("integration", "GET", "/v1/employers/cafe", nil, http.StatusOK)
	if !strings.Contains(string(r.Body), `"v9"`) {
		t.Errorf("the new vacancy is open at the employer: %s", r.Body)
	}
	f.must("integration", "POST", "/v1/vacancies", map[string]any{"delete": []any{"v9"}}, http.StatusOK)
	f.must("integration", "GET", "/v1/vacancies/v9", nil, http.StatusNotFound)
}

func TestTokensFileKeepsHashesAndRevocationTakesEffect(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(t.TempDir(), TokensFile)
	tk, err := OpenTokens(path)
	if err != nil {
		t.Fatal(err)
	}
	secret, tok, err := tk.Create(RoleSupervisor, "", "team lead")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), secret) || !strings.Contains(string(b), tok.Hash) {
		t.Fatalf("the file holds the hash, never the secret:\n%s", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	f.srv.opt.Tokens = tk
	f.secret["lead"] = secret
	f.must("lead", "GET", "/v1/me", nil, http.StatusOK)
	// Another process (the CLI) revokes it: the server refuses it at once.
	other, err := OpenTokens(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Revoke(tok.ID); err != nil {
		t.Fatal(err)
	}
	f.must("lead", "GET", "/v1/me", nil, http.StatusUnauthorized)
	if _, _, err := tk.Create(RoleSpecialist, "", ""); err == nil {
		t.Error("a specialist token without a specialist was created")
	}
	if _, _, err := tk.Create("admin", "", ""); err == nil {
		t.Error("an unknown role was accepted")
	}
}

func TestLogsCarryIdsAndCountsNeverPreferences(t *testing.T) {
	f := newFixture(t)
	guest := map[string]any{"id": "guest-9", "enrolled": "2026-11-20", "home": map[string]any{"lat": 44.495, "lon": 11.343},
		"job_types": []any{map[string]any{"text": "pastry chef", "strength": "prefer"}}, "disclosure": "full"}
	f.must("integration", "POST", "/v1/match", map[string]any{"profile": guest}, http.StatusOK)
	f.must("integration", "POST", "/v1/match", map[string]any{"client_id": "marta"}, http.StatusOK)
	logs := f.logs.String()
	for _, want := range []string{"route=/v1/match", "client=guest-9", "client=marta", "status=200", "count=", "role=integration"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	for _, never := range []string{"pastry", "baker", "disclosure", f.secret["integration"]} {
		if strings.Contains(logs, never) {
			t.Errorf("log carries %q:\n%s", never, logs)
		}
	}
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	f := newFixture(t)
	req := httptest.NewRequest("GET", OpenAPIPath, nil)
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	var doc map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi %v", doc["openapi"])
	}
	for _, rt := range routes() {
		if op := get(doc, "paths", rt.Path, strings.ToLower(rt.Method)); op == nil {
			t.Errorf("%s %s is served but not documented", rt.Method, rt.Path)
		}
	}
	for path, item := range doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			m := strings.ToUpper(method)
			r := httptest.NewRequest(m, strings.NewReplacer("{id}", "x").Replace(path), nil)
			if _, pattern := f.srv.mux.Handler(r); pattern != m+" "+path && path != OpenAPIPath {
				t.Errorf("%s %s is documented but routed to %q", m, path, pattern)
			}
		}
	}
}

func TestDocumentValidatorRejectsWhatTheDocumentDoesNotAllow(t *testing.T) {
	for _, body := range []string{
		`{"token_id":"t","role":"integration","extra":1}`, // an undocumented field
		`{"role":"integration"}`,                          // a required field missing
		`{"token_id":7,"role":"integration"}`,             // a wrong type
	} {
		var v any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatal(err)
		}
		if err := checkAgainstDoc("GET", "/v1/me", 200, v); err == nil {
			t.Errorf("%s validated", body)
		}
	}
}

func TestPageIsServedOfflineWithoutAToken(t *testing.T) {
	f := newFixture(t)
	for path, want := range map[string]string{"/": "<title>ipsmatch</title>", "/app.js": "sessionStorage", "/style.css": "@media print"} {
		req := httptest.NewRequest("GET", path, nil)
		w := httptest.NewRecorder()
		f.srv.ServeHTTP(w, req)
		body := w.Body.String()
		if w.Code != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: status %d, lacks %q", path, w.Code, want)
		}
		// The SVG namespace is a name, not an address fetched.
		rest := strings.ReplaceAll(body, "http://www.w3.org/2000/svg", "")
		if strings.Contains(rest, "https://") || strings.Contains(rest, "http://") {
			t.Errorf("%s refers to another site: the page must work offline", path)
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
	}
}

func TestMapHasHomeCommuteLimitAndPoints(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "GET", "/v1/clients/nadia/map", nil, http.StatusOK)
	var m MapView
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatal(err)
	}
	// nadia walks at most 20 minutes: somewhat over a kilometre.
	if m.Home == nil || m.ReachKm < 0.8 || m.ReachKm > 2 {
		t.Errorf("home %v, reach %.2f km", m.Home, m.ReachKm)
	}
	if len(m.Vacancies) == 0 || m.Vacancies[0].Rank != 1 || len(m.Employers) == 0 {
		t.Errorf("points: %+v", m)
	}
	r = f.must("specialist", "GET", "/v1/clients/marta/map", nil, http.StatusOK)
	if r.field("reach_km") != 0.0 {
		t.Errorf("marta gives no commute limit, reach %v", r.field("reach_km"))
	}
}

func TestJobStartFromAVacancyTakesItsOccupation(t *testing.T) {
	f := newFixture(t)
	v := f.must("integration", "GET", "/v1/vacancies/v2", nil, http.StatusOK)
	occ, _ := v.field("occupation").(map[string]any)
	if occ == nil || occ["isco"] == nil {
		t.Fatalf("the fixture's v2 has no occupation: %s", v.Body)
	}
	pl := map[string]any{"id": "p9", "client_id": "luca", "employer_id": "shop", "vacancy_id": "v2", "title": "Shelf stacker", "start": "2026-11-28"}
	f.must("integration", "POST", "/v1/placements", map[string]any{"placements": []any{pl}}, http.StatusCreated)
	got := f.must("integration", "GET", "/v1/placements/p9", nil, http.StatusOK)
	if g, _ := got.field("occupation").(map[string]any); g == nil || g["isco"] != occ["isco"] {
		t.Errorf("occupation %v, the vacancy's %v", got.field("occupation"), occ)
	}
}
