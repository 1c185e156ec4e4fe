package match

import (
	"context"
	"slices"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	retail      = employer.Sector{Code: "G47", Label: "retail trade"}
	shopAsst    = employer.Occupation{Code: "shop-assistant", ISCO: "5223", Label: "Shop assistant"}
	warehouseOp = employer.Occupation{Code: "warehouse-operative", ISCO: "9333", Label: "Warehouse operative"}
)

func hires(id string, s employer.Sector, km float64, o employer.Occupation) employer.Employer {
	return employer.Employer{ID: id, Name: "Employer " + id, Sector: s, Location: near(km), TypicalOccupations: []employer.Occupation{o}}
}

// planTown has more kitchens than anything else, so that a plan must
// spread its visits over sectors and kinds of work.
func planTown() []employer.Employer {
	return []employer.Employer{
		hires("k1", food, 1, kitchenPort), hires("k2", food, 1.1, kitchenPort), hires("k3", food, 1.2, kitchenPort),
		hires("k4", food, 1.3, kitchenPort), hires("h1", hotels, 1.2, kitchenPort),
		hires("w1", warehousing, 2, warehouseOp), hires("w2", warehousing, 2.2, warehouseOp),
		hires("s1", retail, 1.5, shopAsst), hires("s2", retail, 1.6, shopAsst),
	}
}

func planClient(id, specialist string, d preference.Disclosure, job string) preference.Profile {
	return preference.Profile{ID: id, Specialist: specialist, Enrolled: today.AddDays(-10), Home: &home, Disclosure: d,
		Commute:  &preference.Commute{Mode: preference.Transit, MaxMinutes: 30, Strength: preference.Must},
		JobTypes: []preference.JobType{{Text: job, Strength: preference.Prefer}}}
}

func planCaseload() []preference.Profile {
	return []preference.Profile{
		planClient("ada", "anna", preference.DiscloseProgramOnly, "kitchen work"),
		planClient("bea", "anna", preference.DiscloseFull, "kitchen work"),
		planClient("cleo", "anna", preference.DiscloseNone, "kitchen work"),
		planClient("dan", "anna", preference.DiscloseProgramOnly, "warehouse work"),
		planClient("eva", "anna", preference.DiscloseFull, "shop assistant"),
		planClient("fay", "bruno", preference.DiscloseFull, "kitchen work"),
	}
}

func planFor(t *testing.T, e *Engine, caseload []preference.Profile, opt PlanOptions) Plan {
	t.Helper()
	got, err := e.Plan(context.Background(), caseload, "anna", today, opt)
	require.NoError(t, err)
	return got
}

func visitIDs(p Plan) []string {
	return lo.Map(p.Visits, func(v Visit, _ int) string { return v.EmployerID })
}

func TestPlanProposesSixDiverseVisits(t *testing.T) {
	e := newHistEngine(t, planTown(), nil, fakeHistory{contacts: readyWith("k2")})
	got := planFor(t, e, planCaseload(), PlanOptions{})
	assert.Equal(t, "anna", got.Specialist)
	assert.Equal(t, today, got.Week)
	assert.Equal(t, 5, got.Caseload, "fay is bruno's client")
	require.Len(t, got.Visits, 6, "about six face-to-face employer contacts a week")
	assert.Equal(t, lo.Uniq(visitIDs(got)), visitIDs(got), "no employer twice")
	perSector := lo.CountValuesBy(got.Visits, func(v Visit) string { return v.Sector })
	for s, n := range perSector {
		assert.LessOrEqual(t, n, 2, "sector %s", s)
	}
	assert.Len(t, perSector, 4, "visits spread over every sector with clients")
	for _, v := range got.Visits {
		assert.NotContains(t, v.Clients, "fay", "another specialist's client")
		assert.NotEmpty(t, v.Reasons)
	}
}

