package server

import (
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
)

func TestExportListAsSpreadsheetAndPage(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "GET", "/v1/export/list?client_id=marta&limit=5", nil, http.StatusOK)
	if mediaType(r.Type) != "text/csv" {
		t.Fatalf("type %q", r.Type)
	}
	rows, err := csv.NewReader(strings.NewReader(string(r.Body))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 || rows[0][0] != "rank" || rows[1][0] != "1" {
		t.Fatalf("a header and at least one vacancy, best first: %q", rows)
	}
	// The spreadsheet is the list /v1/match gives, in the same order.
	m := f.must("specialist", "POST", "/v1/match", map[string]any{"client_id": "marta", "limit": 5}, http.StatusOK)
	first := m.field("results").([]any)[0].(map[string]any)
	if rows[1][1] != first["id"] {
		t.Errorf("first row %q, match says %v", rows[1], first["id"])
	}
	r = f.must("specialist", "GET", "/v1/export/list?client_id=marta&format=html", nil, http.StatusOK)
	if mediaType(r.Type) != "text/html" || !strings.Contains(string(r.Body), "<html") {
		t.Errorf("a printable page: %q", r.Type)
	}
	// Another specialist's client is not exported.
	f.must("specialist", "GET", "/v1/export/list?client_id=sofia", nil, http.StatusForbidden)
	for path, field := range map[string]string{
		"/v1/export/list": "client_id",
		"/v1/export/list?client_id=marta&format=pdf": "format",
		"/v1/export/list?client_id=marta&limit=0":    "limit",
	} {
		if r := f.must("specialist", "GET", path, nil, http.StatusBadRequest); r.field("field") != field {
			t.Errorf("%s: field %v, want %s", path, r.field("field"), field)
		}
	}
}

func TestExportCalendarOfTheWeek(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "GET", "/v1/export/calendar", nil, http.StatusOK)
	body := string(r.Body)
	if mediaType(r.Type) != "text/calendar" || !strings.HasPrefix(body, "BEGIN:VCALENDAR") || !strings.Contains(body, "BEGIN:VEVENT") {
		t.Fatalf("a calendar with events, type %q:\n%s", r.Type, body)
	}
	if !strings.Contains(body, "anna.rossi") || !strings.Contains(r.Header.Get("Content-Disposition"), "ipsmatch-week-2026-11-30-anna.rossi.ics") {
		t.Errorf("the week is anna's, offered as a file named by week and specialist")
	}
	// The same day gives the same file.
	if again := f.must("specialist", "GET", "/v1/export/calendar", nil, http.StatusOK); string(again.Body) != body {
		t.Error("two exports of the same week differ")
	}
	f.must("specialist", "GET", "/v1/export/calendar?specialist=marco.bianchi", nil, http.StatusForbidden)
	f.must("supervisor", "GET", "/v1/export/calendar", nil, http.StatusBadRequest)
	f.must("supervisor", "GET", "/v1/export/calendar?specialist=anna.rosi", nil, http.StatusUnprocessableEntity)
	f.must("supervisor", "GET", "/v1/export/calendar?specialist=marco.bianchi&week=2026-12-07", nil, http.StatusOK)
}
