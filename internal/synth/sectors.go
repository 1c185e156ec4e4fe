package synth

import (
	"strconv"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Sector is an economic sector in the catalogue: a NACE-like code, a label
// and the occupations it hires, most common first.
type Sector struct {
	Code        string
	Label       string
	Occupations []string // occupation ids

	occW   []float64 // weight of each occupation
	weight float64   // share of employers
	names  []string  // business-name templates, see nameFrom
	sizes  [4]float64
	edge   float64  // 0: sits in the centre like any shop, 1: out by the ring road
	roles  []string // who a specialist deals with
	notes  []string
}

// Ref returns the sector as an employer record carries it.
func (s Sector) Ref() employer.Sector { return employer.Sector{Code: s.Code, Label: s.Label} }

// sector builds a catalogue entry; occs is "id:weight,id:weight"; sizes are
// the weights of micro, small, medium and large.
func sector(code, label string, weight float64, occs string, sizes [4]float64, edge float64, names, roles string, notes ...string) Sector {
	s := Sector{Code: code, Label: label, weight: weight, sizes: sizes, edge: edge,
		names: strings.Split(names, "|"), roles: split(roles), notes: notes}
	for _, kv := range split(occs) {
		id, w, _ := strings.Cut(kv, ":")
		f, _ := strconv.ParseFloat(w, 64)
		s.Occupations = append(s.Occupations, id)
		s.occW = append(s.occW, f)
	}
	return s
}

var sectors = []Sector{
	sector("I56", "Food and beverage service", 12,
		"waiter:3,kitchen-porter:3,kitchen-assistant:3,bartender:3,cook:2,pizza-maker:1,fast-food-worker:1",
		[4]float64{60, 35, 5, 0}, 0.1,
		"Bar {W}|Caffè {W}|Trattoria da {F}|Osteria del {M}|Pizzeria {W}|Ristorante {W}|The {E} Kitchen|{E} Bistro|Gelateria {W}|Tavola Calda {W}",
		"owner,manager,head chef,bar manager",
		"Busiest at lunch; the owner prefers people to drop a CV in mid-afternoon.",
		"Family-run; they hire kitchen help before the summer terrace opens.",
		"Large terrace, extra staff from April to October.",
		"Owner open to trial shifts for kitchen work."),
	sector("I55", "Hotels and accommodation", 3,
		"room-attendant:4,hotel-receptionist:2,waiter:2,kitchen-porter:1,cook:1,night-porter:1",
		[4]float64{25, 50, 22, 3}, 0.3,
		"Hotel {W}|Albergo {P}|B&B {W}|Residence {W}|Hotel {E}",
		"general manager,head housekeeper,front office manager",
		"Housekeeping team turns over every season; they need room attendants from March.",
		"Conference trade midweek, tourists at weekends."),
	sector("G47", "Retail trade", 12,
		"sales-assistant:4,cashier:3,shelf-stacker:3,stock-clerk:1,baker:1,butcher-assistant:1",
		[4]float64{50, 35, 12, 3}, 0.2,
		"Supermercato {W}|Market {W}|Alimentari {F}|Ferramenta {S}|Libreria {W}|Panificio {W}|{E} Store|Farmacia {W}|Boutique {W}|Fiori {W}|Discount {P}|Ortofrutta {F}",
		"store manager,owner,HR officer,department head",
		"Store manager hires locally and likes to meet people in person.",
		"Night deliveries twice a week; shelf work early mornings.",
		"Extra staff for Christmas from mid-November.",
		"Has taken people on through traineeships before."),
	sector("H52", "Warehousing and logistics", 5,
		"warehouse-operative:4,picker-packer:3,hand-packer:2,forklift-driver:2,stock-clerk:1,delivery-driver:1",
		[4]float64{5, 35, 45, 15}, 0.85,
		"Logistica {P}|{P} Logistics|Magazzini {S}|Interporto {P}|{E} Fulfilment|Depositi {S}",
		"warehouse manager,HR officer,shift supervisor",
		"Peak from October to January; uses agencies but also hires directly.",
		"Two shifts plus a night shift in the busy season.",
		"Site is off the ring road; a bus stop is ten minutes away on foot."),
	sector("H49", "Land transport and deliveries", 3,
		"delivery-driver:3,courier:2,lorry-driver:2,bus-driver:2,warehouse-operative:1",
		[4]float64{30, 40, 25, 5}, 0.7,
		"Trasporti {S}|Autolinee {P}|{E} Couriers|Consegne {W}|{S} Express",
		"operations manager,dispatcher,owner",
		"Always short of drivers with a clean licence.",
		"Bike couriers needed for the centre in the evenings."),
	sector("N81", "Cleaning services", 5,
		"office-cleaner:5,domestic-cleaner:2,hospital-cleaner:1,room-attendant:1",
		[4]float64{30, 40, 25, 5}, 0.4,
		"Pulizie {W}|Cooperativa {W} Servizi|{E} Cleaning|Multiservizi {S}|Servizi Integrati {P}",
		"area supervisor,HR officer,owner",
		"Short early-morning and evening shifts in offices around town.",
		"Social cooperative, used to flexible hours."),
	sector("N81.3", "Landscaping and grounds maintenance", 2,
		"groundskeeper:4,gardener:3",
		[4]float64{50, 40, 10, 0}, 0.6,
		"Verde {W}|Giardini {S}|{E} Gardens|Vivaio {W}",
		"owner,team leader",
		"Busy from March to October; winter work is pruning only.",
		"Contracts with the council for the parks."),
	sector("Q87", "Residential care", 3,
		"care-assistant:5,kitchen-assistant:1,laundry-worker:1,office-cleaner:1,support-worker:1",
		[4]float64{5, 45, 45, 5}, 0.4,
		"Casa di Riposo {W}|Residenza {W}|RSA {P}|Casa Famiglia {W}|{E} Care Home",
		"care coordinator,director,HR officer",
		"Care assistants must hold the OSS qualification; laundry and kitchen do not.",
		"Director values reliability over experience."),
	sector("Q88", "Social work and home care", 3,
		"home-care-worker:4,support-worker:3,care-assistant:1,delivery-driver:1",
		[4]float64{10, 50, 35, 5}, 0.3,
		"Cooperativa Sociale {W}|Assistenza {W}|{E} Home Care|Centro Diurno {W}",
		"coordinator,president,HR officer",
		"Home visits need a car or a bike; routes are planned weekly.",
		"Cooperative with an inclusion policy; knows the programme."),
	sector("Q86", "Hospitals and clinics", 1,
		"hospital-porter:3,hospital-cleaner:3,care-assistant:2,kitchen-assistant:1,receptionist:1",
		[4]float64{0, 20, 40, 40}, 0.5,
		"Ospedale {P}|Clinica {W}|Poliambulatorio {W}|Casa di Cura {W}",
		"HR officer,facilities manager",
		"Porters and cleaning are contracted out in part; ask facilities.",
		"Rotating shifts across seven days."),
	sector("M69", "Legal and accounting offices", 3,
		"bookkeeping-clerk:3,office-assistant:3,receptionist:1,data-entry-clerk:1",
		[4]float64{60, 35, 5, 0}, 0.1,
		"Studio {S} & {S}|Studio Commercialista {S}|{S} Consulting|Studio Legale {S}",
		"partner,office manager",
		"Small office; busy before tax deadlines in spring.",
		"Partner prefers part-time help for filing."),
	sector("N82", "Office support services", 2,
		"data-entry-clerk:3,office-assistant:2,mail-clerk:2,receptionist:2",
		[4]float64{30, 45, 20, 5}, 0.3,
		"{W} Servizi|Centro Servizi {P}|{E} Office Services|Archivi {S}",
		"operations manager,HR officer",
		"Document scanning contracts come in batches.",
		"Quiet open-plan rooms; headphones allowed."),
	sector("N82.2", "Call centres", 1,
		"call-centre-agent:5,survey-interviewer:1,it-support:1",
		[4]float64{0, 30, 50, 20}, 0.4,
		"{W} Contact|Call Center {P}|{E} Connect|Teleservizi {W}",
		"team leader,HR officer",
		"Constant hiring; most contracts are part-time.",
		"Noisy floor; some remote positions after training."),
	sector("M73", "Market research and advertising", 1,
		"survey-interviewer:3,data-entry-clerk:2,office-assistant:1",
		[4]float64{40, 45, 15, 0}, 0.2,
		"{W} Ricerche|Istituto {S} Sondaggi|{E} Insight|Pubblicità {W}",
		"project manager,owner",
		"Survey work comes in waves around elections and product launches."),
	sector("C10", "Food manufacturing", 3,
		"food-production-worker:4,hand-packer:3,production-worker:2,baker:2,forklift-driver:1",
		[4]float64{25, 40, 30, 5}, 0.7,
		"Pastificio {S}|Salumificio {P}|Forno {W}|Caseificio {P}|{P} Foods|Dolciaria {W}",
		"production manager,HR officer,owner",
		"Hygiene course on the first day; they pay for it.",
		"Seasonal peaks before Christmas and Easter."),
	sector("C25", "Metal workshops", 3,
		"machine-operator:3,welder:2,assembly-worker:2,production-worker:2,warehouse-operative:1",
		[4]float64{30, 50, 18, 2}, 0.8,
		"Officina {S}|Meccanica {P}|Carpenteria {S}|{S} Metalli|Minuterie {W}",
		"owner,workshop foreman,office manager",
		"Owner trains on the job; wants reliability more than experience.",
		"Noisy workshop; ear defenders supplied."),
	sector("C13", "Textiles and clothing", 1,
		"sewing-machinist:4,hand-packer:2,production-worker:2",
		[4]float64{45, 45, 10, 0}, 0.5,
		"Maglificio {W}|Tessitura {P}|Sartoria {W}|Confezioni {S}",
		"owner,production manager",
		"Piecework orders for fashion brands; steady daytime hours."),
	sector("A01", "Agriculture", 2,
		"farm-worker:5,hand-packer:2,gardener:1",
		[4]float64{55, 35, 10, 0}, 0.95,
		"Azienda Agricola {S}|Podere {W}|Frutteti {P}|Cascina {W}|Cooperativa Agricola {P}",
		"owner,field supervisor",
		"Harvest from June to October; packing shed work through the winter.",
		"Needs own transport; no bus on that road."),
	sector("S96", "Personal services", 4,
		"laundry-worker:3,hairdresser-assistant:3,beauty-assistant:2,receptionist:1",
		[4]float64{80, 18, 2, 0}, 0.15,
		"Lavanderia {W}|Parrucchiera {F}|Salone {W}|Tintoria {S}|{E} Hair|Estetica {W}",
		"owner,salon manager",
		"Tiny team; the owner needs help on Fridays and Saturdays.",
		"Laundry takes hotel linen; steady ironing work."),
	sector("F43", "Construction and finishing", 3,
		"construction-labourer:4,painter-decorator:3,warehouse-operative:1",
		[4]float64{50, 40, 10, 0}, 0.6,
		"Edilizia {S}|Costruzioni {P}|Imbiancature {S}|{S} Restauri|Cantieri {W}",
		"site manager,owner",
		"Works on renovation sites around town; meets at the yard at 7.",
		"Safety course required, they organise it."),
	sector("R91", "Libraries, museums and culture", 1,
		"library-assistant:4,museum-attendant:3,receptionist:1,office-cleaner:1",
		[4]float64{20, 60, 20, 0}, 0.05,
		"Biblioteca {P}|Museo {W}|Teatro {W}|Centro Culturale {W}|Archivio Storico {P}",
		"director,coordinator",
		"Posts often run through cooperatives that manage the service.",
		"Quiet rooms; weekend openings need cover."),
	sector("G45", "Car repair and car wash", 2,
		"car-washer:4,car-mechanic-assistant:3,receptionist:1",
		[4]float64{65, 33, 2, 0}, 0.6,
		"Autolavaggio {W}|Autofficina {S}|Carrozzeria {S}|{E} Car Wash|Gommista {F}",
		"owner,workshop manager",
		"Car wash is busiest on Saturdays; part-time cover wanted.",
		"Owner happy to meet people who walk in."),
	sector("E38", "Waste and recycling", 1,
		"recycling-sorter:4,refuse-collector:3,lorry-driver:1,production-worker:1",
		[4]float64{0, 30, 50, 20}, 0.9,
		"{P} Ambiente|Ecologia {W}|Riciclo {P}|Servizi Ecologici {S}",
		"plant manager,HR officer",
		"Sorting plant runs two shifts; works with social cooperatives.",
		"Uses quota hires under Law 68/99."),
	sector("P85", "Schools", 2,
		"caretaker:3,canteen-assistant:3,teaching-assistant:2,office-assistant:1",
		[4]float64{5, 60, 35, 0}, 0.2,
		"Scuola {W}|Istituto {S}|Scuola dell'infanzia {W}|Liceo {S}|Scuola Primaria {P}",
		"head teacher,school administrator",
		"Canteen and cleaning run through the council's contractor; term time only.",
		"Caretakers work from 7:30; replacements needed in winter."),
	sector("J62", "Software and IT services", 2,
		"software-developer:4,it-support:3,data-entry-clerk:1,office-assistant:1",
		[4]float64{40, 45, 13, 2}, 0.2,
		"{W} Software|{E} Digital|{P} Informatica|{S} Sistemi|{W} Lab",
		"CTO,office manager,founder",
		"Small team, flexible hours, hybrid work after three months.",
		"Hires testers and helpdesk staff without degrees."),
	sector("K64", "Banking", 1,
		"bank-clerk:4,office-assistant:2,receptionist:1",
		[4]float64{0, 30, 40, 30}, 0.1,
		"Banca {P}|Cassa di Risparmio di {P}|Credito {W}|Banca Popolare di {P}",
		"branch manager,HR officer",
		"Hiring goes through head office online; the branch can recommend."),
	sector("N80", "Security services", 1,
		"security-guard:4,night-porter:1,receptionist:1",
		[4]float64{10, 40, 40, 10}, 0.4,
		"Vigilanza {W}|{E} Security|Servizi di Portierato {S}",
		"operations manager,HR officer",
		"Day porter posts in offices as well as night rounds."),
}

var sectorByCode = func() map[string]int {
	m := make(map[string]int, len(sectors))
	for i, s := range sectors {
		m[s.Code] = i
	}
	return m
}()

var sectorWeights = func() []float64 {
	w := make([]float64, len(sectors))
	for i, s := range sectors {
		w[i] = s.weight
	}
	return w
}()

// Sectors returns the catalogue, in a new slice.
func Sectors() []Sector { return append([]Sector(nil), sectors...) }

// LookupSector returns the catalogue entry with the given code.
func LookupSector(code string) (Sector, bool) {
	i, ok := sectorByCode[code]
	if !ok {
		return Sector{}, false
	}
	return sectors[i], true
}

// occupation draws one occupation the sector hires.
func (s Sector) occupation(r rng) Occupation { return mustOcc(s.Occupations[r.weighted(s.occW)]) }
