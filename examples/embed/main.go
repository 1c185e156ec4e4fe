// Command embed shows how a Go case-management application uses ipsmatch:
// open a workspace (an index folder with its job-development store), feed
// it the employers and vacancies the application holds in its own
// database, ask for matches for one client, and record an employer contact
// through the one disclosure gate. Run it with
//
//	go run ./examples/embed
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/workspace"
	"github.com/ipsmatch/ipsmatch/preference"
)

func main() {
	ctx := context.Background()

	// An index on disk survives restarts; Options{} keeps it in memory.
	dir, err := os.MkdirTemp("", "ipsmatch-embed-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	// The same home the CLI uses: the index, its store (a file journal in
	// the folder; Options.StoreURL for PostgreSQL), an engine and the
	// recording gate.
	ws, err := workspace.Open(ctx, workspace.Options{Index: dir, Create: true})
	if err != nil {
		log.Fatal(err)
	}
	defer ws.Close()
	ix := ws.Index

	// Records come from the application's own tables. A batch is all or
	// nothing, durable when Apply returns, and idempotent by id.
	centre := employer.Point{Lat: 44.4949, Lon: 11.3426}
	near := func(dLat, dLon float64) *employer.Point {
		return &employer.Point{Lat: centre.Lat + dLat, Lon: centre.Lon + dLon}
	}
	today, _ := employer.ParseDate("2026-11-23")
	if _, err := ix.Apply(ctx, index.Batch{
		Employers: []employer.Employer{
			{ID: "super-sole", Name: "Supermercato Sole", Sector: employer.Sector{Code: "G47", Label: "retail"}, Location: near(0.005, 0.01)},
			{ID: "verde", Name: "Vivaio Verde", Sector: employer.Sector{Code: "A01", Label: "plant nursery"}, Location: near(-0.02, 0.03), InclusionPolicy: true},
		},
		Vacancies: []employer.Vacancy{
			{ID: "v-101", EmployerID: "super-sole", Title: "Shelf stacker, mornings", Location: near(0.005, 0.01),
				Hours: employer.Range{Min: 16, Max: 20}, Shifts: []employer.Shift{employer.ShiftDay}, Posted: today.AddDays(-4),
				Pay: employer.Pay{Min: 9.2, Max: 9.2, Currency: "EUR", Unit: employer.PerHour}, Application: employer.Application{Method: employer.ApplyWalkIn}},
			{ID: "v-102", EmployerID: "verde", Title: "Gardener", Location: near(-0.02, 0.03),
				Hours: employer.Range{Min: 20, Max: 25}, Shifts: []employer.Shift{employer.ShiftDay}, Posted: today.AddDays(-10)},
			{ID: "v-103", EmployerID: "super-sole", Title: "Night shelf stacker", Location: near(0.005, 0.01),
				Hours: employer.Range{Min: 20, Max: 20}, Shifts: []employer.Shift{employer.ShiftNight}, Posted: today.AddDays(-2)},
		},
	}); err != nil {
		log.Fatal(err)
	}

	// A client's profile, as the application stores it; JSON decoding
	// (preference.Decode) rejects unknown fields such as a diagnosis.
	client := preference.Profile{
		ID: "c-042", Enrolled: today.AddDays(-12), Home: &centre,
		Commute:     &preference.Commute{Mode: preference.Bike, MaxMinutes: 30, Strength: preference.Must},
		JobTypes:    []preference.JobType{{Text: "supermarket", Strength: preference.Prefer}, {Text: "gardening", Strength: preference.Prefer}},
		Shifts:      []preference.ShiftPref{{Shift: "night", Strength: preference.Avoid}},
		BenefitsCap: &preference.BenefitsCap{MaxHoursPerWeek: 20},
		Disclosure:  preference.DiscloseNone,
	}

	res, err := ws.Engine.Match(ctx, client, match.Options{Today: today, Limit: 5})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range res.Results {
		fmt.Printf("%d. %-26s %-18s score %.2f  %s\n", r.Rank, r.Title, r.EmployerName, r.Score, r.Action)
		for _, reason := range r.Reasons[:min(3, len(r.Reasons))] {
			fmt.Printf("     %s\n", reason.Text)
		}
		for _, f := range r.Flags {
			fmt.Printf("     ! %s\n", f)
		}
	}
	fmt.Println("left out:", res.Excluded)

	// Recording goes through the one gate: the store checks the roster, the
	// gate checks the employer, the day and the client's disclosure choice.
	// This client is not in the workspace's caseload, so a contact on their
	// behalf is refused; a visit for the programme as a whole is not.
	if _, err := ws.Store.AddSpecialists(ctx, store.Specialist{ID: "anna.rossi", Name: "Anna Rossi"}); err != nil {
		log.Fatal(err)
	}
	visit := employer.Contact{ID: "c-1", EmployerID: "super-sole", Specialist: "anna.rossi", At: today.Time().Add(-24 * time.Hour),
		Type: employer.FaceToFace, Purpose: employer.PurposePresent, ClientID: client.ID}
	if _, err := ws.Recorder.AddContacts(ctx, visit); err != nil {
		fmt.Println("refused:", errors.Is(err, match.ErrUnknownClient))
	}
	visit.Purpose, visit.ClientID = employer.PurposeIntroduction, ""
	if _, err := ws.Recorder.AddContacts(ctx, visit); err != nil {
		log.Fatal(err)
	}
	fmt.Println("recorded an introduction at Supermercato Sole")
}
