package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

// jdDay pins the demo town's day, so that every figure is reproducible.
const jdDay = "2026-11-23"

// jdRun runs one command line and returns its exit code, stdout and stderr.
func jdRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

// jdMustRun runs a command line that must succeed.
func jdMustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := jdRun(t, args...)
	if code != 0 {
		t.Fatalf("ipsmatch %s: exit %d\nstderr: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func jdDecode[T any](t *testing.T, out string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not the expected JSON: %v\n%s", err, out)
	}
	return v
}

func TestLeadsPrintsTable(t *testing.T) {
	t.Parallel()
	out := jdMustRun(t, "leads", "--client", "amina", "--today", jdDay, "--limit", "5")
	for _, want := range []string{"Employer leads for client amina", "score", "employer", "sector", "stage", "open vacancies", "distance", "action"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "RAPID SEARCH OVERDUE") {
		t.Errorf("amina had a face-to-face employer contact, yet is flagged:\n%s", out)
	}
}

func TestLeadsFlagsRapidSearchOverdue(t *testing.T) {
	t.Parallel()
	out := jdMustRun(t, "leads", "--client", "karim", "--today", jdDay)
	head, _, _ := strings.Cut(out, "\n\n")
	if !strings.Contains(head, "RAPID SEARCH OVERDUE") {
		t.Errorf("karim is past day 30 with no employer contact; want the flag at the top:\n%s", head)
	}
	// karim chose not to disclose: no lead may suggest a specialist going on his behalf.
	if strings.Contains(out, "specialist may") {
		t.Errorf("a client who chose not to disclose got a specialist action:\n%s", out)
	}
	res := jdDecode[match.Leads](t, jdMustRun(t, "leads", "--client", "karim", "--today", jdDay, "--json"))
	if res.Client != "karim" || len(res.Leads) == 0 {
		t.Fatalf("want leads for karim, got client %q with %d leads", res.Client, len(res.Leads))
	}
	if !res.Rapid.PastDay30 {
		t.Errorf("JSON rapid_search.past_day_30 is false for karim: %+v", res.Rapid)
	}
	for _, l := range res.Leads {
		if l.Action != match.ApplyOnOwn {
			t.Errorf("lead %s: action %q for a client who chose not to disclose", l.EmployerID, l.Action)
		}
	}
}

func TestPlanForEachDemoSpecialist(t *testing.T) {
	t.Parallel()
	undisclosed := map[string]bool{}
	clients, err := demo.Clients()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range clients {
		if p.Disclosure == "none" {
			undisclosed[p.ID] = true
		}
	}
	for _, who := range []string{"davide", "karim", "paolo"} {
		if !undisclosed[who] {
			t.Fatalf("the demo changed: %s no longer chose not to disclose", who)
		}
	}
	for _, sp := range []string{"anna.rossi", "marco.bianchi", "sara.conti"} {
		t.Run(sp, func(t *testing.T) {
			t.Parallel()
			args := []string{"plan", "--caseload", "demo", "--specialist", sp, "--week", jdDay, "--today", jdDay, "--json"}
			first := jdMustRun(t, args...)
			if again := jdMustRun(t, args...); again != first {
				t.Fatalf("two runs of the same plan differ:\n%s\n---\n%s", first, again)
			}
			plan := jdDecode[match.Plan](t, first)
			if len(plan.Visits) != 6 {
				t.Fatalf("want 6 visits, got %d", len(plan.Visits))
			}
			seen := map[string]bool{}
			for _, v := range plan.Visits {
				if seen[v.EmployerID] {
					t.Errorf("employer %s proposed twice", v.EmployerID)
				}
				seen[v.EmployerID] = true
				for _, id := range append(slices.Clone(v.Clients), v.PresentFor...) {
					if undisclosed[id] {
						t.Errorf("visit to %s names %s, who chose not to disclose", v.EmployerID, id)
					}
				}
			}
		})
	}
	// --week defaults to the Monday of today's week.
	table := jdMustRun(t, "plan", "--specialist", "anna.rossi", "--today", "2026-11-26")
	for _, want := range []string{"week of " + jdDay, "clients served", "present for", "on their own"} {
		if !strings.Contains(table, want) {
			t.Errorf("plan table lacks %q:\n%s", want, table)
		}
	}
}

