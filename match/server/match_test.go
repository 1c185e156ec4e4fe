package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestMatchWithCareerFacetsAndLanguage(t *testing.T) {
	f := newFixture(t)
	plain := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta"}, http.StatusOK)
	if !hasVacancyOf(plain, "bakery") || plain.field("facets") != nil {
		t.Fatalf("marta's plain list has the bakery and no facets: %s", plain.Body)
	}
	// The bakery is where marta works; her career profile says never
	// again: the search leaves it out, for this request only.
	career := map[string]any{"client_id": "marta", "never_again": map[string]any{"employers": []any{"bakery"}}}
	r := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta", "career": career, "facets": true}, http.StatusOK)
	if hasVacancyOf(r, "bakery") {
		t.Errorf("a never-again employer is still listed: %s", r.Body)
	}
	if r.field("facets") == nil {
		t.Errorf("facets asked for, none given: %s", r.Body)
	}
	if again := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta"}, http.StatusOK); !hasVacancyOf(again, "bakery") {
		t.Error("the career profile was kept beyond its request")
	}
	// A career profile for another client is refused, naming the field.
	career["client_id"] = "luca"
	r = f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta", "career": career}, http.StatusUnprocessableEntity)
	if r.field("field") != "career.client_id" {
		t.Errorf("field %v: %s", r.field("field"), r.Body)
	}
	r = f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta", "career": map[string]any{"client_id": "marta", "diagnosis": "x"}}, http.StatusBadRequest)
	if r.field("field") != "career.diagnosis" {
		t.Errorf("field %v: %s", r.field("field"), r.Body)
	}
	// Reasons in Italian: nadia's commute limit is told in words.
	en := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "nadia"}, http.StatusOK)
	it := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "nadia", "lang": "it"}, http.StatusOK)
	if !strings.Contains(reasons(en), "min on foot") || reasons(it) == reasons(en) {
		t.Errorf("reasons not in Italian:\n%s", reasons(it))
	}
	f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta", "lang": "klingon"}, http.StatusBadRequest)
}

func hasVacancyOf(r response, employerID string) bool {
	for _, x := range r.field("results").([]any) {
		if x.(map[string]any)["employer_id"] == employerID {
			return true
		}
	}
	return false
}

// reasons joins the reasons of every result.
func reasons(r response) string {
	var b strings.Builder
	for _, x := range r.field("results").([]any) {
		rs, _ := x.(map[string]any)["reasons"].([]any)
		for _, y := range rs {
			text, _ := y.(map[string]any)["text"].(string)
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

func TestCaseloadShowsWhereProfilesAreRead(t *testing.T) {
	f := newFixture(t)
	r := f.must("supervisor", "GET", "/v1/caseload", nil, http.StatusOK)
	if r.field("clients") != 4.0 {
		t.Errorf("%s", r.Body)
	}
	f.must("specialist", "GET", "/v1/caseload", nil, http.StatusForbidden)
}
