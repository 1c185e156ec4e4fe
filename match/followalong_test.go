package match

import (
	"context"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

func followAlongFixture(t *testing.T) (store.Store, *Caseload) {
	t.Helper()
	ctx := context.Background()
	st := journal.OpenMemory()
	_, err := st.AddSpecialists(ctx, store.Specialist{ID: "anna"}, store.Specialist{ID: "marco"})
	require.NoError(t, err)
	cl, err := NewCaseload([]preference.Profile{
		{ID: "ada", Specialist: "anna", Disclosure: preference.DiscloseFull, Enrolled: civil.D(2026, 1, 5)},
		{ID: "bo", Specialist: "marco", Disclosure: preference.DiscloseNone, Enrolled: civil.D(2026, 1, 5)},
		{ID: "cy", Specialist: "anna", Disclosure: preference.DiscloseFull, Enrolled: civil.D(2026, 1, 5)},
	})
	require.NoError(t, err)
	_, err = st.AddPlacements(ctx,
		employer.Placement{ID: "p1", ClientID: "ada", EmployerID: "e1", Title: "Cook", Start: civil.D(2026, 3, 2)},
		employer.Placement{ID: "p2", ClientID: "bo", EmployerID: "e2", Title: "Cleaner", Start: civil.D(2025, 6, 1)},
		employer.Placement{ID: "p3", ClientID: "cy", EmployerID: "e3", Title: "Cashier", Start: civil.D(2026, 1, 10),
			End: civil.D(2026, 3, 1), EndReason: employer.EndQuit})
	require.NoError(t, err)
	_, err = st.AddContacts(ctx, employer.Contact{ID: "c0", EmployerID: "e2", ClientID: "bo", ByClient: true,
		At: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), Type: employer.Phone, Purpose: employer.PurposeFollowAlong})
	require.NoError(t, err)
	return st, cl
}

func TestFollowAlongWeeklyThenMonthly(t *testing.T) {
	ctx := context.Background()
	st, cl := followAlongFixture(t)
	// Day 8 of ada's job, no contact yet: the first weekly one is overdue.
	rep, err := FollowAlongs(ctx, st, cl, FollowAlongOptions{Today: civil.D(2026, 3, 10)})
	require.NoError(t, err)
	ada := find(t, rep.Due, "ada")
	require.Equal(t, civil.D(2026, 3, 9), ada.Due)
	require.True(t, ada.Overdue)
	require.Contains(t, ada.Text, "weekly in the first month")
	require.True(t, ada.AtWorkplace)

	// bo, a year in, chose not to disclose: monthly support, away from work.
	rep, err = FollowAlongs(ctx, st, cl, FollowAlongOptions{Today: civil.D(2026, 3, 10), Within: 30})
	require.NoError(t, err)
	bo := find(t, rep.Due, "bo")
	require.Equal(t, civil.D(2026, 3, 31), bo.Due)
	require.False(t, bo.AtWorkplace)
	require.Contains(t, bo.Text, "away from work")
	require.Contains(t, bo.Text, "monthly")

	// A follow-along on day 28 moves ada to monthly contacts.
	_, err = st.AddContacts(ctx, employer.Contact{ID: "c1", EmployerID: "e1", Specialist: "anna", ClientID: "ada",
		At: time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC), Type: employer.FaceToFace, Purpose: employer.PurposeFollowAlong})
	require.NoError(t, err)
	rep, err = FollowAlongs(ctx, st, cl, FollowAlongOptions{Today: civil.D(2026, 4, 27), Within: 7})
	require.NoError(t, err)
	ada = find(t, rep.Due, "ada")
	require.Equal(t, civil.D(2026, 4, 29), ada.Due)
	require.False(t, ada.Overdue)

	// The client ends support: nothing more is due for them.
	rep, err = FollowAlongs(ctx, st, cl, FollowAlongOptions{Today: civil.D(2026, 4, 27),
		SupportEnded: map[string]employer.Date{"ada": civil.D(2026, 4, 1)}})
	require.NoError(t, err)
	for _, f := range rep.Due {
		require.NotEqual(t, "ada", f.Client)
	}
}

func TestJobEndingStartsNewSearch(t *testing.T) {
	st, cl := followAlongFixture(t)
	rep, err := FollowAlongs(context.Background(), st, cl, FollowAlongOptions{Today: civil.D(2026, 3, 10), Specialist: "anna"})
	require.NoError(t, err)
	require.Len(t, rep.Endings, 1)
	require.Equal(t, "cy", rep.Endings[0].Client)
	require.Contains(t, rep.Endings[0].Text, "a new job search started the same day")
	require.Contains(t, rep.Endings[0].Text, "(quit)")
	for _, f := range rep.Due {
		require.Equal(t, "anna", f.Specialist)
	}
}

func find(t *testing.T, fs []FollowAlong, client string) FollowAlong {
	t.Helper()
	for _, f := range fs {
		if f.Client == client {
			return f
		}
	}
	t.Fatalf("no follow-along for %s", client)
	return FollowAlong{}
}