func TestContactRefusedForClientWhoChoseNotToDisclose(t *testing.T) {
	t.Parallel()
	code, out, errs := jdRun(t, "contact", "add", "--employer", "e-022", "--specialist", "anna.rossi",
		"--type", "face_to_face", "--purpose", "present_candidate", "--client", "davide", "--today", jdDay)
	if code != 1 {
		t.Fatalf("want exit 1, got %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if !strings.Contains(errs, "refused:") || !strings.Contains(errs, `"davide"`) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("want one line saying refused and naming the client, got:\n%s", errs)
	}
	if out != "" {
		t.Errorf("a refusal printed on stdout: %s", out)
	}
}

func TestContactOnTheDemoIsCheckedNotStored(t *testing.T) {
	t.Parallel()
	out := jdMustRun(t, "contact", "add", "--employer", "e-022", "--specialist", "marco.bianchi",
		"--type", "face_to_face", "--purpose", "present_candidate", "--client", "amina", "--date", "2026-11-20", "--today", jdDay)
	if !strings.Contains(out, "demo town: checked, not stored") {
		t.Errorf("want the demo's read-only note, got:\n%s", out)
	}
}

func TestContactBadInput(t *testing.T) {
	t.Parallel()
	base := []string{"contact", "add", "--employer", "e-022", "--specialist", "anna.rossi", "--today", jdDay}
	for _, c := range []struct {
		name  string
		args  []string
		code  int
		field string
	}{
		{"a date after today", []string{"--type", "phone", "--purpose", "introduction", "--date", "2026-12-01"}, 1, `field "at"`},
		{"an unknown purpose", []string{"--type", "phone", "--purpose", "coffee"}, 1, `field "purpose"`},
		{"an unknown employer", []string{"--employer", "no-such-employer", "--type", "phone", "--purpose", "introduction"}, 1, `field "employer_id"`},
		{"a missing purpose is a usage error", []string{"--type", "phone"}, 2, "--purpose is required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, _, errs := jdRun(t, append(slices.Clone(base), c.args...)...)
			if code != c.code || !strings.Contains(errs, c.field) {
				t.Errorf("want exit %d naming %s, got exit %d: %s", c.code, c.field, code, errs)
			}
		})
	}
}

// jdDemoIndex builds a persistent index from a copy of the demo data.
func jdDemoIndex(t *testing.T) string {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data")
	jdCopyTree(t, filepath.Join("..", "demo", "data"), data)
	dir := filepath.Join(t.TempDir(), "ix")
	jdMustRun(t, "index", "--data", data, "--index", dir)
	return dir
}

func jdCopyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestContactAndPlacementStoredInTheIndex(t *testing.T) {
	t.Parallel()
	dir := jdDemoIndex(t)
	journalFile := filepath.Join(dir, "journal", "journal.jsonl")
	readJournal := func() string {
		b, err := os.ReadFile(journalFile)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	add := []string{"contact", "add", "--index", dir, "--today", jdDay, "--employer", "e-022", "--specialist", "anna.rossi",
		"--type", "face_to_face", "--purpose", "introduction", "--date", "2026-11-20", "--time", "09:30",
		"--learned", "hiring kitchen staff in spring", "--json"}
	type note struct {
		Status  string `json:"status"`
		Stored  bool   `json:"stored"`
		Contact struct {
			ID string `json:"id"`
		} `json:"contact"`
	}
	got := jdDecode[note](t, jdMustRun(t, add...))
	if got.Status != "recorded" || !got.Stored || got.Contact.ID == "" {
		t.Fatalf("want a recorded contact with an id, got %+v", got)
	}
	// The same command again is a no-op with the same id.
	again := jdDecode[note](t, jdMustRun(t, add...))
	if again.Status != "already_recorded" || again.Contact.ID != got.Contact.ID {
		t.Errorf("re-adding: want already_recorded with id %s, got %+v", got.Contact.ID, again)
	}
	// A refused contact stores nothing.
	before := readJournal()
	if code, _, errs := jdRun(t, "contact", "add", "--index", dir, "--today", jdDay, "--employer", "e-022", "--specialist", "anna.rossi",
		"--type", "face_to_face", "--purpose", "present_candidate", "--client", "davide"); code != 1 || !strings.Contains(errs, "refused:") {
		t.Errorf("contact for davide: want exit 1 and a refusal, got %d: %s", code, errs)
	}
	if readJournal() != before {
		t.Error("the refused contact changed the journal")
	}
	if n := strings.Count(before, `"id":"`+got.Contact.ID+`","op"`); n != 1 {
		t.Errorf("journal holds contact %s %d times, want once", got.Contact.ID, n)
	}

	// Reopened, the index counts the new visit.
	rep := jdDecode[fidelity.Report](t, jdMustRun(t, "report", "--index", dir, "--today", jdDay, "--specialist", "anna.rossi", "--json"))
	if want := demoFaceToFace(t, "anna.rossi", rep.Period) + 1; len(rep.Specialists) != 1 || rep.Specialists[0].FaceToFace != want {
		t.Errorf("reopened index: want %d face-to-face contacts for anna.rossi, got %+v", want, rep.Specialists)
	}

	// A job start, then its end by id alone.
	start := jdMustRun(t, "placement", "add", "--index", dir, "--today", jdDay, "--client", "lucia", "--employer", "trattoria-da-gino",
		"--title", "Cook", "--start", "2026-11-16", "--hours", "20", "--isco", "5120", "--id", "pl-lucia-1")
	if !strings.HasPrefix(start, "recorded job start pl-lucia-1") {
		t.Errorf("placement add: %s", start)
	}
	end := jdMustRun(t, "placement", "add", "--index", dir, "--today", jdDay, "--id", "pl-lucia-1", "--end", "2026-11-20", "--end-reason", "quit")
	if !strings.HasPrefix(end, "recorded job end pl-lucia-1") {
		t.Errorf("ending the job: %s", end)
	}
	if j := readJournal(); strings.Count(j, `"id":"pl-lucia-1","op"`) != 2 || !strings.Contains(j, `"end":"2026-11-20","end_reason":"quit"`) {
		t.Errorf("want the start and the end of pl-lucia-1 in the journal:\n%s", j[strings.Index(j, "pl-lucia-1")-40:])
	}
	if code, _, errs := jdRun(t, "placement", "add", "--index", dir, "--today", jdDay, "--client", "lucia", "--employer", "trattoria-da-gino",
		"--title", "Cook", "--start", "2026-11-20", "--end", "2026-11-18"); code != 1 || !strings.Contains(errs, `field "end"`) {
		t.Errorf("an end before the start: want exit 1 naming end, got %d: %s", code, errs)
	}
}

// demoFaceToFace counts a specialist's own face-to-face employer contacts
// in the demo's history within a period.
func demoFaceToFace(t *testing.T, specialist string, per fidelity.Period) int {
	t.Helper()
	cs, err := demo.Contacts()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		if c.Specialist == specialist && !c.ByClient && c.Type == "face_to_face" && per.Contains(c.Day()) {
			n++
		}
	}
	return n
}

