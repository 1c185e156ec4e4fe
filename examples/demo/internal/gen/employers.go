package main

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/synth"
)

// curated is a hand-written Valmora business: where it is (km and compass
// bearing from the centre), what it hires and what the team knows of it.
type curated struct {
	id, name, sector string
	km, bearing      float64
	size             employer.Size
	address          string
	occs             []string
	people           []employer.Person
	notes            string
	inclusion, knows bool
}

func p(name, role string) employer.Person { return employer.Person{Name: name, Role: role} }

var curatedEmployers = []curated{
	{"caffe-aurora", "Caffè Aurora", "I56", 0.3, 40, employer.SizeMicro, "Piazza Porta Valmora 3",
		[]string{"bartender", "waiter", "kitchen-assistant"}, []employer.Person{p("Giovanna Lelli", "owner")},
		"Corner café under the arcade; busiest 7-10 and at lunch. Giovanna hires people she has met, not CVs. Two programme placements so far, both going well.", true, true},
	{"supermercato-sole", "Supermercato Sole", "G47", 1.2, 120, employer.SizeMedium, "Via della Cooperazione 18",
		[]string{"cashier", "shelf-stacker", "sales-assistant", "butcher-assistant", "baker"},
		[]employer.Person{p("Roberto Galli", "store manager"), p("Silvia Neri", "HR officer")},
		"Sixty staff. Shelf stackers start at 6:00, cashiers cover evenings until 21:00. Inclusion policy; fills two quota posts a year.", true, true},
	{"logistica-valmora", "Logistica Valmora", "H52", 4.8, 70, employer.SizeLarge, "Via dell'Industria 40",
		[]string{"warehouse-operative", "picker-packer", "forklift-driver", "hand-packer"},
		[]employer.Person{p("Stefano Monti", "warehouse manager"), p("Laura Fabbri", "HR officer")},
		"Distribution centre by the ring road; three shifts in peak season. Bus 14 stops outside at shift changes.", false, true},
	{"trattoria-da-gino", "Trattoria da Gino", "I56", 0.6, 200, employer.SizeMicro, "Vicolo del Pozzo 7",
		[]string{"cook", "kitchen-porter", "waiter"}, []employer.Person{p("Gino Tassinari", "owner and cook")},
		"Twelve tables, lunch and dinner, closed Mondays. Gino is gruff but fair and likes a trial morning.", false, true},
	{"pizzeria-il-portico", "Pizzeria Il Portico", "I56", 0.9, 300, employer.SizeSmall, "Via dei Mercanti 22",
		[]string{"pizza-maker", "waiter", "kitchen-porter"}, []employer.Person{p("Mihai Popescu", "manager")},
		"Evenings only, very busy Friday to Sunday.", false, false},
	{"osteria-del-mulino", "Osteria del Mulino", "I56", 2.1, 10, employer.SizeSmall, "Strada del Mulino 2",
		[]string{"cook", "kitchen-assistant", "waiter"}, []employer.Person{p("Paola Guidi", "owner")},
		"Country restaurant with a garden; summer is the busy season.", false, false},
	{"bar-della-stazione", "Bar della Stazione", "I56", 1.0, 170, employer.SizeMicro, "Piazza della Stazione 1",
		[]string{"bartender"}, []employer.Person{p("Enrico Bruno", "owner")},
		"Opens at 5:30 for commuters.", false, false},
	{"ristorazione-tiglio", "Ristorazione Collettiva Tiglio", "I56", 2.7, 95, employer.SizeMedium, "Via dei Carrettieri 11",
		[]string{"canteen-assistant", "kitchen-assistant", "delivery-driver"}, []employer.Person{p("Barbara Sala", "operations manager")},
		"Cooks meals for school and factory canteens; term-time peaks.", true, false},
	{"hotel-torre-valmora", "Hotel Torre Valmora", "I55", 0.5, 250, employer.SizeMedium, "Viale Ada Ferretti 9",
		[]string{"room-attendant", "hotel-receptionist", "night-porter", "waiter"},
		[]employer.Person{p("Elisa Benedetti", "head housekeeper"), p("Davide Orlando", "general manager")},
		"Eighty rooms; housekeeping starts at 8:00. Conference trade midweek.", false, true},
	{"bb-il-melograno", "B&B Il Melograno", "I55", 1.5, 330, employer.SizeMicro, "Via dei Ciliegi 5",
		[]string{"room-attendant"}, []employer.Person{p("Rosa Zucchini", "owner")},
		"Six rooms; needs someone for changeovers on weekend mornings.", false, false},
	{"market-girasole", "Market Girasole", "G47", 2.5, 220, employer.SizeSmall, "Via Enrico Valli 60",
		[]string{"cashier", "shelf-stacker"}, []employer.Person{p("Luca Bergonzoni", "store manager")},
		"Neighbourhood supermarket, twelve staff.", false, false},
	{"panificio-fontana", "Panificio Fontana", "G47", 0.7, 60, employer.SizeMicro, "Via della Canapa 14",
		[]string{"baker", "sales-assistant"}, []employer.Person{p("Anna Fontana", "owner")},
		"Bakery and shop. Bakers start at 4:00; the shop opens at 7:00.", false, true},
	{"libreria-la-rondine", "Libreria La Rondine", "G47", 0.35, 150, employer.SizeMicro, "Via Lucia Boschetti 2",
		[]string{"sales-assistant"}, []employer.Person{p("Irene Landi", "owner")},
		"Independent bookshop; extra help before Christmas.", false, false},
	{"ferramenta-bassi", "Ferramenta Bassi", "G47", 1.8, 30, employer.SizeSmall, "Via dei Fabbri 31",
		[]string{"sales-assistant", "stock-clerk"}, []employer.Person{p("Giorgio Bassi", "owner")},
		"Hardware shop; values practical people who can lift.", false, false},
	{"farmacia-stella", "Farmacia Stella", "G47", 0.8, 280, employer.SizeSmall, "Viale Pietro Nardelli 4",
		[]string{"sales-assistant"}, []employer.Person{p("Chiara Martini", "pharmacist")},
		"", false, false},
	{"consegne-zefiro", "Consegne Zefiro", "H49", 1.4, 100, employer.SizeSmall, "Via dei Vetrai 8",
		[]string{"courier", "delivery-driver"}, []employer.Person{p("Kofi Mensah", "dispatcher")},
		"Bike and van deliveries in the centre; always short of drivers with a clean licence.", false, true},
	{"autolinee-valmora", "Autolinee Valmora", "H49", 3.5, 190, employer.SizeLarge, "Via Giovanna Sermasi 70",
		[]string{"bus-driver"}, []employer.Person{p("Massimo Vitale", "HR officer")},
		"Town bus company; hiring goes through public selections.", true, false},
	{"coop-arcobaleno", "Cooperativa Arcobaleno Servizi", "N81", 1.6, 240, employer.SizeMedium, "Via del Lavoro 12",
		[]string{"office-cleaner", "domestic-cleaner", "hospital-cleaner"},
		[]employer.Person{p("Monica Grassi", "area supervisor"), p("Ahmed Benali", "coordinator")},
		"Social cooperative; cleaning contracts in offices and the hospital. Flexible short shifts.", true, true},
	{"brookside-cleaning", "Brookside Cleaning", "N81", 2.8, 50, employer.SizeSmall, "Via delle Fornaci 27",
		[]string{"office-cleaner"}, []employer.Person{p("Emma Costa", "owner")},
		"Evening office cleaning, 2-3 hours a night.", false, false},
	{"verde-tiglio", "Verde Tiglio", "N81.3", 3.2, 260, employer.SizeSmall, "Strada Roverella 90",
		[]string{"gardener", "groundskeeper"}, []employer.Person{p("Nicola Ferri", "team leader")},
		"Parks contract with the council; crews meet at the yard at 7:00.", false, true},
	{"casa-riposo-il-glicine", "Casa di Riposo Il Glicine", "Q87", 2.0, 140, employer.SizeMedium, "Via delle Orsoline 15",
		[]string{"care-assistant", "kitchen-assistant", "laundry-worker"}, []employer.Person{p("Federica Moretti", "care coordinator")},
		"Ninety residents. OSS qualification needed for care; kitchen and laundry take people without it.", true, false},
	{"rsa-colleverde", "RSA Colleverde", "Q87", 4.2, 320, employer.SizeMedium, "Via Colleverde 44",
		[]string{"care-assistant", "laundry-worker", "office-cleaner"}, []employer.Person{p("Paolo Rinaldi", "director")},
		"", false, false},
	{"coop-il-girasole", "Cooperativa Sociale Il Girasole", "Q88", 1.1, 20, employer.SizeMedium, "Via San Donnino 6",
		[]string{"home-care-worker", "support-worker"}, []employer.Person{p("Valentina Serra", "coordinator")},
		"Home care rounds planned weekly; bikes provided for the centre.", true, true},
	{"ospedale-di-valmora", "Ospedale di Valmora", "Q86", 2.3, 300, employer.SizeLarge, "Viale Ottavio Ranuzzi 100",
		[]string{"hospital-porter", "hospital-cleaner", "care-assistant", "kitchen-assistant"},
		[]employer.Person{p("Simone Caruso", "facilities manager")},
		"Porters on rotating shifts; cleaning contracted to Cooperativa Arcobaleno.", true, false},
	{"studio-ferri-landi", "Studio Ferri & Landi", "M69", 0.5, 10, employer.SizeMicro, "Via Bruno Morandi 3",
		[]string{"bookkeeping-clerk", "office-assistant"}, []employer.Person{p("Marta Ferri", "partner")},
		"Accountants; busy from March to June.", false, false},
	{"centro-servizi-valmora", "Centro Servizi Valmora", "N82", 1.3, 80, employer.SizeSmall, "Via della Fiera 19",
		[]string{"data-entry-clerk", "mail-clerk", "office-assistant"}, []employer.Person{p("Riccardo Longo", "operations manager")},
		"Document scanning for the council; quiet rooms.", true, false},
	{"valmora-contact", "Valmora Contact", "N82.2", 3.0, 110, employer.SizeLarge, "Via della Filanda 50",
		[]string{"call-centre-agent"}, []employer.Person{p("Martina Gallo", "team leader")},
		"Open-plan floor of 200 seats; noisy. Open to candidates from the programme.", false, true},
	{"pastificio-malaguti", "Pastificio Malaguti", "C10", 3.8, 40, employer.SizeMedium, "Via dell'Artigianato 7",
		[]string{"food-production-worker", "hand-packer", "forklift-driver"}, []employer.Person{p("Fabio Malaguti", "production manager")},
		"Fresh pasta for supermarkets; two shifts, 6-14 and 14-22.", false, true},
	{"caseificio-roverella", "Caseificio Roverella", "C10", 5.2, 160, employer.SizeSmall, "Strada Roverella 210",
		[]string{"food-production-worker", "hand-packer"}, []employer.Person{p("Tiziana Bellini", "owner")},
		"Cheese dairy; starts at 5:00. No bus.", false, false},
	{"officina-zanetti", "Officina Meccanica Zanetti", "C25", 4.5, 90, employer.SizeSmall, "Via dei Tessitori 33",
		[]string{"machine-operator", "welder", "assembly-worker"}, []employer.Person{p("Gino Zanetti", "owner")},
		"Owner trains on the job; noisy workshop.", false, false},
	{"carpenteria-leone", "Carpenteria Leone", "C25", 5.0, 130, employer.SizeSmall, "Via dei Fabbri 120",
		[]string{"welder", "production-worker"}, []employer.Person{p("Marco Leone", "foreman")},
		"", false, false},
	{"maglificio-la-rondine", "Maglificio La Rondine", "C13", 3.3, 210, employer.SizeSmall, "Via della Filanda 8",
		[]string{"sewing-machinist", "hand-packer"}, []employer.Person{p("Laura Rossetti", "production manager")},
		"Knitwear for fashion brands; steady daytime hours.", false, false},
	{"podere-la-quercia", "Podere La Quercia", "A01", 5.6, 280, employer.SizeSmall, "Strada Fossalta 400",
		[]string{"farm-worker", "hand-packer"}, []employer.Person{p("Giuseppe Cattaneo", "owner")},
		"Fruit farm; harvest June to October, packing shed in winter. Needs own transport.", false, false},
	{"lavanderia-lavanda", "Lavanderia Lavanda", "S96", 0.9, 120, employer.SizeMicro, "Via dei Gelsi 10",
		[]string{"laundry-worker"}, []employer.Person{p("Olena Kovalenko", "owner")},
		"Takes linen from two hotels; steady ironing work, quiet shop.", false, false},
	{"parrucchiera-elisa", "Parrucchiera Elisa", "S96", 0.6, 350, employer.SizeMicro, "Via Santa Viola 2",
		[]string{"hairdresser-assistant"}, []employer.Person{p("Elisa Mariani", "owner")},
		"", false, false},
	{"edilizia-rinaldi", "Edilizia Rinaldi", "F43", 3.9, 20, employer.SizeSmall, "Via del Canale 77",
		[]string{"construction-labourer", "painter-decorator"}, []employer.Person{p("Andrea Rinaldi", "site manager")},
		"Renovation work around town.", false, false},
	{"biblioteca-valmora", "Biblioteca Comunale di Valmora", "R91", 0.2, 270, employer.SizeSmall, "Piazza Porta Valmora 1",
		[]string{"library-assistant", "receptionist"}, []employer.Person{p("Sara Pellegrini", "coordinator")},
		"Reading rooms run by a cooperative for the council; quiet work, weekend openings.", true, true},
	{"museo-della-filanda", "Museo della Filanda", "R91", 1.7, 45, employer.SizeSmall, "Via della Filanda 1",
		[]string{"museum-attendant", "receptionist"}, []employer.Person{p("Francesca De Santis", "director")},
		"", false, false},
	{"autolavaggio-cometa", "Autolavaggio Cometa", "G45", 2.6, 150, employer.SizeMicro, "Via Luigi Casadio 55",
		[]string{"car-washer"}, []employer.Person{p("Wei Zhang", "owner")},
		"Busiest on Saturdays; takes people who walk in.", false, false},
	{"autofficina-serra", "Autofficina Serra", "G45", 2.2, 60, employer.SizeSmall, "Via dei Carrettieri 40",
		[]string{"car-mechanic-assistant", "car-washer"}, []employer.Person{p("Alessandro Serra", "owner")},
		"", false, false},
	{"valmora-ambiente", "Valmora Ambiente", "E38", 5.4, 100, employer.SizeLarge, "Via delle Lame 300",
		[]string{"recycling-sorter", "refuse-collector", "lorry-driver"}, []employer.Person{p("Stefano Guidi", "plant manager")},
		"Sorting plant and bin rounds. Hires through Law 68/99 conventions as well as openly.", true, false},
	{"scuola-mille-olmi", "Scuola Primaria dei Mille Olmi", "P85", 1.2, 310, employer.SizeMedium, "Via dei Tigli 9",
		[]string{"caretaker", "canteen-assistant", "teaching-assistant"}, []employer.Person{p("Roberta Monti", "head teacher")},
		"", false, false},
	{"kestrel-digital", "Kestrel Digital", "J62", 1.0, 230, employer.SizeSmall, "Via del Borgo Antico 12",
		[]string{"software-developer", "it-support"}, []employer.Person{p("John Harper", "founder")},
		"Hires helpdesk staff without degrees; hybrid after three months.", true, false},
	{"banca-popolare-valmora", "Banca Popolare di Valmora", "K64", 0.3, 0, employer.SizeLarge, "Piazza Porta Valmora 8",
		[]string{"bank-clerk", "office-assistant"}, []employer.Person{p("Giulia Colombo", "branch manager")},
		"", false, false},
	{"vigilanza-faro", "Vigilanza Faro", "N80", 2.0, 200, employer.SizeMedium, "Via della Stazione 90",
		[]string{"security-guard", "night-porter"}, []employer.Person{p("Roberto Neri", "operations manager")},
		"", false, false},
}

