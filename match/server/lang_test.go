package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"github.com/ipsmatch/ipsmatch/match"
)

func TestRequestLanguageFromAcceptLanguage(t *testing.T) {
	for _, c := range []struct{ header, want string }{
		{"", "en"},
		{"it", "it"},
		{"it-IT,it;q=0.9,en;q=0.8", "it"},
		{"es-MX", "es"},
		{"da-DK,da;q=0.9", "da"},
		{"en-GB,it;q=0.5", "en"},
		{"fr-FR,fr;q=0.9,es;q=0.5", "es"},
		{"fr-FR", "en"},
		{"it;q=0", "en"},
		{"*", "en"},
		{";;;q=x", "en"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		if c.header != "" {
			r.Header.Set("Accept-Language", c.header)
		}
		if got := i18n.Base(requestLang(r)); got != c.want {
			t.Errorf("Accept-Language %q: %s, want %s", c.header, got, c.want)
		}
	}
}

// doLang is fixture.do with an Accept-Language header.
func (f *fixture) doLang(lang, method, path, body string, into any) {
	f.t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+f.secret["specialist"])
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		f.t.Fatalf("%s %s in %q: status %d\n%s", method, path, lang, w.Code, w.Body)
	}
	if err := json.Unmarshal(w.Body.Bytes(), into); err != nil {
		f.t.Fatal(err)
	}
}

// Accept-Language: it gives the same leads and plan, ranked the same, with
// their reasons in Italian; no header gives English, as before.
func TestAcceptLanguageItalianGivesItalianReasons(t *testing.T) {
	f := newFixture(t)
	var en, it match.Leads
	f.doLang("", "POST", "/v1/leads", `{"client_id":"marta"}`, &en)
	f.doLang("it-IT,it;q=0.9,en;q=0.8", "POST", "/v1/leads", `{"client_id":"marta"}`, &it)
	if len(en.Leads) == 0 || len(en.Leads) != len(it.Leads) {
		t.Fatalf("leads: %d in English, %d in Italian", len(en.Leads), len(it.Leads))
	}
	seen := 0
	for i, l := range it.Leads {
		if l.EmployerID != en.Leads[i].EmployerID || l.Score != en.Leads[i].Score {
			t.Errorf("lead %d: %s %.3f in Italian, %s %.3f in English", i+1, l.EmployerID, l.Score, en.Leads[i].EmployerID, en.Leads[i].Score)
		}
		for j, r := range l.Reasons {
			if r.Factor != "vacancies" && r.Factor != "relationship" {
				continue
			}
			seen++
			if enText := en.Leads[i].Reasons[j].Text; r.Text == enText {
				t.Errorf("%s %s reason still in English: %q", l.EmployerID, r.Factor, r.Text)
			}
			if !strings.Contains(r.Text, "offert") && !strings.Contains(r.Text, "rapporto") && !strings.Contains(r.Text, "équipe") {
				t.Errorf("%s %s reason is not Italian: %q", l.EmployerID, r.Factor, r.Text)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no relationship or vacancies reason to check")
	}

	var enPlan, itPlan match.Plan
	f.doLang("", "GET", "/v1/plan", "", &enPlan)
	f.doLang("it", "GET", "/v1/plan", "", &itPlan)
	if len(itPlan.Visits) == 0 || len(itPlan.Visits) != len(enPlan.Visits) {
		t.Fatalf("plan: %d visits in English, %d in Italian", len(enPlan.Visits), len(itPlan.Visits))
	}
	for i, v := range itPlan.Visits {
		if v.EmployerID != enPlan.Visits[i].EmployerID || v.Purpose != enPlan.Visits[i].Purpose {
			t.Errorf("visit %d differs: %s/%s in Italian, %s/%s in English", i+1, v.EmployerID, v.Purpose, enPlan.Visits[i].EmployerID, enPlan.Visits[i].Purpose)
		}
		if first := v.Reasons[0]; !strings.HasPrefix(first, "rapporto: ") && !strings.HasPrefix(first, "ancora nessun contatto") {
			t.Errorf("visit to %s: the first reason is not Italian: %q", v.EmployerID, first)
		}
	}
}
