package server

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/store"
)

const contactsCSV = "id,employer_id,specialist,date,type,purpose,client_id\n" +
	"u1,shop,anna.rossi,2026-11-25,face_to_face,learn_business,\n" +
	"u2,shop,anna.rossi,2026-11-26,face_to_face,present_candidate,marta\n"

func TestImportSpreadsheetOfContacts(t *testing.T) {
	f := newFixture(t)
	before := f.contactCount(t)
	r := f.upload("supervisor", "/v1/import?format=csv-contacts&name=visits.csv", "text/csv", []byte(contactsCSV))
	if r.Status != http.StatusOK {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	total := r.field("total").(map[string]any)
	if total["imported"] != 2.0 || f.contactCount(t) != before+2 {
		t.Errorf("two contacts imported: %s", r.Body)
	}
	file := r.field("files").([]any)[0].(map[string]any)
	if file["file"] != "visits.csv" || file["kind"] != "contacts" {
		t.Errorf("the report names the file as sent: %s", r.Body)
	}
	// The same file again changes nothing: ids are stable.
	r = f.upload("integration", "/v1/import?name=visits-contacts.csv", "text/csv", []byte(contactsCSV))
	if r.Status != http.StatusOK || r.field("total").(map[string]any)["unchanged"] != 2.0 {
		t.Errorf("re-import, the format told from the name: %d %s", r.Status, r.Body)
	}
	if f.contactCount(t) != before+2 {
		t.Errorf("re-import wrote again")
	}
	if strings.Contains(string(r.Body), os.TempDir()) {
		t.Errorf("the report shows where the file was kept: %s", r.Body)
	}
}

func TestImportedContactPassesTheDisclosureGate(t *testing.T) {
	f := newFixture(t)
	before := f.contactCount(t)
	// luca chose not to disclose: a specialist presenting him is refused,
	// and so is the whole file, the allowed row with it.
	csv := "id,employer_id,specialist,date,type,purpose,client_id\n" +
		"ok1,shop,anna.rossi,2026-11-25,face_to_face,learn_business,\n" +
		"bad1,bakery,anna.rossi,2026-11-26,face_to_face,present_candidate,luca\n"
	r := f.upload("integration", "/v1/import?format=csv-contacts&name=log.csv", "text/csv", []byte(csv))
	if r.Status != http.StatusUnprocessableEntity || r.field("code") != "disclosure_forbids" || r.field("record") != "bad1" {
		t.Errorf("status %d: %s", r.Status, r.Body)
	}
	if n := f.contactCount(t); n != before {
		t.Errorf("a refused file stored %d contacts", n-before)
	}
	if _, err := f.ws.Store.Contact(context.Background(), "ok1"); err == nil {
		t.Error("the allowed row of a refused file was stored")
	}
	if msg := r.field("error").(string); strings.Contains(msg, os.TempDir()) || !strings.Contains(msg, "disclosure") {
		t.Errorf("the refusal says why, naming no temporary file: %s", msg)
	}
}

func TestImportVacanciesAsJSONLines(t *testing.T) {
	f := newFixture(t)
	body := `{"id":"v7","employer_id":"shop","title":"Cashier","location":{"lat":44.4969,"lon":11.3446},"posted":"2026-11-28"}` + "\n"
	r := f.upload("integration", "/v1/import?format=jsonl-vacancies", "application/x-ndjson", []byte(body))
	if r.Status != http.StatusOK || r.field("total").(map[string]any)["imported"] != 1.0 {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	f.must("specialist", "GET", "/v1/vacancies/v7", nil, http.StatusOK)
	// Sent without a name, the file is reported by a name of its format.
	if got := r.field("files").([]any)[0].(map[string]any)["file"]; got != "upload.jsonl" {
		t.Errorf("file %v", got)
	}
}

func TestImportRefusesWhatItCannotRead(t *testing.T) {
	f := newFixture(t)
	before := f.contactCount(t)
	for _, tc := range []struct {
		name, path, ctype, body string
		status                  int
		field                   string
	}{
		{"no format and no name", "/v1/import", "text/csv", contactsCSV, 400, "format"},
		{"unknown format", "/v1/import?format=xlsx", "text/csv", contactsCSV, 400, "format"},
		{"a name that tells nothing", "/v1/import?name=data.csv", "text/csv", contactsCSV, 400, "format"},
		{"a name with a folder", "/v1/import?format=csv-contacts&name=../x.csv", "text/csv", contactsCSV, 400, "name"},
		{"unknown parameter", "/v1/import?format=csv-contacts&into=/tmp", "text/csv", contactsCSV, 400, "into"},
		{"bad separator", "/v1/import?format=csv-contacts&sep=pipe", "text/csv", contactsCSV, 400, "sep"},
		{"bad header map", "/v1/import?format=csv-contacts&headers=Azienda", "text/csv", contactsCSV, 400, "headers"},
		{"empty body", "/v1/import?format=csv-contacts", "text/csv", "", 400, ""},
		{"a type the route does not read", "/v1/import?format=csv-contacts", "application/pdf", contactsCSV, 415, ""},
		{"a type that does not go with the format", "/v1/import?format=csv-contacts", "application/ld+json", contactsCSV, 415, ""},
		{"an unknown column", "/v1/import?format=csv-contacts", "text/csv", "id,employer_id,diagnosis\nx,shop,y\n", 422, "diagnosis"},
		{"malformed JSON Lines", "/v1/import?format=jsonl-contacts", "application/octet-stream", "{\"id\":", 422, ""},
		{"no posting in a page", "/v1/import?format=html", "text/html", "<html><body>hello</body></html>", 422, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := f.upload("integration", tc.path, tc.ctype, []byte(tc.body))
			if r.Status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.Status, tc.status, r.Body)
			}
			if tc.field != "" && r.field("field") != tc.field {
				t.Errorf("field %v, want %q: %s", r.field("field"), tc.field, r.Body)
			}
			if strings.Contains(string(r.Body), os.TempDir()) {
				t.Errorf("the answer shows where the file was kept: %s", r.Body)
			}
		})
	}
	if n := f.contactCount(t); n != before {
		t.Errorf("refused files stored %d contacts", n-before)
	}
}

