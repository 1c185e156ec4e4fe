package match

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeHistory is a History held in memory.
type fakeHistory struct {
	contacts   []employer.Contact
	placements []employer.Placement
}

func (h fakeHistory) Contacts() []employer.Contact     { return h.contacts }
func (h fakeHistory) Placements() []employer.Placement { return h.placements }

// Derived folds the records into the state a store keeps; the reference
// scorer reads the records themselves instead (bruteRelations).
func (h fakeHistory) Derived(context.Context) (*store.Derived, error) {
	d := store.NewDerived()
	for i := range h.contacts {
		d.PutContact(nil, &h.contacts[i])
	}
	for i := range h.placements {
		d.PutPlacement(nil, &h.placements[i])
	}
	return d, nil
}

func newHistEngine(t *testing.T, emps []employer.Employer, vacs []employer.Vacancy, h History) *Engine {
	t.Helper()
	e, err := New(Config{Index: newTestEngine(t, emps, vacs).Index(), History: h})
	require.NoError(t, err)
	return e
}

// contactAt is a specialist's face-to-face visit daysAgo days before today.
func contactAt(id, emp string, purpose employer.Purpose, daysAgo int) employer.Contact {
	return employer.Contact{ID: id, EmployerID: emp, Specialist: "anna", Type: employer.FaceToFace, Purpose: purpose,
		At: today.AddDays(-daysAgo).Time().Add(10 * time.Hour)}
}

// readyWith walks a relationship with emp to "ready to present candidates".
func readyWith(emp string) []employer.Contact {
	return []employer.Contact{
		contactAt(emp+"-1", emp, employer.PurposeIntroduction, 60),
		contactAt(emp+"-2", emp, employer.PurposeLearn, 40),
		contactAt(emp+"-3", emp, employer.PurposeThankYou, 30),
	}
}

var (
	food        = employer.Sector{Code: "I56", Label: "food and beverage service"}
	hotels      = employer.Sector{Code: "I55", Label: "hotels"}
	warehousing = employer.Sector{Code: "H52", Label: "warehousing"}
	kitchenPort = employer.Occupation{Code: "kitchen-porter", ISCO: "9412", Label: "Kitchen porter"}
)

// leadTown has kitchens that post nothing, a fast-food outlet and a
// warehouse that post two jobs each, a kitchen too far away, and a bar
// whose work the team does not know.
func leadTown() ([]employer.Employer, []employer.Vacancy) {
	kitchen := func(id, name string, s employer.Sector, km float64) employer.Employer {
		return employer.Employer{ID: id, Name: name, Sector: s, Location: near(km),
			TypicalOccupations: []employer.Occupation{kitchenPort}}
	}
	emps := []employer.Employer{
		{ID: "f1", Name: "Burger Piazza", Sector: food, Location: near(1)},
		kitchen("far", "Trattoria Lontana", food, 30),
		kitchen("h1", "Hotel Duomo", hotels, 1),
		kitchen("k1", "Osteria Uno", food, 1),
		kitchen("k2", "Osteria Due", food, 1),
		{ID: "n1", Name: "Bar Nuovo", Sector: food, Location: near(1)},
		{ID: "w1", Name: "Logistica Valmora", Sector: warehousing, Location: near(1)},
	}
	vacs := []employer.Vacancy{
		vac("v1", "w1", "Warehouse operative", 1),
		vac("v2", "w1", "Warehouse worker", 1),
		vac("v3", "f1", "Fast food worker", 1),
		vac("v4", "f1", "Fast food worker", 1),
	}
	return emps, vacs
}

func leadIDs(ls []Lead) []string {
	return lo.Map(ls, func(l Lead, _ int) string { return l.EmployerID })
}

func rankOf(t *testing.T, ls Leads, id string) int {
	t.Helper()
	i := slices.Index(leadIDs(ls.Leads), id)
	require.GreaterOrEqual(t, i, 0, "%s is not among the leads %v", id, leadIDs(ls.Leads))
	return i + 1
}

func leadsFor(t *testing.T, e *Engine, p preference.Profile) Leads {
	t.Helper()
	got, err := e.Leads(context.Background(), p, LeadOptions{Today: today})
	require.NoError(t, err)
	return got
}

func TestLeadWithoutVacancyButFittingWorkRanksAboveLooserFitWithVacancies(t *testing.T) {
	emps, vacs := leadTown()
	got := leadsFor(t, newTestEngine(t, emps, vacs), kitchenClient(preference.DiscloseFull))
	assert.Less(t, rankOf(t, got, "k1"), rankOf(t, got, "f1"))
	assert.Equal(t, 2, got.Leads[rankOf(t, got, "f1")-1].OpenVacancies)
	assert.NotContains(t, leadIDs(got.Leads), "w1", "warehouse work is unrelated to kitchen work")
	assert.Equal(t, 1, got.Excluded[ExOtherWork])
	n1 := got.Leads[rankOf(t, got, "n1")-1]
	assert.True(t, lo.ContainsBy(n1.Reasons, func(r Reason) bool { return r.Text == "what they hire for is not known to the team yet" }),
		"an employer whose work is unknown stays, to learn about: %+v", n1.Reasons)
	k1 := got.Leads[rankOf(t, got, "k1")-1]
	assert.Equal(t, 0, k1.OpenVacancies)
	assert.Contains(t, k1.Reasons[0].Text, "hires kitchen porters", "the kind of work is the strongest reason")
	assert.Equal(t, "none", k1.Stage)
	require.NotNil(t, k1.DistanceKm)
	require.NotNil(t, k1.CommuteMinutes)
	assert.InDelta(t, 1.0, *k1.DistanceKm, 0.05)
}

