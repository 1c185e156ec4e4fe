package server

import (
	"encoding/json"
	"testing"

	"github.com/ipsmatch/ipsmatch/match"
)

// Alerts name the caseload clients new vacancies suit: everyone's for the
// application, only their own for a specialist.
func TestAlertsNameOnlyTheCallersClients(t *testing.T) {
	f := newFixture(t)
	decode := func(r response) match.AlertResults {
		var res match.AlertResults
		if err := json.Unmarshal(r.Body, &res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	all := decode(f.must("integration", "POST", "/v1/alerts", map[string]any{"since": "2026-11-01"}, 200))
	specialists := map[string]bool{}
	for _, a := range all.Alerts {
		for _, c := range a.Clients {
			specialists[c.Specialist] = true
		}
	}
	if len(specialists) < 2 {
		t.Fatalf("the fixture's alerts should reach clients of more than one specialist, got %v", specialists)
	}
	own := decode(f.must("specialist", "POST", "/v1/alerts", map[string]any{"since": "2026-11-01"}, 200))
	for _, a := range own.Alerts {
		for _, c := range a.Clients {
			if c.Specialist != "anna.rossi" {
				t.Errorf("a specialist's alerts name %s, a client of %s", c.Client, c.Specialist)
			}
		}
	}
	if r := f.do("integration", "POST", "/v1/alerts", map[string]any{}); r.Status != 400 || r.field("field") != "since" {
		t.Errorf("alerts without since or ids: %d %s", r.Status, r.Body)
	}
}
