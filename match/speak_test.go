package match

import (
	"context"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var otherLanguages = []language.Tag{language.Italian, language.MustParse("es-MX"), language.Danish}

// The speech's English is what the employer package and the relation
// view have always written, so English output does not move.
func TestSpeakerEnglishIsTheLibrarysEnglish(t *testing.T) {
	en := speechIn(language.Und)
	for _, tr := range []employer.TrackRecord{
		{},
		{Starts: 1, Working: 1, MedianTenureDays: 10},
		{Starts: 1, MedianTenureDays: 20},
		{Starts: 1, MedianTenureDays: 1},
		{Starts: 1, Working: 1, MedianTenureDays: 800},
		{Starts: 1, MedianTenureDays: 95},
		{Starts: 2, ShortestTenureDays: 200, MedianTenureDays: 300},
		{Starts: 3, ShortestTenureDays: 200, MedianTenureDays: 300},
		{Starts: 3, Eligible90: 2, Retained90: 1, Working: 1, ShortestTenureDays: 20},
		{Starts: 2, Working: 2, ShortestTenureDays: 30},
	} {
		assert.Equal(t, tr.Reason(), en.trackRecord(tr), "%+v", tr)
	}

	emps, vacs := leadTown()
	cs := readyWith("k2")
	cs[2].FollowUpDate = today.AddDays(3)
	e := newHistEngine(t, emps, vacs, fakeHistory{contacts: cs})
	rels, err := e.relations(context.Background(), today)
	require.NoError(t, err)
	r := rels.get("k2")
	require.NotNil(t, r)
	assert.Equal(t, r.followUp, en.followUp(r.derived))
	assert.Equal(t, r.stageText, en.stage(r.stage))

	for _, enrolled := range []employer.Date{{}, today.AddDays(-10), today.AddDays(-45)} {
		p := kitchenClient(preference.DiscloseFull)
		p.Enrolled = enrolled
		rs := rels.rapidSearch(&p)
		assert.Equal(t, rs.Text, en.rapid(rs, p.Enrolled))
	}
}

// langTown is leadTown with a history that gives leads every kind of
// reason: a relationship, a track record, a follow-up, a note of what a
// contact learned; and a client past day 30 with no employer contact.
func langTown(t *testing.T) (*Engine, preference.Profile) {
	emps, vacs := leadTown()
	vacs = append(vacs, vac("v5", "k2", "Kitchen porter", 1))
	cs := readyWith("k2")
	cs[2].FollowUpDate = today.AddDays(-5)
	note := contactAt("n1-1", "n1", employer.PurposeLearn, 10)
	note.Learned = "They never find enough kitchen staff for the summer terrace."
	h := fakeHistory{contacts: append(cs, note), placements: []employer.Placement{
		{ID: "p1", ClientID: "x1", EmployerID: "k2", Title: "Kitchen porter", Start: today.AddDays(-400)},
		{ID: "p2", ClientID: "x2", EmployerID: "k2", Title: "Kitchen porter", Start: today.AddDays(-30)},
	}}
	p := kitchenClient(preference.DiscloseProgramOnly)
	p.Enrolled = today.AddDays(-45)
	return newHistEngine(t, emps, vacs, h), p
}

// Leads in Italian, Spanish and Danish rank and score exactly as in
// English, and none of their sentences is left in English: every reason
// a lead factor writes, the follow-up, the action, the rapid-search text
// and the flags differ from the English ones.
func TestLeadsSpeakTheLanguage(t *testing.T) {
	e, p := langTown(t)
	ctx := context.Background()
	en, err := e.Leads(ctx, p, LeadOptions{Today: today})
	require.NoError(t, err)
	require.NotEmpty(t, en.Flags)
	factors := map[string]bool{}
	for _, lang := range otherLanguages {
		t.Run(lang.String(), func(t *testing.T) {
			got, err := e.Leads(ctx, p, LeadOptions{Today: today, Lang: lang})
			require.NoError(t, err)
			require.Equal(t, leadIDs(en.Leads), leadIDs(got.Leads))
			assert.Equal(t, en.Excluded, got.Excluded)
			assert.NotEqual(t, en.Rapid.Text, got.Rapid.Text)
			require.Len(t, got.Flags, len(en.Flags))
			for i := range en.Flags {
				assert.NotEqual(t, en.Flags[i], got.Flags[i])
			}
			for i, l := range got.Leads {
				el := en.Leads[i]
				assert.Equal(t, []any{el.Score, el.Stage, el.Action, el.OpenVacancies}, []any{l.Score, l.Stage, l.Action, l.OpenVacancies})
				assert.NotEqual(t, el.ActionText, l.ActionText)
				if el.FollowUp != "" {
					assert.NotEqual(t, el.FollowUp, l.FollowUp)
				}
				require.Len(t, l.Reasons, len(el.Reasons))
				for j, r := range l.Reasons {
					er := el.Reasons[j]
					assert.Equal(t, []any{er.Factor, er.Effect, er.Score}, []any{r.Factor, r.Effect, r.Score})
					if er.Factor != "sector" { // a vacancy factor, translated with Match's reasons
						assert.NotEqual(t, er.Text, r.Text, "%s reason of %s", r.Factor, l.EmployerID)
					}
					factors[r.Factor] = true
				}
			}
		})
	}
	for _, f := range []string{"occupation", "commute", "relationship", "track_record", "follow_up", "vacancies"} {
		assert.True(t, factors[f], "the town gives a %s reason", f)
	}
}

func TestLeadsInItalianUseItalianDatesAndWords(t *testing.T) {
	e, p := langTown(t)
	got, err := e.Leads(context.Background(), p, LeadOptions{Today: today, Lang: language.Italian})
	require.NoError(t, err)
	k2 := got.Leads[0]
	require.Equal(t, "k2", k2.EmployerID)
	assert.Equal(t, "ricontatto scaduto dal "+today.AddDays(-5).Time().Format("02/01/2006"), k2.FollowUp)
	assert.Contains(t, got.Rapid.Text, "RICERCA RAPIDA IN RITARDO: giorno 45")
	assert.Contains(t, k2.ActionText, "l'operatore può presentare l'utente")
}

// A plan in another language chooses the same visits for the same
// clients; only its sentences change, and none stays in English.
func TestPlanSpeaksTheLanguage(t *testing.T) {
	cs := []employer.Contact{contactAt("c1", "k1", employer.PurposeIntroduction, 20)}
	cs[0].FollowUpDate = today.AddDays(2)
	h := fakeHistory{contacts: append(cs, readyWith("s1")...), placements: []employer.Placement{
		{ID: "p1", ClientID: "x1", EmployerID: "s1", Title: "Shop assistant", Start: today.AddDays(-100), End: today.AddDays(-20), EndReason: employer.EndQuit},
	}}
	e := newHistEngine(t, planTown(), nil, h)
	late := planClient("gil", "anna", preference.DiscloseFull, "kitchen work")
	late.Enrolled = today.AddDays(-40)
	vague := planClient("hal", "anna", preference.DiscloseFull, "")
	vague.JobTypes = nil
	caseload := append(planCaseload(), late, vague)
	en := planFor(t, e, caseload, PlanOptions{Visits: 20})
	require.Len(t, en.Flags, 3, "past day 30, a short plan, a client with no job type")
	for _, lang := range otherLanguages {
		t.Run(lang.String(), func(t *testing.T) {
			got := planFor(t, e, caseload, PlanOptions{Visits: 20, Lang: lang})
			require.Equal(t, visitIDs(en), visitIDs(got))
			require.Len(t, got.Flags, len(en.Flags))
			for i := range en.Flags {
				assert.NotEqual(t, en.Flags[i], got.Flags[i])
			}
			for i, v := range got.Visits {
				ev := en.Visits[i]
				assert.Equal(t, []any{ev.Purpose, ev.Clients, ev.PresentFor, ev.OthersServed, ev.FollowUpDue},
					[]any{v.Purpose, v.Clients, v.PresentFor, v.OthersServed, v.FollowUpDue})
				require.Len(t, v.Reasons, len(ev.Reasons))
				for j := range v.Reasons {
					assert.NotEqual(t, ev.Reasons[j], v.Reasons[j], "visit to %s", v.EmployerID)
				}
			}
		})
	}
}

// A refusal reads in English exactly as the error the rule returns, and
// in the other languages differs from it, for every purpose and choice.
func TestDisclosureRefusalSaysTheRulesWords(t *testing.T) {
	purposes := []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou,
		employer.PurposePresent, employer.PurposeInterview, employer.PurposeFollowAlong}
	refused := 0
	for _, d := range []preference.Disclosure{preference.DiscloseNone, preference.DiscloseProgramOnly, preference.DiscloseFull} {
		for _, pu := range purposes {
			err := ContactAllowed(d, pu, false)
			en := DisclosureRefusal(language.Und, "", d, pu, false)
			if err == nil {
				assert.Empty(t, en, "%s allows %s", d, pu)
				continue
			}
			refused++
			assert.Equal(t, strings.TrimPrefix(err.Error(), "ipsmatch: "), en)
			for _, lang := range otherLanguages {
				tr := DisclosureRefusal(lang, "davide", d, pu, false)
				assert.NotContains(t, tr, "chose", "%s, %s in %s", d, pu, lang)
				assert.Contains(t, tr, `"davide"`)
			}
		}
	}
	assert.Equal(t, 10, refused, "none refuses all six purposes, program_only four")
	assert.Empty(t, DisclosureRefusal(language.Italian, "davide", preference.DiscloseNone, employer.PurposeIntroduction, true), "a contact the client made")
}
