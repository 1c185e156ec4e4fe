package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/stretchr/testify/require"
)

// TestAlertsAgreeWithMatch checks the reverse match against the forward
// one: every client-vacancy pair an alert lists is one the client's own
// Match lists with the same score and action, and no pair Match lists is
// missing from the alerts, although alerts check only the clients the
// caseload index points to.
func TestAlertsAgreeWithMatch(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 3, Employers: 60, Vacancies: 400, Clients: 80})
	ctx := context.Background()
	cl, err := NewCaseload(town.Profiles)
	require.NoError(t, err)
	today := synth.DefaultToday
	since := today.AddDays(-30)
	got, err := e.Alerts(ctx, cl, AlertOptions{Since: since, Today: today, PerVacancy: -1})
	require.NoError(t, err)
	alerted := map[string]ClientFit{}
	for _, a := range got.Alerts {
		for _, f := range a.Clients {
			alerted[f.Client+"|"+a.VacancyID] = f
		}
	}
	require.NotEmpty(t, alerted)
	require.Less(t, got.Pairs, got.Vacancies*cl.Len()/2, "the caseload index should spare most pairs")
	want := 0
	for _, p := range town.Profiles {
		res, err := e.Match(ctx, p, Options{Today: today, Limit: 10000, PerEmployer: -1})
		require.NoError(t, err)
		for _, r := range res.Results {
			en, _ := e.ix.Vacancy(r.ID)
			if en.Posted.Before(since) {
				continue
			}
			want++
			f, ok := alerted[p.ID+"|"+r.ID]
			require.True(t, ok, "client %s, vacancy %s: in Match, missing from alerts", p.ID, r.ID)
			require.Equal(t, r.Score, f.Result.Score, "client %s, vacancy %s", p.ID, r.ID)
			require.Equal(t, r.Action, f.Result.Action)
			require.Equal(t, r.Reasons, f.Result.Reasons)
		}
	}
	require.Equal(t, want, len(alerted), "alerts list pairs Match does not")
}

// TestAlertsRaiseLeadForKnownEmployer: an employer the team has met posts
// a job that suits a client, and that client's specialist hears of it.
func TestAlertsRaiseLeadForKnownEmployer(t *testing.T) {
	ctx := context.Background()
	e, town := synthEngine(t, synth.Config{Seed: 3, Employers: 60, Vacancies: 400, Clients: 80})
	cl, err := NewCaseload(town.Profiles)
	require.NoError(t, err)
	today := synth.DefaultToday
	first, err := e.Alerts(ctx, cl, AlertOptions{Since: today.AddDays(-30), Today: today})
	require.NoError(t, err)
	require.NotEmpty(t, first.Alerts)
	a := first.Alerts[0]
	require.Nil(t, a.Lead, "no history: no lead")
	for _, x := range first.Alerts {
		if x.EmployerID != "" {
			a = x
			break
		}
	}
	d := store.NewDerived()
	d.PutContact(nil, &employer.Contact{ID: "k1", EmployerID: a.EmployerID, Specialist: "anna", At: today.AddDays(-10).Time(),
		Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction})
	e2, err := New(Config{Index: e.ix, History: derivedHistory{d}})
	require.NoError(t, err)
	got, err := e2.Alerts(ctx, cl, AlertOptions{VacancyIDs: []string{a.VacancyID, "no-such"}, Today: today})
	require.NoError(t, err)
	require.Equal(t, 1, got.Unknown)
	require.Len(t, got.Alerts, 1)
	lead := got.Alerts[0].Lead
	require.NotNil(t, lead)
	require.Equal(t, a.EmployerID, lead.EmployerID)
	for _, f := range got.Alerts[0].Clients {
		if f.Specialist != "" {
			require.Contains(t, lead.Specialists, f.Specialist)
		}
	}
}

type derivedHistory struct{ d *store.Derived }

func (h derivedHistory) Derived(context.Context) (*store.Derived, error) { return h.d, nil }

func TestAlertOptionsNeedSinceOrIDs(t *testing.T) {
	e, _ := synthEngine(t, synth.Config{Seed: 3, Employers: 2, Vacancies: 5, Clients: 1})
	_, err := e.Alerts(context.Background(), nil, AlertOptions{})
	require.ErrorIs(t, err, ErrInvalidOptions)
}

// BenchmarkAlerts: 1,000 new vacancies against a caseload of 2,000
// generated profiles, compiling the caseload's wants included.
func BenchmarkAlerts(b *testing.B) {
	e, town := synthEngine(b, synth.Config{Seed: 1, Employers: 150, Vacancies: 1000, Clients: 2000})
	cl, err := NewCaseload(town.Profiles)
	require.NoError(b, err)
	ctx := context.Background()
	opt := AlertOptions{Since: synth.DefaultToday.AddDays(-3650), Today: synth.DefaultToday}
	var pairs, alerts int
	for b.Loop() {
		got, err := e.Alerts(ctx, cl, opt)
		if err != nil {
			b.Fatal(err)
		}
		pairs, alerts = got.Pairs, len(got.Alerts)
	}
	b.ReportMetric(float64(pairs), "pairs")
	b.ReportMetric(float64(alerts), "alerts")
}
