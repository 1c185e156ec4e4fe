package match

import (
	"context"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A client past day 30 with no face-to-face employer contact is flagged at
// the top of every match; a walk-in the client made counts as contact.
func TestRapidSearchDay30Flag(t *testing.T) {
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseNone)
	p.Enrolled = today.AddDays(-45)

	got, err := e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	assert.True(t, got.Rapid.PastDay30)
	assert.Equal(t, 45, got.Rapid.DaysSinceEnrolment)
	require.NotEmpty(t, got.Flags)
	assert.Contains(t, got.Flags[0], "RAPID SEARCH OVERDUE: day 45")

	walkIn := employer.Contact{ID: "w1", EmployerID: "e1", ClientID: p.ID, ByClient: true,
		Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction,
		At: today.AddDays(-40).Time().Add(10 * time.Hour)}
	e.hist = fakeHistory{contacts: []employer.Contact{walkIn}}
	got, err = e.Match(context.Background(), p, Options{Today: today})
	require.NoError(t, err)
	assert.False(t, got.Rapid.PastDay30)
	assert.Equal(t, today.AddDays(-40), got.Rapid.FirstFaceToFace)
	assert.NotContains(t, got.Flags, "RAPID SEARCH OVERDUE")
}

// Rapid search favours a vacancy that is open now, starts soon and takes a
// walk-in application, and says so.
func TestRapidFavoursQuickStarts(t *testing.T) {
	emps, vacs := smallTown()
	vacs = append(vacs,
		vac("r1", "e2", "Kitchen porter", 1, func(v *employer.Vacancy) {
			v.Posted, v.StartDate = today.AddDays(-1), today.AddDays(3)
			v.Application = employer.Application{Method: employer.ApplyWalkIn}
		}),
		vac("r2", "e3", "Kitchen porter", 1, func(v *employer.Vacancy) {
			v.Posted, v.StartDate = today.AddDays(-1), today.AddDays(90)
			v.Application = employer.Application{Method: employer.ApplyAgency}
		}))
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	got := requireSameAsReference(t, e, p, Options{Today: today, Rapid: true})
	rank := map[string]int{}
	for _, r := range got.Results {
		rank[r.ID] = r.Rank
		if r.ID == "r1" {
			var texts []string
			for _, x := range r.Reasons {
				texts = append(texts, x.Text)
			}
			assert.Contains(t, texts, "posted yesterday, starts within two weeks, quick to apply: walk-in")
		}
	}
	require.Contains(t, rank, "r1")
	require.Contains(t, rank, "r2")
	assert.Less(t, rank["r1"], rank["r2"])
}
