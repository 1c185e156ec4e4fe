package main

import (
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
)

const (
	anna  = "anna.rossi"
	marco = "marco.bianchi"
	sara  = "sara.conti"
)

// home places a client's home km and degrees from the centre.
func home(km, bearing float64) *preference.Point {
	pt := synth.Offset(synth.DefaultCenter, km, bearing*3.141592653589793/180)
	return &pt
}

func commute(m preference.Mode, minutes int, s preference.Strength) *preference.Commute {
	return &preference.Commute{Mode: m, MaxMinutes: minutes, Strength: s}
}

func text(t string, s preference.Strength) preference.JobType {
	return preference.JobType{Text: t, Strength: s}
}

func job(code string, s preference.Strength) preference.JobType {
	return preference.JobType{Occupation: code, Strength: s}
}

func shift(name string, s preference.Strength) preference.ShiftPref {
	return preference.ShiftPref{Shift: name, Strength: s}
}

const (
	must   = preference.Must
	prefer = preference.Prefer
	avoid  = preference.Avoid
)

// clients are the demo caseload; see the demo package's Clients doc.
func clients() []preference.Profile {
	capBoth := &preference.BenefitsCap{MaxHoursPerWeek: 20, MaxEarnings: 5000, Currency: "EUR", Period: preference.PerYear}
	return []preference.Profile{
		{ID: "lucia", Specialist: anna, Enrolled: d("2026-10-28"), Home: home(0.8, 210),
			Commute:   commute(preference.Walk, 25, must),
			JobTypes:  []preference.JobType{text("lavoro in cucina", prefer), text("aiuto cuoco", prefer), text("pulizie", avoid)},
			Skills:    []string{"prepare-ingredients", "food-hygiene"},
			Hours:     &preference.Hours{Min: 20, Max: 30, Strength: prefer},
			Shifts:    []preference.ShiftPref{shift("day", must), shift("evening", must)},
			Languages: []string{"it"}, Disclosure: preference.DiscloseProgramOnly},
		{ID: "davide", Specialist: anna, Enrolled: d("2026-09-01"), Home: home(2.2, 100),
			Commute:     commute(preference.Transit, 40, must),
			JobTypes:    []preference.JobType{text("shop assistant", prefer), job("shelf-stacker", prefer)},
			Skills:      []string{"customer-service", "rotate-stock"},
			Hours:       &preference.Hours{Min: 10, Max: 20, Strength: must},
			BenefitsCap: capBoth,
			Shifts:      []preference.ShiftPref{shift("day", must)},
			Languages:   []string{"it", "en"}, Disclosure: preference.DiscloseNone},
		{ID: "amina", Specialist: marco, Enrolled: d("2026-08-10"), Home: home(1.3, 40),
			Commute:   commute(preference.Bike, 30, must),
			JobTypes:  []preference.JobType{text("helping older people", prefer), job("home-care-worker", prefer)},
			Skills:    []string{"keep-company", "personal-care"},
			Hours:     &preference.Hours{Min: 15, Max: 25, Strength: prefer},
			Shifts:    []preference.ShiftPref{shift("night", avoid)},
			Languages: []string{"ar", "it", "fr"}, Disclosure: preference.DiscloseFull},
		{ID: "giorgio", Specialist: marco, Enrolled: d("2026-10-05"), Home: home(3.5, 80),
			Commute:        commute(preference.Car, 30, must),
			JobTypes:       []preference.JobType{text("warehouse", prefer), job("delivery-driver", prefer)},
			Skills:         []string{"lift-safely", "drive-car"},
			Shifts:         []preference.ShiftPref{shift("night", avoid), shift("rotating", avoid)},
			Pay:            &preference.Pay{Min: 9.5, Currency: "EUR", Unit: "hour", Strength: must},
			DrivingLicence: true,
			Languages:      []string{"it"}, Disclosure: preference.DiscloseProgramOnly},
		{ID: "elena", Specialist: sara, Enrolled: d("2026-07-15"), Home: home(1.9, 300),
			Commute:  commute(preference.Transit, 45, must),
			JobTypes: []preference.JobType{text("data entry", prefer), text("library", prefer), job("call-centre-agent", avoid)},
			Skills:   []string{"data-entry", "office-software", "shelve-books"},
			Hours:    &preference.Hours{Min: 15, Max: 25, Strength: prefer},
			Environment: preference.Environment{
				Noise:  &preference.EnvPref{Level: "low", Strength: must},
				Social: &preference.EnvPref{Level: "low", Strength: prefer},
			},
			Languages: []string{"it", "en"}, Disclosure: preference.DiscloseFull},
		{ID: "karim", Specialist: sara, Enrolled: d("2026-10-01"), Home: home(0.6, 120),
			Commute:   commute(preference.Walk, 20, must),
			Languages: []string{"ar", "it"}, Disclosure: preference.DiscloseNone},
		{ID: "rosa", Specialist: anna, Enrolled: d("2026-11-10"), Home: home(1.4, 330),
			Commute:   commute(preference.Bike, 20, must),
			JobTypes:  []preference.JobType{text("office work", prefer), text("reception", prefer)},
			Sectors:   []preference.SectorPref{{Code: "I56", Strength: avoid}, {Code: "Q87", Strength: avoid}},
			Skills:    []string{"answer-phone", "file-documents"},
			Hours:     &preference.Hours{Min: 20, Max: 30, Strength: prefer},
			Languages: []string{"it", "en"}, Disclosure: preference.DiscloseProgramOnly},
		{ID: "tommaso", Specialist: marco, Enrolled: d("2025-12-01"), Home: home(2.8, 250),
			Commute:     commute(preference.Bike, 35, must),
			JobTypes:    []preference.JobType{text("gardening", prefer), job("groundskeeper", prefer), text("call centre", avoid)},
			Skills:      []string{"plant-care", "hand-tools"},
			Environment: preference.Environment{Outdoor: &preference.EnvPref{Level: "high", Strength: prefer}},
			Languages:   []string{"it"}, Disclosure: preference.DiscloseFull},
		{ID: "irina", Specialist: sara, Enrolled: d("2026-09-20"), Home: home(2.5, 160),
			Commute:       commute(preference.Transit, 50, must),
			JobTypes:      []preference.JobType{text("cleaning", prefer), text("laundry", prefer)},
			Skills:        []string{"clean-floors", "ironing"},
			BenefitsCap:   &preference.BenefitsCap{MaxEarnings: 5000, Currency: "EUR", Period: preference.PerYear},
			Shifts:        []preference.ShiftPref{shift("night", avoid)},
			EarliestStart: &preference.StartTime{Time: "08:00", Strength: must},
			Languages:     []string{"ro", "it", "en"}, Disclosure: preference.DiscloseProgramOnly},
		{ID: "paolo", Specialist: anna, Enrolled: d("2026-06-15"), Home: home(3.0, 140),
			Commute:        commute(preference.Car, 25, prefer),
			JobTypes:       []preference.JobType{text("car-mechanic-assistant", prefer), text("car wash", prefer)},
			Sectors:        []preference.SectorPref{{Code: "K64", Strength: avoid}},
			Skills:         []string{"wash-vehicles", "hand-tools"},
			Pay:            &preference.Pay{Min: 1100, Currency: "EUR", Unit: "month", RequireStated: true, Strength: prefer},
			DrivingLicence: true,
			Languages:      []string{"it"}, Disclosure: preference.DiscloseNone},
		{ID: "chiara", Specialist: marco, Enrolled: d("2026-11-02"), Home: home(0.9, 70),
			Commute:   commute(preference.Walk, 30, must),
			JobTypes:  []preference.JobType{text("bakery", must), text("shop assistant", prefer)},
			Skills:    []string{"customer-service", "use-oven"},
			Hours:     &preference.Hours{Min: 30, Max: 40, Strength: prefer},
			Shifts:    []preference.ShiftPref{shift("day", must), shift("weekend", prefer)},
			Languages: []string{"it"}, Disclosure: preference.DiscloseFull},
		{ID: "samuel", Specialist: sara, Enrolled: d("2026-10-12"), Home: home(1.6, 280),
			Commute:   commute(preference.Transit, 35, prefer),
			JobTypes:  []preference.JobType{text("kitchen work", prefer), job("fast-food-worker", prefer)},
			Skills:    []string{"food-hygiene", "teamwork"},
			Shifts:    []preference.ShiftPref{shift("evening", prefer)},
			Languages: []string{"en", "it"}, Disclosure: preference.DiscloseProgramOnly},
		// Earlier clients in work, still on the caseload for follow-along
		// support (IPS support is time-unlimited): their follow-along
		// contacts need a profile and a disclosure choice that allows them.
		{ID: "past-024", Specialist: anna, Enrolled: d("2026-02-02"), Home: home(1.1, 30),
			Commute:  commute(preference.Walk, 30, prefer),
			JobTypes: []preference.JobType{job("kitchen-assistant", prefer)},
			Skills:   []string{"food-hygiene"}, Languages: []string{"it"}, Disclosure: preference.DiscloseFull},
		{ID: "past-033", Specialist: anna, Enrolled: d("2026-04-20"), Home: home(1.9, 160),
			Commute:  commute(preference.Transit, 30, prefer),
			JobTypes: []preference.JobType{job("cashier", prefer)},
			Skills:   []string{"customer-service"}, Languages: []string{"it"}, Disclosure: preference.DiscloseFull},
		{ID: "past-040", Specialist: marco, Enrolled: d("2026-07-06"), Home: home(2.5, 300),
			Commute:   commute(preference.Bike, 25, prefer),
			JobTypes:  []preference.JobType{job("food-production-worker", prefer)},
			Languages: []string{"it", "en"}, Disclosure: preference.DiscloseFull},
	}
}
