package main

import (
	"fmt"
	"math/rand/v2"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/synth"
)

var sizeWeight = map[employer.Size]int{employer.SizeMicro: 1, employer.SizeSmall: 2, employer.SizeMedium: 4, employer.SizeLarge: 6}

// vacancies writes the hand-written postings that the demo's stories need,
// then spreads generated ones over the employers, larger ones getting more,
// with about one in twenty from a public job board with no employer.
func vacancies(cfg synth.Config, r *rand.Rand, emps []employer.Employer, n int) []employer.Vacancy {
	out := handWritten(emps)
	var pool []int
	for i, e := range emps {
		for range sizeWeight[e.Size] {
			pool = append(pool, i)
		}
	}
	for i := 0; len(out) < n; i++ {
		var e *employer.Employer
		if r.Float64() >= 0.05 {
			e = &emps[pool[r.IntN(len(pool))]]
		}
		out = append(out, synth.VacancyFor(cfg, i, e))
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("v-%04d", i+1)
	}
	return out
}

func d(s string) civil.Date { return civil.MustParse(s) }

func occ(code string) employer.Occupation {
	o, _ := synth.LookupOccupation(code)
	return o.Ref()
}

func hourly(lo, hi float64) employer.Pay {
	return employer.Pay{Min: lo, Max: hi, Currency: "EUR", Unit: employer.PerHour}
}

func monthly(lo, hi float64) employer.Pay {
	return employer.Pay{Min: lo, Max: hi, Currency: "EUR", Unit: employer.PerMonth}
}

// at copies the employer's id, address and location into v.
func at(emps []employer.Employer, id string, v employer.Vacancy) employer.Vacancy {
	for _, e := range emps {
		if e.ID == id {
			v.EmployerID, v.Address = e.ID, e.Address
			loc := *e.Location
			v.Location = &loc
			return v
		}
	}
	panic("gen: no employer " + id) // a typo in the tables below; the generator is a dev tool
}