// employers builds the curated businesses, then fills the town with
// generated ones so the map looks like a real town.
func employers(cfg synth.Config, extra int) ([]employer.Employer, error) {
	var out []employer.Employer
	for _, c := range curatedEmployers {
		s, ok := synth.LookupSector(c.sector)
		if !ok {
			return nil, fmt.Errorf("%s: unknown sector %s", c.id, c.sector)
		}
		loc := synth.Offset(synth.DefaultCenter, c.km, c.bearing*3.141592653589793/180)
		e := employer.Employer{ID: c.id, Name: c.name, Sector: s.Ref(), Address: c.address, Location: &loc,
			Size: c.size, People: c.people, InclusionPolicy: c.inclusion, KnowsProgramme: c.knows, Notes: c.notes}
		for _, code := range c.occs {
			o, ok := synth.LookupOccupation(code)
			if !ok {
				return nil, fmt.Errorf("%s: unknown occupation %s", c.id, code)
			}
			e.TypicalOccupations = append(e.TypicalOccupations, o.Ref())
		}
		out = append(out, e)
	}
	// Generate a few spare ones and skip any whose name is already taken.
	cfg.Employers = extra + 40
	town, err := synth.Generate(cfg)
	if err != nil {
		return nil, err
	}
	taken := map[string]bool{}
	for _, e := range out {
		taken[e.Name] = true
	}
	n := 0
	for _, e := range town.Employers {
		if taken[e.Name] || n == extra {
			continue
		}
		taken[e.Name] = true
		n++
		e.ID = fmt.Sprintf("e-%03d", n)
		out = append(out, e)
	}
	return out, nil
}