func TestPlanIsDeterministic(t *testing.T) {
	e := newHistEngine(t, planTown(), nil, fakeHistory{contacts: readyWith("k2")})
	first := planFor(t, e, planCaseload(), PlanOptions{})
	for range 5 {
		assert.Equal(t, first, planFor(t, e, planCaseload(), PlanOptions{}))
	}
	reversed := planCaseload()
	slices.Reverse(reversed)
	assert.Equal(t, first, planFor(t, e, reversed, PlanOptions{}), "the caseload's order does not matter")
}

func TestPlanNeverNamesOrPresentsAClientWhoChoseNone(t *testing.T) {
	e := newHistEngine(t, planTown(), nil, fakeHistory{contacts: readyWith("k2")})
	got := planFor(t, e, planCaseload(), PlanOptions{})
	disclosure := lo.SliceToMap(planCaseload(), func(p preference.Profile) (string, preference.Disclosure) { return p.ID, p.Disclosure })
	others := 0
	for _, v := range got.Visits {
		assert.NotContains(t, v.Clients, "cleo")
		assert.NotContains(t, v.PresentFor, "cleo")
		others += v.OthersServed
		if v.Purpose == employer.PurposePresent {
			require.NotEmpty(t, v.PresentFor, v.EmployerID)
		} else {
			assert.Empty(t, v.PresentFor, v.EmployerID)
		}
		for _, id := range v.PresentFor {
			assert.Contains(t, []preference.Disclosure{preference.DiscloseProgramOnly, preference.DiscloseFull}, disclosure[id])
			assert.Contains(t, v.Clients, id)
		}
	}
	assert.Positive(t, others, "cleo is served anonymously")
	k2, ok := lo.Find(got.Visits, func(v Visit) bool { return v.EmployerID == "k2" })
	require.True(t, ok, "%v", visitIDs(got))
	assert.Equal(t, employer.PurposePresent, k2.Purpose)
	assert.Equal(t, []string{"ada", "bea"}, k2.PresentFor)
	assert.Contains(t, k2.Reasons, "also fits 1 client who job-searches on their own")
}

func TestPlanDoesNotPresentWhenOnlyClientsWhoChoseNoneFit(t *testing.T) {
	e := newHistEngine(t, planTown(), nil, fakeHistory{contacts: readyWith("k2")})
	got := planFor(t, e, []preference.Profile{planClient("cleo", "anna", preference.DiscloseNone, "kitchen work")}, PlanOptions{})
	require.NotEmpty(t, got.Visits)
	for _, v := range got.Visits {
		assert.NotEqual(t, employer.PurposePresent, v.Purpose)
		assert.Empty(t, v.Clients)
		assert.Empty(t, v.PresentFor)
		assert.Equal(t, 1, v.OthersServed)
	}
}

func TestPlanPrefersADueFollowUp(t *testing.T) {
	emps := []employer.Employer{hires("k3", food, 1.2, kitchenPort), hires("k4", food, 1.2, kitchenPort)}
	due := contactAt("k4-1", "k4", employer.PurposeIntroduction, 20)
	due.FollowUpDate = today.AddDays(-2)
	h := fakeHistory{contacts: []employer.Contact{contactAt("k3-1", "k3", employer.PurposeIntroduction, 20), due}}
	e := newHistEngine(t, emps, nil, h)
	got := planFor(t, e, planCaseload()[:1], PlanOptions{Visits: 1})
	require.Equal(t, []string{"k4"}, visitIDs(got), "k3 would win the tie by id")
	v := got.Visits[0]
	assert.Equal(t, employer.PurposeLearn, v.Purpose)
	assert.Equal(t, today.AddDays(-2).String(), v.FollowUpDue)
	assert.Contains(t, v.Reasons, "follow-up overdue since "+today.AddDays(-2).String())
}

func TestPlanSpreadsOverKindsOfWork(t *testing.T) {
	e := newTestEngine(t, planTown(), nil)
	// Without the spread, four kitchens serving three clients each would
	// outscore a warehouse or a shop serving one.
	got := planFor(t, e, planCaseload(), PlanOptions{Visits: 4, MaxPerSector: 10})
	kinds := lo.Map(got.Visits, func(v Visit, _ int) string { return v.EmployerID[:1] })
	assert.Contains(t, kinds, "w", "warehouse work for dan: %v", visitIDs(got))
	assert.Contains(t, kinds, "s", "shop work for eva: %v", visitIDs(got))
}