func handWritten(emps []employer.Employer) []employer.Vacancy {
	low := employer.Low
	return []employer.Vacancy{
		at(emps, "trattoria-da-gino", employer.Vacancy{Title: "Aiuto cuoco part-time", Language: "it",
			Description: "Trattoria da Gino cerca aiuto cuoco per il pranzo, dal martedì al sabato. Preparazione verdure, primi piatti semplici e riordino della cucina. Non serve esperienza: si impara in affiancamento.",
			Occupation:  occ("kitchen-assistant"), Hours: employer.Range{Min: 20, Max: 20}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "09:30", Pay: hourly(9, 9.5),
			Environment: employer.Environment{Noise: employer.High, Physical: employer.High},
			Posted:      d("2026-11-09"), ValidThrough: d("2026-12-09"), StartDate: d("2026-12-01"),
			Application: employer.Application{Method: employer.ApplyWalkIn, Detail: "Chiedere di Gino, dalle 15 alle 17"}, Channel: employer.ChannelCompetitive}),
		at(emps, "coop-arcobaleno", employer.Vacancy{Title: "Addetto/a pulizie uffici", Language: "it",
			Description: "Cooperativa Arcobaleno cerca addetti/e alle pulizie per uffici in centro, 15 ore settimanali dalle 6:00 alle 9:00. Contratto a tempo determinato con possibilità di proroga.",
			Occupation:  occ("office-cleaner"), Hours: employer.Range{Min: 15, Max: 15}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "06:00", Pay: hourly(8.8, 8.8),
			Environment: employer.Environment{Social: low, Noise: low},
			Posted:      d("2026-11-02"), ValidThrough: d("2026-12-02"),
			Application: employer.Application{Method: employer.ApplyPhone, Detail: "+39 051 402 1180"}, Channel: employer.ChannelCompetitive}),
		at(emps, "coop-arcobaleno", employer.Vacancy{Title: "Addetto/a pulizie ospedaliere - categorie protette L. 68/99", Language: "it",
			Description: "Posto riservato agli iscritti al collocamento mirato (L. 68/99). Pulizia e sanificazione dei reparti, turni a rotazione.",
			Occupation:  occ("hospital-cleaner"), Hours: employer.Range{Min: 30, Max: 30}, EmploymentType: employer.Permanent,
			Shifts: []employer.Shift{employer.ShiftRotating}, EarliestStart: "06:00", Pay: monthly(1250, 1250),
			Posted: d("2026-10-20"), ValidThrough: d("2026-12-20"),
			Application: employer.Application{Method: employer.ApplyAgency, Detail: "Ufficio collocamento mirato di Valmora"}, Channel: employer.ChannelQuota}),
		at(emps, "supermercato-sole", employer.Vacancy{Title: "Shelf stacker, early mornings",
			Description: "Supermercato Sole needs a shelf stacker from 6:00 to 10:00, Monday to Friday. Unpacking deliveries and filling shelves before the store opens.",
			Occupation:  occ("shelf-stacker"), Hours: employer.Range{Min: 20, Max: 20}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "06:00", Pay: hourly(9, 9),
			Environment: employer.Environment{Social: low, Physical: employer.High},
			Posted:      d("2026-11-16"), ValidThrough: d("2026-12-16"), StartDate: d("2026-12-01"),
			Application: employer.Application{Method: employer.ApplyWalkIn, Detail: "Customer desk, ask for Roberto Galli"}, Channel: employer.ChannelCompetitive}),
		at(emps, "supermercato-sole", employer.Vacancy{Title: "Cassiere/a - convenzione art. 11 L. 68/99", Language: "it",
			Description: "Inserimento tramite convenzione con il collocamento mirato. Cassa e assistenza clienti, turni serali.",
			Occupation:  occ("cashier"), Hours: employer.Range{Min: 24, Max: 24}, EmploymentType: employer.Permanent,
			Shifts: []employer.Shift{employer.ShiftEvening}, EarliestStart: "15:00",
			Posted: d("2026-10-26"), ValidThrough: d("2026-12-31"),
			Application: employer.Application{Method: employer.ApplyAgency, Detail: "Collocamento mirato, sportello di Valmora"}, Channel: employer.ChannelConvention}),
		at(emps, "logistica-valmora", employer.Vacancy{Title: "Order picker - day shift",
			Description: "Order pickers for the Christmas peak, 6:00-14:00, with handheld scanners. Forklift training after three months.",
			Occupation:  occ("picker-packer"), Hours: employer.Range{Min: 38, Max: 40}, EmploymentType: employer.Temporary,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "06:00", Pay: hourly(10, 10.5),
			Environment: employer.Environment{Noise: employer.High, Physical: employer.High},
			Posted:      d("2026-10-05"), ValidThrough: d("2026-11-15"), StartDate: d("2026-11-02"),
			Application: employer.Application{Method: employer.ApplyOnline, Detail: "https://logisticavalmora.example/lavora-con-noi"}, Channel: employer.ChannelCompetitive}),
		at(emps, "logistica-valmora", employer.Vacancy{Title: "Warehouse operative - nights",
			Description: "Loading and unloading on the night shift, 22:00-6:00, Sunday to Thursday.",
			Occupation:  occ("warehouse-operative"), Hours: employer.Range{Min: 40, Max: 40}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftNight}, EarliestStart: "22:00", Pay: hourly(11.5, 12),
			Posted: d("2026-11-10"), ValidThrough: d("2026-12-20"),
			Application: employer.Application{Method: employer.ApplyOnline, Detail: "https://logisticavalmora.example/lavora-con-noi"}, Channel: employer.ChannelCompetitive}),
		at(emps, "biblioteca-valmora", employer.Vacancy{Title: "Tirocinio: assistente di biblioteca", Language: "it",
			Description: "Tirocinio di sei mesi in biblioteca: prestito, ricollocazione libri, accoglienza. Indennità mensile di 500 euro.",
			Occupation:  occ("library-assistant"), Hours: employer.Range{Min: 25, Max: 25}, EmploymentType: employer.Temporary,
			Shifts: []employer.Shift{employer.ShiftDay, employer.ShiftWeekend}, EarliestStart: "09:00", Pay: monthly(500, 500),
			Environment: employer.Environment{Noise: low, Social: employer.Medium},
			Posted:      d("2026-11-04"), ValidThrough: d("2026-12-04"),
			Application: employer.Application{Method: employer.ApplyEmail, Detail: "biblioteca@valmora.example"}, Channel: employer.ChannelTraineeship}),
		at(emps, "ospedale-di-valmora", employer.Vacancy{Title: "Hospital porter - rotating shifts",
			Description: "Moving beds, wheelchairs and supplies between wards on a seven-day rota of mornings, afternoons and nights.",
			Occupation:  occ("hospital-porter"), Hours: employer.Range{Min: 36, Max: 36}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftRotating, employer.ShiftNight}, EarliestStart: "06:00",
			Posted: d("2026-11-12"), ValidThrough: d("2026-12-12"),
			Application: employer.Application{Method: employer.ApplyOnline, Detail: "https://ospedaledivalmora.example/concorsi"}, Channel: employer.ChannelCompetitive}),
		at(emps, "valmora-ambiente", employer.Vacancy{Title: "Laboratorio protetto: selezione materiali", Language: "it",
			Description: "Attività di selezione in laboratorio protetto gestito con una cooperativa sociale.",
			Occupation:  occ("recycling-sorter"), Hours: employer.Range{Min: 20, Max: 20},
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "08:00",
			Posted: d("2026-10-01"), ValidThrough: d("2026-11-30"),
			Application: employer.Application{Method: employer.ApplyPhone, Detail: "+39 051 300 0400"}, Channel: employer.ChannelSheltered}),
		at(emps, "pizzeria-il-portico", employer.Vacancy{Title: "Kitchen porter, Friday to Sunday evenings",
			Description: "Washing up and kitchen cleaning for the weekend evening service, 18:00-23:30.",
			Occupation:  occ("kitchen-porter"), Hours: employer.Range{Min: 15, Max: 16}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftEvening, employer.ShiftWeekend}, EarliestStart: "18:00",
			Posted: d("2026-11-18"), ValidThrough: d("2026-12-18"),
			Application: employer.Application{Method: employer.ApplyWalkIn, Detail: "Ask for Mihai after 17:00"}, Channel: employer.ChannelCompetitive}),
		at(emps, "lavanderia-lavanda", employer.Vacancy{Title: "Addetto/a stiro", Language: "it",
			Description: "Lavanderia in centro cerca addetto/a allo stiro, mattine dal lunedì al venerdì. Ambiente tranquillo.",
			Occupation:  occ("laundry-worker"), Hours: employer.Range{Min: 18, Max: 20}, EmploymentType: employer.Permanent,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "08:30", Pay: hourly(8.8, 9),
			Environment: employer.Environment{Noise: low, Social: low, Physical: employer.Medium},
			Posted:      d("2026-10-28"), ValidThrough: d("2026-11-20"),
			Application: employer.Application{Method: employer.ApplyWalkIn, Detail: "Via dei Gelsi 10"}, Channel: employer.ChannelCompetitive}),
		at(emps, "centro-servizi-valmora", employer.Vacancy{Title: "Data entry clerk",
			Description: "Scanning and indexing council records in a quiet room. Part-time mornings.",
			Occupation:  occ("data-entry-clerk"), Hours: employer.Range{Min: 20, Max: 25}, EmploymentType: employer.FixedTerm,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "08:30", Pay: monthly(950, 1100),
			Environment: employer.Environment{Noise: low, Social: low, Physical: low},
			Posted:      d("2026-11-05"), ValidThrough: d("2026-12-05"),
			Application: employer.Application{Method: employer.ApplyEmail, Detail: "lavoro@centroservizivalmora.example"}, Channel: employer.ChannelCompetitive}),
		at(emps, "verde-tiglio", employer.Vacancy{Title: "Grounds maintenance worker - spring season",
			Description: "Mowing and clearing parks for the council contract from March. Crews meet at the yard at 7:00.",
			Occupation:  occ("groundskeeper"), Hours: employer.Range{Min: 30, Max: 36}, EmploymentType: employer.Seasonal,
			Shifts: []employer.Shift{employer.ShiftDay}, EarliestStart: "07:00", Pay: hourly(9.5, 10),
			Environment: employer.Environment{Outdoor: employer.High, Physical: employer.High},
			Posted:      d("2026-11-20"), ValidThrough: d("2027-01-15"), StartDate: d("2027-03-01"),
			Application: employer.Application{Method: employer.ApplyPhone, Detail: "Nicola Ferri, +39 051 611 2020"}, Channel: employer.ChannelCompetitive}),
	}
}
