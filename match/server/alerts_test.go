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
	alertsOf := func(r response) match.AlertResults {
		var res match.AlertResults
		if err := json.Unmarshal(r.Body, &res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	all := alertsOf(f.must("integration", "POST", "/v1/alerts", map[string]any{"since": "2026-11-01"}, 200))
	specialists := map[string]bool{}
	for _, a := range all.Alerts {
		for _, c := range a.Clients {
			specialists[c.Specialist] = true
		}
	}
	if len(specialists) < 2 {
		t.Fatalf("the fixture's alerts should reach clients of more than one specialist, got %v", specialists)
	}
	own := alertsOf(f.must("specialist", "POST", "/v1/alerts", map[string]any{"since": "2026-11-01"}, 200))
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

// A traineeship is no competitive job: alerts name it only when asked,
// as 'ipsmatch alerts --include-non-competitive' does.
func TestAlertsOnNonCompetitivePostsOnlyWhenAsked(t *testing.T) {
	f := newFixture(t)
	vac := map[string]any{"upsert": []any{map[string]any{"id": "t1", "employer_id": "bakery", "title": "Baker's assistant",
		"channel": "traineeship", "posted": "2026-11-29", "location": map[string]any{"lat": 44.4949, "lon": 11.3426}}}}
	f.must("integration", "POST", "/v1/vacancies", vac, 200)
	ask := map[string]any{"vacancy_ids": []any{"t1"}}
	var res match.AlertResults
	decode(t, f.must("integration", "POST", "/v1/alerts", ask, 200), &res)
	if len(res.Alerts) != 0 {
		t.Errorf("a traineeship alerted by default: %+v", res.Alerts)
	}
	ask["include_non_competitive"] = true
	decode(t, f.must("integration", "POST", "/v1/alerts", ask, 200), &res)
	if len(res.Alerts) != 1 || len(res.Alerts[0].Clients) == 0 {
		t.Errorf("asked for, the traineeship alerts no one: %+v", res)
	}
}