func TestImportOverTheLimitWritesNothing(t *testing.T) {
	f := newFixture(t)
	f.srv.opt.MaxImportBody = 64
	before := f.contactCount(t)
	r := f.upload("integration", "/v1/import?format=csv-contacts", "text/csv", []byte(contactsCSV))
	if r.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d: %s", r.Status, r.Body)
	}
	// Sent without a length, the body is cut at the limit while read.
	req := newUpload("/v1/import?format=csv-contacts", "text/csv", contactsCSV)
	req.ContentLength = -1
	r = f.send("integration", req)
	if r.Status != http.StatusBadRequest || !strings.Contains(r.field("error").(string), "over the limit") {
		t.Errorf("status %d: %s", r.Status, r.Body)
	}
	if n := f.contactCount(t); n != before {
		t.Errorf("an upload over the limit stored %d contacts", n-before)
	}
	// The import limit is its own: a file larger than MaxBody is fine.
	f = newFixture(t)
	f.srv.opt.MaxBody = 64
	f.must2xx(f.upload("integration", "/v1/import?format=csv-contacts", "text/csv", []byte(contactsCSV)))
}

func TestSpecialistCannotImport(t *testing.T) {
	f := newFixture(t)
	r := f.upload("specialist", "/v1/import?format=csv-contacts", "text/csv", []byte(contactsCSV))
	if r.Status != http.StatusForbidden {
		t.Errorf("status %d", r.Status)
	}
	d, _ := f.ws.Store.Contacts(context.Background(), store.Filter{ClientID: "marta"})
	for _, c := range d {
		if c.ID == "u2" {
			t.Error("a specialist's import was stored")
		}
	}
}
