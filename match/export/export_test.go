package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func sampleResults() match.Results {
	km, mins := 2.4, 12
	return match.Results{Client: "ada", Today: civil.D(2026, 11, 23), Results: []match.Result{
		{Rank: 1, ID: "v1", Title: "=HYPERLINK(\"x\")", EmployerName: "Bar, Rossi", Score: 0.81, Action: match.SpecialistMayIntroduce,
			DistanceKm: &km, CommuteMinutes: &mins, Competitive: true,
			Reasons: []match.Reason{{Factor: "hours", Effect: match.Plus, Text: "part-time 18 h/week"}, {Factor: "pay", Effect: match.Minus, Text: "low pay <b>"}}},
	}}
}

func TestResultsCSVIsSafeInASpreadsheet(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, ResultsCSV(&b, sampleResults()))
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	require.Equal(t, "rank", rows[0][0])
	require.Equal(t, `'=HYPERLINK("x")`, rows[1][2], "a formula is quoted, never run")
	require.Equal(t, "Bar, Rossi", rows[1][3])
	require.Equal(t, "2.4", rows[1][5])
	require.Equal(t, "specialist_may_introduce", rows[1][7])
	require.Equal(t, "part-time 18 h/week; low pay <b>", rows[1][10])
}

func TestResultsHTMLForTheClient(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, ResultsHTML(&b, sampleResults(), language.Und))
	s := b.String()
	require.Contains(t, s, "<!DOCTYPE html>")
	require.Contains(t, s, "part-time 18 h/week")
	require.NotContains(t, s, "low pay", "only what speaks for a job is listed for the client")
	require.Contains(t, s, "2.4 km, about 12 min")
	require.Contains(t, s, match.SpecialistMayIntroduce.Text())
	require.Contains(t, s, "=HYPERLINK(&#34;x&#34;)", "text is escaped")
	require.NotContains(t, s, "ada", "the page does not carry the client id")
}

func TestCalendarFollowsRFC5545(t *testing.T) {
	long := strings.Repeat("già visto, ", 20)
	evs := []Event{{UID: "u1@ipsmatch", Day: civil.D(2026, 11, 24), Summary: "Visit Bar; Rossi", Description: long + "\nsecond line"}}
	var b bytes.Buffer
	require.NoError(t, Calendar(&b, "Anna's week", time.Date(2026, 11, 23, 9, 0, 0, 0, time.FixedZone("CET", 3600)), evs))
	s := b.String()
	require.True(t, strings.HasSuffix(s, "END:VCALENDAR\r\n"))
	require.NotContains(t, strings.ReplaceAll(s, "\r\n", ""), "\n", "every line ends in CRLF")
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		require.LessOrEqual(t, len(l), 75, "folded at 75 octets: %q", l)
		require.True(t, utf8Valid(l), "never splits a character: %q", l)
	}
	unfolded := strings.ReplaceAll(s, "\r\n ", "")
	require.Contains(t, unfolded, "UID:u1@ipsmatch\r\n")
	require.Contains(t, unfolded, "DTSTAMP:20261123T080000Z\r\n")
	require.Contains(t, unfolded, "DTSTART;VALUE=DATE:20261124\r\n")
	require.Contains(t, unfolded, "DTEND;VALUE=DATE:20261125\r\n")
	require.Contains(t, unfolded, `SUMMARY:Visit Bar\; Rossi`)
	require.Contains(t, unfolded, `già visto\, `)
	require.Contains(t, unfolded, `\nsecond line`)
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }

func TestPlanAndFollowAlongEvents(t *testing.T) {
	plan := match.Plan{Specialist: "anna", Week: civil.D(2026, 11, 23), Visits: []match.Visit{
		{EmployerID: "e1", Name: "Bar", Purpose: employer.PurposeLearn}, {EmployerID: "e2", Name: "Shop", Purpose: employer.PurposePresent, PresentFor: []string{"ada"}}}}
	ev := PlanEvents(plan, language.Und)
	require.Equal(t, civil.D(2026, 11, 24), ev[1].Day)
	require.Contains(t, ev[1].Description, "may present: ada")
	fa := match.FollowAlongReport{Today: civil.D(2026, 11, 25), Due: []match.FollowAlong{
		{Client: "bo", PlacementID: "p1", EmployerID: "e9", Due: civil.D(2026, 11, 20), Overdue: true, AtWorkplace: false}}}
	fe := FollowAlongEvents(fa, language.Und)
	require.Equal(t, civil.D(2026, 11, 25), fe[0].Day, "overdue: today")
	require.NotContains(t, fe[0].Summary+fe[0].Description, "e9", "a client who did not disclose: the employer is not named")
}

func TestReportCSVs(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, QuartersCSV(&b, []fidelity.QuarterFigures{{Quarter: "2026-Q3", Caseload: 10, Worked: 5, EmploymentRate: 0.5, Band: "excellent",
		Endings: map[employer.EndReason]int{employer.EndQuit: 1, employer.EndFired: 2}}}))
	require.Contains(t, b.String(), "2026-Q3")
	require.Contains(t, b.String(), "fired:2 quit:1")
	b.Reset()
	require.NoError(t, EquityCSV(&b, []fidelity.GroupFigures{{Group: "A", Clients: 6}, {Group: "B", Suppressed: true}}))
	require.Contains(t, b.String(), "B,true,,,,,,,,\n")
	b.Reset()
	require.NoError(t, IPS25CSV(&b, []fidelity.IPS25Item{{Number: 1, Name: "Caseload size", Measured: true, Score: 5, Value: 10}, {Number: 2, Name: "x"}}))
	require.Contains(t, b.String(), "1,Caseload size,true,5,10,")
	require.Contains(t, b.String(), "2,x,false,,,")
}
