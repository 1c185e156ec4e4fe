package fidelity

import (
	"fmt"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// practiceInput: 10 clients of one specialist; 5 work from the second
// quarter of 2026; one quits after 30 days.
func practiceInput() Input {
	var in Input
	for i := range 10 {
		in.Clients = append(in.Clients, preference.Profile{ID: fmt.Sprintf("c%02d", i), Specialist: "anna",
			Enrolled: civil.D(2026, 1, 5), Disclosure: preference.DiscloseFull})
	}
	for i := range 5 {
		p := employer.Placement{ID: fmt.Sprintf("p%d", i), ClientID: fmt.Sprintf("c%02d", i), EmployerID: fmt.Sprintf("e%d", i%4),
			Title: "job", Occupation: employer.Occupation{ISCO: fmt.Sprintf("94%02d", i%3)}, Start: civil.D(2026, 4, 6)}
		if i == 4 {
			p.End, p.EndReason = civil.D(2026, 5, 6), employer.EndQuit
		}
		in.Placements = append(in.Placements, p)
	}
	for w := range 8 {
		for k := range 6 {
			in.Contacts = append(in.Contacts, employer.Contact{ID: fmt.Sprintf("k%d-%d", w, k), EmployerID: "e1", Specialist: "anna",
				At: civil.D(2026, 5, 4).AddDays(7*w + k%5).Time().Add(10 * time.Hour), Type: employer.FaceToFace, Purpose: employer.PurposeLearn})
		}
	}
	in.Contacts = append(in.Contacts, employer.Contact{ID: "first", EmployerID: "e1", Specialist: "anna", ClientID: "c00",
		At: civil.D(2026, 1, 20).Time(), Type: employer.FaceToFace, Purpose: employer.PurposePresent})
	in.Period = Period{From: civil.D(2026, 5, 4), To: civil.D(2026, 6, 28)}
	return in
}

func TestIPS25ScoresWhatDataMeasures(t *testing.T) {
	in := practiceInput()
	items, err := IPS25(IPS25Input{Input: in, Competitive: func(p employer.Placement) (bool, bool) { return p.ID != "p3", true }})
	require.NoError(t, err)
	require.Len(t, items, 25)
	by := map[int]IPS25Item{}
	for i, it := range items {
		require.Equal(t, i+1, it.Number)
		by[it.Number] = it
		if !it.Measured {
			require.Zero(t, it.Score, it.Name)
			require.Regexp(t, "cannot be measured|no data in the period", it.Basis, it.Name)
		}
	}
	require.Equal(t, 5, by[1].Score, "10 clients for one specialist")
	require.Equal(t, 5, by[17].Score, "6 face-to-face contacts a week")
	require.Equal(t, 5, by[15].Score, "first contact on day 15")
	require.False(t, by[19].Measured, "no job start in the period")
	require.False(t, by[12].Measured)

	// Over the whole year: 5 starts, 3 kinds of work (60%: 3), 4 employers
	// (80%: 4), 4 of 5 competitive (80%: 3).
	in.Period = Period{From: civil.D(2026, 1, 1), To: civil.D(2026, 6, 28)}
	items, err = IPS25(IPS25Input{Input: in, Competitive: func(p employer.Placement) (bool, bool) { return p.ID != "p3", true }})
	require.NoError(t, err)
	require.Equal(t, 3, items[18].Score, items[18].Basis)
	require.Equal(t, 4, items[19].Score, items[19].Basis)
	require.Equal(t, 3, items[20].Score, items[20].Basis)
	require.Equal(t, 1, items[22].Score, "no follow-along contact at all: "+items[22].Basis)
}

func TestQuartersAgainstBenchmarks(t *testing.T) {
	in := practiceInput()
	in.Today = civil.D(2026, 8, 15)
	qs, err := Quarters(in, 3)
	require.NoError(t, err)
	require.Equal(t, []string{"2026-Q1", "2026-Q2", "2026-Q3"}, []string{qs[0].Quarter, qs[1].Quarter, qs[2].Quarter})
	require.Equal(t, 0, qs[0].Worked)
	require.Equal(t, "below average", qs[0].Band)
	require.Equal(t, 5, qs[1].Worked)
	require.Equal(t, "excellent", qs[1].Band, "5 of 10 worked")
	require.Equal(t, 5, qs[1].JobStarts)
	require.Equal(t, 1, qs[1].Endings[employer.EndQuit])
	require.Equal(t, Ratio{Num: 4, Den: 5, Value: 0.8}, qs[1].Retention90)
	require.Equal(t, 4, qs[2].Worked)
	require.Equal(t, "average", BenchmarkBand(0.45))
	_, err = Quarters(in, 0)
	require.ErrorIs(t, err, ErrPeriod)
}

func TestEquitySuppressesSmallGroups(t *testing.T) {
	in := practiceInput()
	in.Period = Period{From: civil.D(2026, 4, 1), To: civil.D(2026, 6, 30)}
	in.Today = civil.D(2026, 8, 15)
	g := Grouping{}
	for i := range 10 {
		g[fmt.Sprintf("c%02d", i)] = "group A"
	}
	g["c00"], g["c09"] = "group B", "group B"
	got, err := Equity(in, g)
	require.NoError(t, err)
	require.Equal(t, []GroupFigures{{Group: "group A", Clients: 8, Worked: 4, EmploymentRate: 0.5, JobStarts: 4,
		Retention90: Ratio{Num: 3, Den: 4, Value: 0.75}, MedianTenureDays: 131, Endings: map[employer.EndReason]int{employer.EndQuit: 1}},
		{Group: "group B", Suppressed: true}}, got)
}