func TestReportFigures(t *testing.T) {
	t.Parallel()
	rep := jdDecode[fidelity.Report](t, jdMustRun(t, "report", "--today", jdDay, "--json"))
	clients, err := demo.Clients()
	if err != nil {
		t.Fatal(err)
	}
	caseload := map[string]int{}
	for _, p := range clients {
		caseload[p.Specialist]++
	}
	if rep.Caseload != len(clients) {
		t.Errorf("team caseload %d, want %d", rep.Caseload, len(clients))
	}
	if len(rep.Specialists) != len(caseload) {
		t.Errorf("want %d specialists, got %+v", len(caseload), rep.Specialists)
	}
	for _, s := range rep.Specialists {
		if s.Caseload != caseload[s.Name] {
			t.Errorf("%s: caseload %d, want %d", s.Name, s.Caseload, caseload[s.Name])
		}
		if s.FaceToFace <= 0 || s.Weeks != 8 {
			t.Errorf("%s: %d face-to-face contacts over %.1f weeks; want some, over the default 8 weeks", s.Name, s.FaceToFace, s.Weeks)
		}
	}
	if rep.Period.From.String() != "2026-09-29" || rep.Period.To.String() != jdDay {
		t.Errorf("default period %s..%s, want the 8 weeks ending %s", rep.Period.From, rep.Period.To, jdDay)
	}
	fc := rep.FirstContact
	if fc.Within30 > fc.WithContact || fc.WithContact > fc.Clients || !slices.Contains(fc.PastDay30NoContact, "karim") {
		t.Errorf("first-contact figures do not add up: %+v", fc)
	}
	if rep.ShareWorking < 0 || rep.ShareWorking > 1 || rep.Working > rep.Caseload {
		t.Errorf("working %d of %d (%.2f)", rep.Working, rep.Caseload, rep.ShareWorking)
	}
	table := jdMustRun(t, "report", "--today", jdDay, "--from", "2026-06-01", "--to", "2026-11-23")
	for _, want := range []string{"anna.rossi", "per week (target 6)", "median days to first contact", "job starts", "90-day retention"} {
		if !strings.Contains(table, want) {
			t.Errorf("report table lacks %q:\n%s", want, table)
		}
	}
	if code, _, _ := jdRun(t, "report", "--today", jdDay, "--from", "2026-11-30", "--to", "2026-11-01"); code != 2 {
		t.Errorf("a period ending before it starts: want exit 2, got %d", code)
	}
}
