package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"

	"github.com/stretchr/testify/require"
)

func TestAlertsOnDemoRaisesLeads(t *testing.T) {
	out, stderr, code := runCLI(t, "alerts", "--since", "2026-11-16", "--json")
	require.Equal(t, 0, code, stderr)
	var doc struct {
		Alerts []struct {
			VacancyID string `json:"vacancy_id"`
			Clients   []struct {
				Client string `json:"client"`
			} `json:"clients"`
			Lead *struct {
				Specialists []string `json:"specialists"`
			} `json:"lead"`
		} `json:"alerts"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.NotEmpty(t, doc.Alerts)
	leads := 0
	for _, a := range doc.Alerts {
		require.NotEmpty(t, a.Clients, a.VacancyID)
		if a.Lead != nil {
			leads++
			require.NotEmpty(t, a.Lead.Specialists)
		}
	}
	require.Positive(t, leads, "the demo team knows some employers that posted")

	_, stderr, code = runCLI(t, "alerts")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, "--since")
}

func TestFollowupsListFollowAlongAndPlanToo(t *testing.T) {
	out, stderr, code := runCLI(t, "followups")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, out, "Follow-along after job starts")
	require.Contains(t, out, "elena: follow-along OVERDUE")
	out, stderr, code = runCLI(t, "followups", "--json")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, out, `"follow_along"`)
	out, stderr, code = runCLI(t, "plan", "--specialist", "sara.conti")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, out, "elena: follow-along OVERDUE")
	require.NotContains(t, out, "past-024", "another specialist's client")
}

func TestBenefitsCommand(t *testing.T) {
	out, stderr, code := runCLI(t, "benefits", "--client", "irina", "--vacancy", "v-0001")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, out, "9360-9880 EUR a year")
	require.Contains(t, out, "the limit is reached at 10.6 h/week")
	require.Contains(t, out, "OVER THE LIMIT")
	out, stderr, code = runCLI(t, "benefits", "--client", "irina", "--vacancy", "v-0005")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, out, "PAY NOT STATED")
	_, stderr, code = runCLI(t, "benefits", "--client", "irina")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, "--vacancy")
}

// TestEquityGroupingIsUnseenByRankingAndNotStored runs every demo client's
// match, then an equity report with a grouping, then the matches again:
// the rankings are identical, and no file of the index holds a label.
func TestEquityGroupingIsUnseenByRankingAndNotStored(t *testing.T) {
	ix := jdDemoIndex(t)
	clients, err := demo.Clients()
	require.NoError(t, err)
	matches := func() map[string]string {
		out := map[string]string{}
		for _, c := range clients {
			out[c.ID] = jdMustRun(t, "match", "--index", ix, "--client", c.ID, "--json", "--today", jdDay)
		}
		return out
	}
	before := matches()
	var rows strings.Builder
	rows.WriteString("client_id,group\n")
	for i, c := range clients {
		label := "zz-label-alpha"
		if i%4 == 0 {
			label = "zz-label-beta"
		}
		fmt.Fprintf(&rows, "%s,%s\n", c.ID, label)
	}
	groups := filepath.Join(t.TempDir(), "groups.csv")
	require.NoError(t, os.WriteFile(groups, []byte(rows.String()), 0o600))
	out := jdMustRun(t, "report", "--index", ix, "--equity", groups, "--today", jdDay, "--from", "2026-01-01")
	require.Contains(t, out, "zz-label-alpha")
	require.Regexp(t, `zz-label-beta\s+suppressed`, out, "a group under 5 clients is suppressed")
	csvOut := jdMustRun(t, "report", "--index", ix, "--equity", groups, "--csv", "--today", jdDay, "--from", "2026-01-01")
	require.Contains(t, csvOut, "zz-label-beta,true,")
	require.Equal(t, before, matches(), "ranking is identical with and without the grouping")
	require.NoError(t, filepath.WalkDir(ix, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NotContains(t, string(b), "zz-label", "the grouping is never stored: %s", path)
		return nil
	}))
}

func TestReportIPS25QuartersAndCSV(t *testing.T) {
	out := jdMustRun(t, "report", "--ips25", "--today", jdDay)
	require.Contains(t, out, "Caseload size")
	require.Contains(t, out, "Not measurable from the contact log and job starts (17 items")
	out = jdMustRun(t, "report", "--quarters", "4", "--today", jdDay)
	require.Contains(t, out, "2026-Q4")
	require.Contains(t, out, "41% working is average")
	out = jdMustRun(t, "report", "--quarters", "2", "--csv", "--today", jdDay)
	require.True(t, strings.HasPrefix(out, "quarter,from,to,caseload,worked,employment_rate,benchmark_band"), out)
	code, _, stderr := jdRun(t, "report", "--ips25", "--quarters", "2")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, "one of")
}

func TestExportListAndCalendar(t *testing.T) {
	out := jdMustRun(t, "export", "list", "--client", "lucia", "--limit", "3")
	require.True(t, strings.HasPrefix(out, "rank,vacancy_id,title"), out)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 4, "a header and three vacancies")
	out = jdMustRun(t, "export", "list", "--client", "lucia", "--format", "html")
	require.Contains(t, out, "Jobs to look at together")
	ics := filepath.Join(t.TempDir(), "week.ics")
	jdMustRun(t, "export", "calendar", "--specialist", "sara.conti", "--out", ics, "--today", jdDay)
	b, err := os.ReadFile(ics)
	require.NoError(t, err)
	s := string(b)
	require.True(t, strings.HasPrefix(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
	require.Equal(t, strings.Count(s, "BEGIN:VEVENT"), strings.Count(s, "\r\nUID:"))
	require.Contains(t, s, "Follow-along: elena")
	code, _, _ := jdRun(t, "export", "calendar", "--specialist", "nobody")
	require.NotEqual(t, 0, code)
}

// A career profile given with --career feeds the search: a "never again"
// employer and kind of work are left out.
func TestMatchWithACareerProfile(t *testing.T) {
	career := writeFile(t, "lucia-career.json", `{"client_id": "lucia",
 "work_history": [{"title": "Kitchen porter", "from": "2024-03-01", "to": "2025-01-31", "skills": ["food hygiene"]}],
 "never_again": {"employers": ["trattoria-da-gino"], "work": [{"text": "pizza maker"}]}}`)
	before := jdMustRun(t, "match", "--client", "lucia", "--today", jdDay, "--json")
	after := jdMustRun(t, "match", "--client", "lucia", "--today", jdDay, "--json", "--career", career)
	if !strings.Contains(before, `"employer_id": "trattoria-da-gino"`) {
		t.Fatalf("the demo's lucia should have a Trattoria da Gino vacancy without a career profile")
	}
	if strings.Contains(after, `"employer_id": "trattoria-da-gino"`) {
		t.Errorf("a never-again employer is still shown")
	}
	code, _, stderr := jdRun(t, "match", "--client", "lucia", "--today", jdDay, "--career", writeFile(t, "c.json", `{"client_id": "lucia", "diagnosis": "x"}`))
	if code != 1 || !strings.Contains(stderr, "diagnosis") {
		t.Errorf("a career profile with a clinical field is refused naming it: %d %s", code, stderr)
	}
}
