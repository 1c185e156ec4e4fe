package main

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// placements are the job starts at Valmora employers: demo clients and
// earlier clients ("past-NNN"), some still working, some who left after a
// few weeks and some who stayed more than six months.
func placements() []employer.Placement {
	type row struct {
		client, emp, title, occ string
		hours                   float64
		start, end              string
		reason                  employer.EndReason
	}
	rows := []row{
		{"tommaso", "verde-tiglio", "Grounds maintenance worker", "groundskeeper", 25, "2026-03-16", "", ""},
		{"amina", "coop-il-girasole", "Home care worker, morning rounds", "home-care-worker", 18, "2026-10-01", "", ""},
		{"elena", "valmora-contact", "Call centre operator", "call-centre-agent", 20, "2026-08-03", "2026-08-24", employer.EndQuit},
		{"elena", "biblioteca-valmora", "Library assistant", "library-assistant", 18, "2026-10-12", "", ""},
		{"paolo", "autolavaggio-cometa", "Car wash attendant", "car-washer", 20, "2026-07-06", "2026-09-30", employer.EndContract},
		{"past-003", "caffe-aurora", "Barista", "bartender", 25, "2025-09-01", "", ""},
		{"past-007", "logistica-valmora", "Order picker", "picker-packer", 38, "2025-11-10", "2026-02-02", employer.EndLaidOff},
		{"past-011", "coop-arcobaleno", "Office cleaner", "office-cleaner", 15, "2026-01-12", "", ""},
		{"past-017", "hotel-torre-valmora", "Room attendant", "room-attendant", 24, "2026-02-02", "2026-02-20", employer.EndFired},
		{"past-021", "supermercato-sole", "Shelf stacker", "shelf-stacker", 30, "2025-06-01", "2026-01-31", employer.EndBetterJob},
		{"past-024", "caffe-aurora", "Kitchen assistant", "kitchen-assistant", 20, "2026-04-13", "", ""},
		{"past-030", "pastificio-malaguti", "Packer", "hand-packer", 36, "2026-05-04", "2026-05-29", employer.EndQuit},
		{"past-033", "supermercato-sole", "Cashier", "cashier", 20, "2026-06-08", "", ""},
		{"past-036", "verde-tiglio", "Gardener", "gardener", 30, "2025-10-06", "2026-06-30", employer.EndContract},
		{"past-040", "pastificio-malaguti", "Food production operative", "food-production-worker", 36, "2026-09-14", "", ""},
		{"past-042", "trattoria-da-gino", "Kitchen porter", "kitchen-porter", 15, "2026-07-20", "2026-08-07", employer.EndOther},
	}
	out := make([]employer.Placement, len(rows))
	for i, r := range rows {
		out[i] = employer.Placement{ID: fmt.Sprintf("pl-%02d", i+1), ClientID: r.client, EmployerID: r.emp,
			Title: r.title, Occupation: occ(r.occ), Hours: r.hours, Start: d(r.start), End: civil.MustParse(r.end),
			EndReason: r.reason}
	}
	return out
}