func TestPlanPurposeFollowsTheRelationship(t *testing.T) {
	cases := []struct {
		name        string
		stage       employer.Stage
		presentable bool
		want        employer.Purpose
	}{
		{"a new employer is introduced to", employer.StageNone, true, employer.PurposeIntroduction},
		{"after an introduction, learn the business", employer.StageIntroduced, true, employer.PurposeLearn},
		{"after learning, thank them", employer.StageLearning, true, employer.PurposeThankYou},
		{"thanked after an introduction alone: learn before presenting", employer.StageThanked, true, employer.PurposeLearn},
		{"ready, with a client to present", employer.StageReady, true, employer.PurposePresent},
		{"ready, with no one to present", employer.StageReady, false, employer.PurposeLearn},
		{"has hired, with a client to present", employer.StageHired, true, employer.PurposePresent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, purposeFor(tc.stage, tc.presentable))
		})
	}
}

func TestPlanFlagsAndErrors(t *testing.T) {
	e := newTestEngine(t, planTown(), nil)
	ctx := context.Background()
	late := planClient("gil", "anna", preference.DiscloseFull, "kitchen work")
	late.Enrolled = today.AddDays(-40)
	vague := planClient("hal", "anna", preference.DiscloseFull, "")
	vague.JobTypes = nil
	got := planFor(t, e, []preference.Profile{late, vague}, PlanOptions{})
	require.Len(t, got.Flags, 3)
	assert.Contains(t, got.Flags[0], "client gil: RAPID SEARCH OVERDUE")
	assert.Contains(t, got.Flags[1], "only 3 employer visits")
	assert.Contains(t, got.Flags[2], "client hal has no job type")

	_, err := e.Plan(ctx, planCaseload(), "carla", today, PlanOptions{})
	require.ErrorIs(t, err, ErrUnknownSpecialist)
	assert.Contains(t, err.Error(), `"carla"`)
	assert.Contains(t, err.Error(), "anna, bruno")

	all, err := e.Plan(ctx, planCaseload(), "", today, PlanOptions{})
	require.NoError(t, err)
	assert.Equal(t, 6, all.Caseload, "no specialist named: the whole caseload")

	_, err = e.Plan(ctx, nil, "", today, PlanOptions{})
	assert.ErrorIs(t, err, ErrInvalidOptions)
	_, err = e.Plan(ctx, planCaseload(), "anna", today, PlanOptions{Visits: -1})
	assert.ErrorIs(t, err, ErrInvalidOptions)
	bad := planCaseload()
	bad[0].Disclosure = "maybe"
	_, err = e.Plan(ctx, bad, "anna", today, PlanOptions{})
	assert.ErrorIs(t, err, preference.ErrUnknownValue)
	assert.Contains(t, err.Error(), `client "ada"`)
}

func TestPlanWeekDefaultsToThisMonday(t *testing.T) {
	e := newTestEngine(t, planTown(), nil)
	got, err := e.Plan(context.Background(), planCaseload(), "anna", employer.Date{}, PlanOptions{Today: today})
	require.NoError(t, err)
	assert.Equal(t, 0, (int(got.Week.Time().Weekday())+6)%7, "a Monday")
}

func TestPlanDoesNotServeAClientAtTheirCurrentEmployer(t *testing.T) {
	h := fakeHistory{contacts: readyWith("k2"), placements: []employer.Placement{
		{ID: "p1", ClientID: "ada", EmployerID: "k2", Title: "Kitchen porter", Start: today.AddDays(-20)}}}
	got := planFor(t, newHistEngine(t, planTown(), nil, h), planCaseload(), PlanOptions{Visits: 9, MaxPerSector: 9})
	k2, ok := lo.Find(got.Visits, func(v Visit) bool { return v.EmployerID == "k2" })
	require.True(t, ok, "%v", visitIDs(got))
	assert.Equal(t, []string{"bea"}, k2.Clients)
	assert.Equal(t, []string{"bea"}, k2.PresentFor)
}
