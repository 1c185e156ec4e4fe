package main

import (
	"encoding/json"
	"testing"

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
