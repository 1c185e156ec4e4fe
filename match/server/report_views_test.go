package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestReportViewsAsJSONAndCSV(t *testing.T) {
	f := newFixture(t)
	var ips IPS25Report
	decode(t, f.must("specialist", "GET", "/v1/report/ips25", nil, http.StatusOK), &ips)
	if len(ips.Items) != 25 || ips.Specialist != "anna.rossi" || ips.Period.To != testToday {
		t.Errorf("25 items for anna's own figures up to today: %d items, %q, %v", len(ips.Items), ips.Specialist, ips.Period)
	}
	r := f.must("supervisor", "GET", "/v1/report/ips25?format=csv", nil, http.StatusOK)
	if mediaType(r.Type) != "text/csv" || !strings.HasPrefix(string(r.Body), "item,name,measured") {
		t.Errorf("CSV: %q %.60s", r.Type, r.Body)
	}
	var qs QuarterReport
	decode(t, f.must("specialist", "GET", "/v1/report/quarters?quarters=2", nil, http.StatusOK), &qs)
	if len(qs.Quarters) != 2 || qs.Quarters[1].Quarter != "2026-Q4" {
		t.Errorf("the last two quarters, this one last: %+v", qs.Quarters)
	}
	f.must("specialist", "GET", "/v1/report/quarters?quarters=41", nil, http.StatusBadRequest)
	f.must("specialist", "GET", "/v1/report/ips25?format=xlsx", nil, http.StatusBadRequest)
}

func TestEquityGroupingIsUsedOnceAndNeverShown(t *testing.T) {
	f := newFixture(t)
	body := map[string]any{"grouping": map[string]any{"marta": "born abroad", "luca": "born abroad", "nadia": "born here", "sofia": "born here"}}
	var rep EquityReport
	decode(t, f.must("supervisor", "POST", "/v1/report/equity", body, http.StatusOK), &rep)
	if len(rep.Groups) != 2 {
		t.Fatalf("%+v", rep)
	}
	for _, g := range rep.Groups {
		if !g.Suppressed || g.Clients != 0 {
			t.Errorf("a group of 2 clients is shown: %+v", g)
		}
	}
	r := f.must("integration", "POST", "/v1/report/equity?format=csv", body, http.StatusOK)
	if !strings.HasPrefix(string(r.Body), "group,suppressed") {
		t.Errorf("CSV: %.60s", r.Body)
	}
	if strings.Contains(f.logs.String(), "abroad") {
		t.Errorf("a group label reached the log:\n%s", f.logs.String())
	}
	bad := map[string]any{"grouping": map[string]any{"marta": strings.Repeat("secret ", 20)}}
	r = f.must("supervisor", "POST", "/v1/report/equity", bad, http.StatusBadRequest)
	if r.field("field") != "grouping" || strings.Contains(string(r.Body), "secret") {
		t.Errorf("a bad label is refused without quoting it: %s", r.Body)
	}
	f.must("supervisor", "POST", "/v1/report/equity", map[string]any{"grouping": map[string]any{}}, http.StatusBadRequest)
	f.must("supervisor", "POST", "/v1/report/equity", map[string]any{"grouping": map[string]any{"marta": 3}}, http.StatusBadRequest)
}
