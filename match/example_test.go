package match_test

import (
	"context"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// A client who wants part-time kitchen work by day, within 30 minutes by
// public transport, and who has agreed that the specialist may introduce
// them as coming from an employment programme.
func ExampleEngine_Match() {
	ctx := context.Background()
	ix, _ := index.Open(ctx, index.DefaultOptions())
	defer ix.Close()

	home := employer.Point{Lat: 44.4949, Lon: 11.3426}
	at := func(kmEast float64) *employer.Point {
		return &employer.Point{Lat: home.Lat, Lon: home.Lon + kmEast/79.4}
	}
	posted := civil.MustParse("2026-11-20")
	_, _ = ix.Apply(ctx, index.Batch{
		Employers: []employer.Employer{
			{ID: "aurora", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56"}, Location: at(1), KnowsProgramme: true},
			{ID: "duomo", Name: "Hotel Duomo", Sector: employer.Sector{Code: "I55"}, Location: at(2)},
		},
		Vacancies: []employer.Vacancy{
			{ID: "v1", EmployerID: "aurora", Title: "Kitchen porter", Location: at(1), Posted: posted,
				Hours: employer.Range{Min: 18, Max: 20}, Shifts: []employer.Shift{employer.ShiftDay}},
			{ID: "v2", EmployerID: "duomo", Title: "Kitchen porter", Location: at(2), Posted: posted,
				Hours: employer.Range{Min: 20, Max: 20}, Shifts: []employer.Shift{employer.ShiftNight}},
			{ID: "v3", EmployerID: "duomo", Title: "Aiuto cucina", Language: "it", Location: at(2), Posted: posted,
				Hours: employer.Range{Min: 15, Max: 20}, Shifts: []employer.Shift{employer.ShiftDay}},
		},
	})

	eng, _ := match.New(match.Config{Index: ix})
	client := preference.Profile{
		ID: "c-17", Enrolled: civil.MustParse("2026-11-10"), Home: &home,
		Commute:    &preference.Commute{Mode: preference.Transit, MaxMinutes: 30, Strength: preference.Must},
		JobTypes:   []preference.JobType{{Text: "kitchen work", Strength: preference.Prefer}},
		Shifts:     []preference.ShiftPref{{Shift: "day", Strength: preference.Must}},
		Hours:      &preference.Hours{Min: 15, Max: 20, Strength: preference.Prefer},
		Disclosure: preference.DiscloseProgramOnly,
	}
	res, _ := eng.Match(ctx, client, match.Options{Today: civil.MustParse("2026-11-23")})
	for _, r := range res.Results {
		fmt.Printf("%d. %s at %s (%s)\n", r.Rank, r.Title, r.EmployerName, r.Action)
		fmt.Printf("   %s\n", r.Reasons[0].Text)
	}
	fmt.Println("left out:", res.Excluded)
	// Output:
	// 1. Aiuto cucina at Hotel Duomo (specialist_may_introduce)
	//    Kitchen assistant: what the client asked for ('kitchen work'); the client's words are English, the posting is in Italian (occupation read from the title)
	// 2. Kitchen porter at Caffè Aurora (specialist_may_introduce)
	//    Kitchen porter: close to kitchen assistant, which the client asked for (same ISCO unit group 9412) (occupation read from the title)
	// left out: map[shift:1]
}