func TestLeadRelationshipStageRaisesRank(t *testing.T) {
	emps, vacs := leadTown()
	p := kitchenClient(preference.DiscloseFull)
	before := leadsFor(t, newTestEngine(t, emps, vacs), p)
	require.Less(t, rankOf(t, before, "k1"), rankOf(t, before, "k2"), "equal employers tie by id")

	after := leadsFor(t, newHistEngine(t, emps, vacs, fakeHistory{contacts: readyWith("k2")}), p)
	assert.Less(t, rankOf(t, after, "k2"), rankOf(t, after, "k1"))
	k2 := after.Leads[rankOf(t, after, "k2")-1]
	assert.Equal(t, "ready", k2.Stage)
	assert.True(t, lo.ContainsBy(k2.Reasons, func(r Reason) bool {
		return r.Text == "relationship: ready to present candidates (last visit "+today.AddDays(-30).String()+")"
	}), "%+v", k2.Reasons)
}

func TestLeadTrackRecordAndFollowUpAreExplained(t *testing.T) {
	emps, vacs := leadTown()
	cs := readyWith("k2")
	cs[2].FollowUpDate = today.AddDays(-5)
	h := fakeHistory{contacts: cs, placements: []employer.Placement{
		{ID: "p1", ClientID: "x1", EmployerID: "k2", Title: "Kitchen porter", Start: today.AddDays(-400)},
		{ID: "p2", ClientID: "x2", EmployerID: "k2", Title: "Kitchen porter", Start: today.AddDays(-300)},
	}}
	got := leadsFor(t, newHistEngine(t, emps, vacs, h), kitchenClient(preference.DiscloseFull))
	k2 := got.Leads[0]
	require.Equal(t, "k2", k2.EmployerID)
	assert.Equal(t, "has_hired", k2.Stage)
	assert.Equal(t, "follow-up overdue since "+today.AddDays(-5).String(), k2.FollowUp)
	texts := lo.Map(k2.Reasons, func(r Reason, _ int) string { return r.Text })
	assert.Contains(t, texts, "hired 2 clients from the programme; both stayed over 6 months")
	assert.Contains(t, texts, k2.FollowUp)
}

func TestLeadFromWhatTheTeamLearned(t *testing.T) {
	emps, vacs := leadTown()
	note := contactAt("n1-1", "n1", employer.PurposeLearn, 10)
	note.Learned = "They never find enough kitchen staff for the summer terrace."
	got := leadsFor(t, newHistEngine(t, emps, vacs, fakeHistory{contacts: []employer.Contact{note}}), kitchenClient(preference.DiscloseFull))
	assert.Equal(t, "n1", got.Leads[0].EmployerID, "kitchen staff wanted, and the relationship has begun")
	assert.Contains(t, got.Leads[0].Reasons[0].Text, `the team learned "They never find enough kitchen staff`)
}

func TestLeadOpenVacanciesThatFit(t *testing.T) {
	emps, vacs := leadTown()
	vacs = append(vacs, vac("v5", "k2", "Kitchen porter", 1), vac("v6", "k2", "Kitchen porter", 1),
		vac("v7", "k2", "Kitchen porter (nights)", 1, func(v *employer.Vacancy) { v.Shifts = []employer.Shift{employer.ShiftNight} }))
	got := leadsFor(t, newTestEngine(t, emps, vacs), kitchenClient(preference.DiscloseFull))
	k2 := got.Leads[rankOf(t, got, "k2")-1]
	assert.Equal(t, 2, k2.OpenVacancies, "the night-shift post breaks a must")
	assert.Less(t, rankOf(t, got, "k2"), rankOf(t, got, "k1"))
	assert.True(t, lo.ContainsBy(k2.Reasons, func(r Reason) bool { return r.Text == "2 open vacancies that fit" }), "%+v", k2.Reasons)
}

func TestLeadAvoidedSectorRanksLower(t *testing.T) {
	emps, vacs := leadTown()
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	before := leadsFor(t, e, p)
	require.Less(t, rankOf(t, before, "h1"), rankOf(t, before, "k1"))
	p.Sectors = []preference.SectorPref{{Code: "I55", Strength: preference.Avoid}}
	after := leadsFor(t, e, p)
	assert.Greater(t, rankOf(t, after, "h1"), rankOf(t, after, "k2"))
	h1 := after.Leads[rankOf(t, after, "h1")-1]
	assert.True(t, lo.ContainsBy(h1.Reasons, func(r Reason) bool { return r.Effect == Minus && strings.Contains(r.Text, "avoid") }))
}

