package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// englishOfExport are the English words of the page and the calendar a
// client or specialist would notice left untranslated.
var englishOfExport = []string{"Jobs to look at together", "Made on", "fit what you said", "To check", "No job fits",
	"Let us talk", "about 12 min", " at Bar", "may present", "Visit ", "Follow-along", "away from work", "IPS week of",
	"learn business", "specialist may introduce"}

// TestExportSpeaksTheLanguage: the page for the client and the calendar
// entries say their own words in Italian, Spanish and Danish, with the
// language's numbers and dates, and keep none of the English.
func TestExportSpeaksTheLanguage(t *testing.T) {
	res := sampleResults()
	res.Results[0].Flags = []string{"a flag"}
	empty := match.Results{Today: res.Today}
	plan := match.Plan{Specialist: "anna", Week: civil.D(2026, 11, 23), Visits: []match.Visit{
		{EmployerID: "e1", Name: "Bar", Purpose: employer.PurposeLearn}, {EmployerID: "e2", Name: "Shop", Purpose: employer.PurposePresent, PresentFor: []string{"ada"}}}}
	fa := match.FollowAlongReport{Today: civil.D(2026, 11, 25), Due: []match.FollowAlong{
		{Client: "bo", PlacementID: "p1", Due: civil.D(2026, 11, 20)}, {Client: "cy", PlacementID: "p2", EmployerID: "e9", AtWorkplace: true, Due: civil.D(2026, 11, 26)}}}
	text := func(lang language.Tag) string {
		var b strings.Builder
		for _, r := range []match.Results{res, empty} {
			var page bytes.Buffer
			require.NoError(t, ResultsHTML(&page, r, lang))
			b.WriteString(page.String())
		}
		for _, ev := range append(PlanEvents(plan, lang), FollowAlongEvents(fa, lang)...) {
			b.WriteString(ev.Summary + "\n" + ev.Description + "\n")
		}
		return b.String() + CalendarName(plan.Week, "anna", lang)
	}
	english := text(language.Und)
	for _, w := range englishOfExport {
		require.Contains(t, english, w, "the check looks for what English says")
	}
	for _, code := range []string{"it", "es", "da"} {
		got := text(language.MustParse(code))
		for _, w := range englishOfExport {
			assert.NotContains(t, got, w, code)
		}
		assert.Contains(t, got, `<html lang="`+code+`">`)
		assert.Contains(t, got, "2,4 km", "%s writes decimals with a comma", code)
		assert.NotContains(t, got, "2026-11-23", "%s writes dates its own way", code)
	}
}