func TestLeadMustsFilterEmployers(t *testing.T) {
	emps, vacs := leadTown()
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.AvoidEmployers = []string{"k1"}
	got := leadsFor(t, e, p)
	assert.NotContains(t, leadIDs(got.Leads), "far", "30 km is beyond 30 minutes by transit")
	assert.NotContains(t, leadIDs(got.Leads), "k1")
	assert.Equal(t, map[string]int{ExTooFar: 1, ExAvoidedEmployer: 1, ExOtherWork: 1}, got.Excluded)

	p.Commute.Strength = preference.Prefer
	p.Sectors = []preference.SectorPref{{Code: "I56", Strength: preference.Must}}
	got = leadsFor(t, e, p)
	assert.Contains(t, leadIDs(got.Leads), "far", "a prefer commute limit only ranks")
	assert.Equal(t, map[string]int{ExSector: 2, ExAvoidedEmployer: 1}, got.Excluded)
}

func TestLeadEmployerWithoutLocationIsKept(t *testing.T) {
	emps, vacs := leadTown()
	i := slices.IndexFunc(emps, func(e employer.Employer) bool { return e.ID == "k1" })
	emps[i].Location = nil
	got := leadsFor(t, newTestEngine(t, emps, vacs), kitchenClient(preference.DiscloseFull))
	k1 := got.Leads[rankOf(t, got, "k1")-1]
	assert.Nil(t, k1.DistanceKm)
	assert.Nil(t, k1.CommuteMinutes)
	assert.Less(t, rankOf(t, got, "k2"), rankOf(t, got, "k1"), "an unknown commute scores below a short one")
}

func TestLeadActionFollowsDisclosure(t *testing.T) {
	emps, vacs := leadTown()
	e := newHistEngine(t, emps, vacs, fakeHistory{contacts: readyWith("k2")})
	want := map[preference.Disclosure]Action{
		preference.DiscloseNone:        ApplyOnOwn,
		preference.DiscloseProgramOnly: SpecialistMayIntroduce,
		preference.DiscloseFull:        SpecialistMayAdvocate,
	}
	for d, a := range want {
		t.Run(string(d), func(t *testing.T) {
			got := leadsFor(t, e, kitchenClient(d))
			require.NotEmpty(t, got.Leads)
			for _, l := range got.Leads {
				assert.Equal(t, a, l.Action)
				if d != preference.DiscloseNone {
					continue
				}
				assert.NotContains(t, l.ActionText, "specialist", "no one goes on the client's behalf")
				assert.Contains(t, l.ActionText, "on their own")
				for _, r := range l.Reasons {
					assert.NotContains(t, r.Text, "introduce the client")
					assert.NotContains(t, r.Text, "advocate")
				}
			}
		})
	}
}

func TestLeadsAreDeterministic(t *testing.T) {
	emps, vacs := leadTown()
	e := newHistEngine(t, emps, vacs, fakeHistory{contacts: readyWith("k2")})
	p := kitchenClient(preference.DiscloseProgramOnly)
	first := leadsFor(t, e, p)
	for range 5 {
		assert.Equal(t, first, leadsFor(t, e, p))
	}
	for i, l := range first.Leads {
		assert.Equal(t, i+1, l.Rank)
		if i > 0 {
			prev := first.Leads[i-1]
			assert.True(t, prev.Score > l.Score || (prev.Score == l.Score && prev.EmployerID < l.EmployerID),
				"best first, ties by employer id: %s then %s", prev.EmployerID, l.EmployerID)
		}
	}
}

func TestLeadsLimitFlagsAndOptions(t *testing.T) {
	emps, vacs := leadTown()
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.Enrolled = today.AddDays(-45)
	got, err := e.Leads(context.Background(), p, LeadOptions{Today: today, Limit: 2})
	require.NoError(t, err)
	assert.Len(t, got.Leads, 2)
	assert.True(t, got.Rapid.PastDay30)
	assert.Contains(t, got.Flags, got.Rapid.Text)

	_, err = e.Leads(context.Background(), p, LeadOptions{Limit: -1})
	assert.ErrorIs(t, err, ErrInvalidOptions)
	_, err = e.Leads(context.Background(), p, LeadOptions{Weights: &LeadWeights{Occupation: -1}})
	assert.ErrorIs(t, err, ErrInvalidOptions)
	p.Disclosure = "maybe"
	_, err = e.Leads(context.Background(), p, LeadOptions{})
	assert.ErrorIs(t, err, preference.ErrUnknownValue)
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"kitchen porter": "kitchen porters", "nanny": "nannies",
		"day": "days", "dish washer": "dish washers", "cleaners": "cleaners", "coach": "coaches"} {
		assert.Equal(t, want, plural(in), in)
	}
}
