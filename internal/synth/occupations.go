package synth

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Occupation is one kind of work in the generator's catalogue: a kebab-case
// id, its ISCO-08 unit group, an English label and an Italian job title,
// with what the generator needs to write plausible postings and profiles.
type Occupation struct {
	Code    string // kebab-case id, e.g. "kitchen-porter"
	ISCO    string // ISCO-08 unit group, 4 digits
	Label   string // English label
	Italian string // Italian job title, e.g. "Lavapiatti"
	// Words are what a client might say when asking for this work, in
	// English and in Italian.
	Words, WordsIT []string
	// Skills are kebab-case skill ids a posting may ask for.
	Skills []string
	// Duty is one line on what the job involves, in English and Italian.
	Duty, DutyIT string

	shifts   shiftMix
	partTime float64 // share of postings that are part-time
	pay      float64 // typical hourly pay, EUR
	env      string  // social, noise, outdoor, physical as L, M or H
	driving  bool    // postings require a driving licence
}

// Ref returns the occupation as a record carries it.
func (o Occupation) Ref() employer.Occupation {
	return employer.Occupation{Code: o.Code, ISCO: o.ISCO, Label: o.Label}
}

// occ builds a catalogue entry; lists are comma-separated. The columns are:
// id, ISCO, English, Italian, shift mix, part-time share, hourly pay,
// environment (social, noise, outdoor, physical), skills, client words in
// English, client words in Italian, duty in English, duty in Italian.
func occ(code, isco, en, it string, sh shiftMix, pt, pay float64, env, skills, words, wordsIT, duty, dutyIT string) Occupation {
	return Occupation{Code: code, ISCO: isco, Label: en, Italian: it,
		Words: split(words), WordsIT: split(wordsIT), Skills: split(skills),
		Duty: duty, DutyIT: dutyIT, shifts: sh, partTime: pt, pay: pay, env: env}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func driver(o Occupation) Occupation { o.driving = true; return o }

var occupations = []Occupation{
	// Food and drink.
	occ("kitchen-porter", "9412", "Kitchen porter", "Lavapiatti", mixHospitality, 0.5, 8.8, "MHLH",
		"wash-dishes,food-hygiene,teamwork", "kitchen work,washing up,dishwasher", "lavoro in cucina,lavapiatti,lavaggio stoviglie",
		"washing dishes and pans, keeping the kitchen clean and helping put deliveries away",
		"lavaggio di piatti e pentole, pulizia della cucina e aiuto nel sistemare la merce"),
	occ("kitchen-assistant", "9412", "Kitchen assistant", "Aiuto cuoco", mixHospitality, 0.5, 9.2, "MHLH",
		"prepare-ingredients,food-hygiene,teamwork", "kitchen work,food preparation,cooking", "aiuto cuoco,lavoro in cucina,cucina",
		"preparing vegetables and simple dishes and helping the cook during service",
		"preparazione di verdure e piatti semplici, supporto al cuoco durante il servizio"),
	occ("cook", "5120", "Cook", "Cuoco/a", mixHospitality, 0.3, 11, "MHLH",
		"cook-meals,food-hygiene,follow-recipes", "cook,cooking,chef", "cuoco,cuoca,cucinare",
		"cooking lunch and dinner from a set menu and keeping the kitchen in order",
		"preparazione di pranzi e cene secondo il menù e cura della cucina"),
	occ("pizza-maker", "5120", "Pizza maker", "Pizzaiolo/a", mixEvening, 0.4, 10.5, "MHLH",
		"cook-meals,make-dough,food-hygiene", "pizza,pizza maker", "pizzaiolo,pizzeria,forno a legna",
		"making dough and pizzas for the evening service", "preparazione di impasti e pizze per il servizio serale"),
	occ("waiter", "5131", "Waiter", "Cameriere/a di sala", mixHospitality, 0.55, 9.3, "HMLH",
		"customer-service,take-orders,handle-cash", "waiter,waitress,serving tables", "cameriere,cameriera,servizio ai tavoli",
		"serving tables, taking orders and laying and clearing the room",
		"servizio ai tavoli, presa delle comande, preparazione e riordino della sala"),
	occ("bartender", "5132", "Bartender", "Barista", mixHospitality, 0.55, 9.2, "HMLM",
		"make-coffee,customer-service,handle-cash", "bar work,barista,making coffee", "barista,bar,banco bar",
		"making coffees and drinks at the counter and keeping the bar tidy",
		"preparazione di caffè e bevande al banco e pulizia del bar"),
	occ("fast-food-worker", "9411", "Fast food crew member", "Addetto/a fast food", mixEvening, 0.65, 8.7, "HHLH",
		"food-hygiene,customer-service,teamwork", "fast food,burger restaurant", "fast food,ristorazione veloce",
		"preparing orders, serving at the counter and cleaning the dining area",
		"preparazione ordini, servizio al banco e pulizia della sala"),
	occ("canteen-assistant", "5246", "Canteen assistant", "Addetto/a mensa", mixDay, 0.75, 9, "MMLM",
		"food-hygiene,serve-customers,teamwork", "canteen,school canteen,serving food", "mensa,addetto mensa,scodellamento",
		"setting up the canteen, serving meals and washing up afterwards",
		"allestimento della mensa, distribuzione dei pasti e riordino"),
	// Shops.
	occ("sales-assistant", "5223", "Shop assistant", "Commesso/a", mixRetail, 0.5, 9, "HLLM",
		"customer-service,handle-cash,display-goods", "shop assistant,shop work,retail,sales", "commesso,commessa,negozio,vendita",
		"helping customers, restocking shelves and working the till",
		"assistenza ai clienti, rifornimento degli scaffali e cassa"),
	occ("cashier", "5230", "Cashier", "Cassiere/a", mixRetail, 0.6, 8.9, "HMLL",
		"handle-cash,customer-service", "cashier,till work,checkout", "cassiere,cassiera,cassa",
		"working the checkout and helping customers with returns",
		"gestione della cassa e assistenza ai clienti per resi"),
	occ("shelf-stacker", "9334", "Shelf stacker", "Addetto/a scaffali", mixRetail, 0.55, 8.8, "LLLH",
		"rotate-stock,lift-safely", "shelf stacking,supermarket,stocking shelves", "scaffalista,rifornimento scaffali,supermercato",
		"unpacking deliveries, filling shelves and checking sell-by dates",
		"scarico merce, rifornimento scaffali e controllo delle scadenze"),
	occ("baker", "7512", "Baker", "Panettiere/a", mixEarly, 0.3, 10, "LMLH",
		"use-oven,food-hygiene,make-dough", "bakery,baking,bread", "panetteria,forno,panettiere",
		"baking bread and pastries before the shop opens", "produzione di pane e dolci prima dell'apertura del negozio"),
	occ("butcher-assistant", "7511", "Butcher's assistant", "Aiuto macellaio/a", mixRetail, 0.3, 9.5, "MMLH",
		"cut-meat,food-hygiene,customer-service", "butcher,meat counter", "macelleria,banco carne",
		"serving at the meat counter and preparing cuts", "servizio al banco carni e preparazione dei tagli"),
	// Warehouses and transport.
	occ("warehouse-operative", "9333", "Warehouse operative", "Magazziniere/a", mixLogistics, 0.2, 9.6, "LHLH",
		"lift-safely,rotate-stock,use-scanner", "warehouse,warehouse work,loading", "magazzino,magazziniere,carico e scarico",
		"loading and unloading lorries, storing goods and preparing shipments",
		"carico e scarico camion, stoccaggio merci e preparazione spedizioni"),
	occ("picker-packer", "9321", "Order picker", "Addetto/a picking", mixLogistics, 0.3, 9.4, "LHLH",
		"use-scanner,lift-safely", "picking,packing,warehouse", "picking,preparazione ordini,magazzino",
		"picking orders with a handheld scanner and packing them for dispatch",
		"prelievo ordini con palmare e imballaggio per la spedizione"),
	occ("forklift-driver", "8344", "Forklift driver", "Carrellista", mixLogistics, 0.1, 10.5, "LHLM",
		"operate-forklift,lift-safely", "forklift,forklift driver", "carrellista,muletto,carrello elevatore",
		"moving pallets with a forklift and keeping the racks in order",
		"movimentazione bancali con carrello elevatore e riordino delle scaffalature"),
	occ("stock-clerk", "4321", "Stock clerk", "Addetto/a inventario", mixDay, 0.3, 10, "LMLM",
		"inventory-count,office-software", "stock control,inventory", "inventario,gestione scorte",
		"checking goods in and out and keeping stock records up to date",
		"controllo entrate e uscite merce e aggiornamento delle giacenze"),
	occ("hand-packer", "9321", "Packer", "Confezionatore/trice", mixIndustry, 0.4, 8.9, "LMLM",
		"pack-goods,lift-safely,inspect-quality", "packing,packaging", "confezionamento,imballaggio",
		"packing products by hand and checking labels", "confezionamento manuale dei prodotti e controllo etichette"),
	driver(occ("delivery-driver", "8322", "Delivery driver", "Autista consegne", mixDay, 0.3, 10, "MLMM",
		"drive-car,plan-route,customer-service", "driving,delivery driver,van driver", "autista,consegne,guidare il furgone",
		"delivering parcels around town with a company van", "consegna pacchi in città con furgone aziendale")),
	driver(occ("lorry-driver", "8332", "Lorry driver", "Autista camion", mixLogistics, 0.05, 12, "LMMM",
		"drive-truck,plan-route", "lorry driver,truck driver", "camionista,autista patente c",
		"driving a rigid lorry on regional routes", "guida di camion su tratte regionali")),
	driver(occ("bus-driver", "8331", "Bus driver", "Autista autobus", mixShifts, 0.15, 12, "HMLL",
		"drive-truck,customer-service", "bus driver", "autista autobus,autista di linea",
		"driving town and school bus routes", "guida di linee urbane e scolastiche")),
	occ("courier", "9621", "Bike courier", "Fattorino/a in bici", mixEvening, 0.7, 9, "MLHH",
		"ride-bicycle,plan-route", "courier,delivering,cycling", "fattorino,rider,consegne in bici",
		"delivering meals and parcels by bike in the centre", "consegna di pasti e pacchi in bicicletta in centro"),
	// Cleaning and laundry.
	occ("office-cleaner", "9112", "Office cleaner", "Addetto/a pulizie uffici", mixCleaning, 0.75, 8.8, "LLLH",
		"clean-floors,cleaning-chemicals", "cleaning,cleaner,office cleaning", "pulizie,addetta pulizie,pulizia uffici",
		"cleaning offices and common areas before or after opening hours",
		"pulizia di uffici e aree comuni prima o dopo l'orario di apertura"),
	occ("hospital-cleaner", "9112", "Hospital cleaner", "Addetto/a pulizie ospedaliere", mixCare, 0.5, 9, "MLLH",
		"clean-floors,clean-sanitary,cleaning-chemicals", "cleaning,hospital cleaning", "pulizie,pulizie ospedaliere,sanificazione",
		"cleaning wards and corridors to hygiene standards", "pulizia e sanificazione di reparti e corridoi"),
	occ("room-attendant", "9112", "Room attendant", "Cameriere/a ai piani", mixWeekendDay, 0.55, 8.8, "LLLH",
		"clean-floors,make-beds", "hotel cleaning,housekeeping,room attendant", "cameriera ai piani,pulizia camere,rifacimento letti",
		"cleaning and making up guest rooms", "pulizia e riassetto delle camere"),
	occ("domestic-cleaner", "9111", "Domestic cleaner", "Collaboratore/trice domestico/a", mixDay, 0.8, 9, "LLLH",
		"clean-floors,ironing", "house cleaning,domestic work", "colf,pulizie domestiche,pulizie di casa",
		"cleaning private homes on a weekly rota", "pulizie in abitazioni private a rotazione settimanale"),
	occ("laundry-worker", "9121", "Laundry worker", "Addetto/a lavanderia", mixDay, 0.55, 8.7, "LMLM",
		"ironing,laundry-machines", "laundry,ironing", "lavanderia,stiro,stireria",
		"washing, ironing and folding linen", "lavaggio, stiratura e piegatura della biancheria"),
	// Care.
	occ("care-assistant", "5321", "Care assistant", "Operatore/trice socio-sanitario/a (OSS)", mixCare, 0.35, 10, "HLLH",
		"personal-care,first-aid,keep-company", "care work,caring,elderly care", "assistenza anziani,oss,lavoro di cura",
		"helping residents with washing, meals and getting about", "assistenza agli ospiti nell'igiene, nei pasti e negli spostamenti"),
	occ("home-care-worker", "5322", "Home care worker", "Assistente domiciliare", mixDay, 0.6, 9.8, "HLMM",
		"personal-care,keep-company,punctuality", "home care,helping older people", "assistenza domiciliare,badante,aiuto a domicilio",
		"visiting older people at home to help with shopping, meals and housework",
		"visite a domicilio ad anziani per spesa, pasti e faccende"),
	occ("support-worker", "5322", "Community support worker", "Operatore/trice sociale", mixDay, 0.5, 11, "HLLL",
		"communicate,keep-company,record-keeping", "social work,support worker,helping people", "operatore sociale,educatore,lavoro nel sociale",
		"supporting adults in daily activities in the community", "supporto ad adulti nelle attività quotidiane sul territorio"),
	occ("hospital-porter", "5329", "Hospital porter", "Ausiliario/a ospedaliero/a", mixCare, 0.3, 10, "MMLH",
		"lift-safely,clean-sanitary", "porter,hospital porter,hospital", "portantino,ausiliario,ospedale",
		"moving beds, wheelchairs and supplies between wards", "trasporto di letti, carrozzine e materiali tra i reparti"),
	// Offices.
	occ("office-assistant", "4110", "Office clerk", "Impiegato/a d'ufficio", mixOffice, 0.3, 10.5, "MLLL",
		"file-documents,office-software,answer-phone", "office work,admin,filing", "ufficio,impiegato,segreteria",
		"filing, answering the phone and keeping records", "archiviazione, centralino e tenuta dei registri"),
	occ("receptionist", "4226", "Receptionist", "Receptionist", mixOffice, 0.5, 9.8, "HLLL",
		"customer-service,answer-phone,office-software", "reception,front desk", "reception,accoglienza,front office",
		"welcoming visitors, answering calls and booking appointments", "accoglienza visitatori, risposta al telefono e gestione appuntamenti"),
	occ("data-entry-clerk", "4132", "Data entry clerk", "Operatore/trice data entry", mixOffice, 0.45, 9.5, "LLLL",
		"data-entry,office-software,attention-to-detail", "data entry,typing,computer work", "inserimento dati,data entry,lavoro al computer",
		"entering orders and documents into the company system", "inserimento di ordini e documenti nel gestionale"),
	occ("call-centre-agent", "4222", "Call centre operator", "Operatore/trice call center", mixCallCentre, 0.6, 9.2, "HMLL",
		"customer-service,answer-phone,data-entry", "call centre,phone work,customer service", "call center,telefonista,servizio clienti",
		"answering customer calls and logging requests", "gestione delle chiamate dei clienti e registrazione delle richieste"),
	occ("survey-interviewer", "4227", "Survey interviewer", "Intervistatore/trice telefonico/a", mixCallCentre, 0.8, 9, "HLLL",
		"answer-phone,data-entry", "surveys,phone interviews", "sondaggi,interviste telefoniche",
		"carrying out telephone surveys from a script", "interviste telefoniche con questionario"),
	occ("bank-clerk", "4211", "Bank clerk", "Impiegato/a di sportello", mixOffice, 0.15, 13, "HLLL",
		"handle-cash,customer-service,attention-to-detail", "bank,bank counter", "banca,sportello bancario",
		"serving customers at the counter and handling payments", "servizio clienti allo sportello e gestione dei pagamenti"),
	occ("mail-clerk", "4412", "Mail room clerk", "Addetto/a posta interna", mixOffice, 0.5, 9.3, "LLLM",
		"sort-mail,attention-to-detail", "post room,sorting mail", "smistamento posta,posta interna",
		"sorting and delivering internal mail and parcels", "smistamento e consegna di posta e pacchi interni"),
	occ("bookkeeping-clerk", "4311", "Accounts assistant", "Addetto/a contabilità", mixOffice, 0.3, 11.5, "LLLL",
		"record-keeping,office-software", "bookkeeping,accounts", "contabilità,prima nota",
		"recording invoices and payments and reconciling accounts", "registrazione di fatture e pagamenti e riconciliazioni"),
	occ("hotel-receptionist", "4224", "Hotel receptionist", "Receptionist d'albergo", mixShifts, 0.35, 10, "HLLL",
		"customer-service,office-software,foreign-language", "hotel reception,front desk", "reception hotel,accoglienza ospiti",
		"checking guests in and out and handling bookings", "check-in e check-out degli ospiti e gestione prenotazioni"),
	occ("night-porter", "9629", "Night porter", "Portiere/a di notte", mixNight, 0.3, 9.8, "LLLL",
		"customer-service,patrol-premises", "night porter,night work", "portiere di notte,portineria",
		"looking after the front desk and the building overnight", "presidio della reception e della struttura durante la notte"),
	occ("software-developer", "2512", "Software developer", "Sviluppatore/trice software", mixOffice, 0.1, 16, "LLLL",
		"programming,sql,version-control", "programming,software,coding", "programmazione,sviluppo software,programmatore",
		"writing and testing web applications in a small team", "sviluppo e test di applicazioni web in un piccolo team"),
	occ("it-support", "3512", "IT support technician", "Tecnico/a assistenza informatica", mixOffice, 0.2, 12, "MLLL",
		"troubleshoot-computers,customer-service,install-software", "it support,computers,helpdesk", "assistenza informatica,tecnico pc,helpdesk",
		"setting up computers and helping staff with IT problems", "installazione di computer e assistenza al personale"),
	// Making things.
	occ("food-production-worker", "8160", "Food production operative", "Operaio/a alimentare", mixIndustry, 0.2, 9.8, "LHLH",
		"food-hygiene,operate-machinery,inspect-quality", "factory,food production,production line", "fabbrica,produzione alimentare,operaio linea",
		"running and feeding a food production line", "conduzione e alimentazione di una linea di produzione alimentare"),
	occ("machine-operator", "8189", "Machine tool operator", "Operatore/trice macchine utensili", mixIndustry, 0.05, 11, "LHLM",
		"operate-machinery,read-plans,inspect-quality", "machine operator,cnc,metalwork", "operatore cnc,tornio,officina meccanica",
		"setting and running CNC lathes and mills", "attrezzaggio e conduzione di torni e frese CNC"),
	occ("welder", "7212", "Welder", "Saldatore/trice", mixIndustry, 0.05, 12, "LHLH",
		"welding,read-plans", "welding,welder", "saldatura,saldatore,carpenteria",
		"MIG and TIG welding of steel frames", "saldatura a filo e TIG di strutture in acciaio"),
	occ("assembly-worker", "8219", "Assembly worker", "Assemblatore/trice", mixIndustry, 0.2, 9.6, "LMLM",
		"assemble-parts,hand-tools,inspect-quality", "assembly,factory work", "assemblaggio,montaggio",
		"assembling components at a bench", "assemblaggio di componenti al banco"),
	occ("production-worker", "9329", "Production labourer", "Operaio/a generico/a", mixIndustry, 0.25, 9.2, "LHLH",
		"lift-safely,teamwork", "factory work,labouring", "operaio generico,produzione,fabbrica",
		"helping on the production floor, moving materials and cleaning machines",
		"supporto in produzione, movimentazione materiali e pulizia macchinari"),
	occ("sewing-machinist", "8153", "Sewing machinist", "Cucitore/trice", mixDay, 0.35, 9.2, "LMLL",
		"sewing,attention-to-detail", "sewing,tailoring", "cucito,sartoria,macchina da cucire",
		"sewing garments on industrial machines", "cucitura di capi con macchine industriali"),
	// Outdoors.
	occ("farm-worker", "9213", "Farm worker", "Bracciante agricolo/a", mixOutdoor, 0.3, 8.7, "LLHH",
		"lift-safely,harvest-crops", "farm work,fruit picking,outdoors", "agricoltura,raccolta frutta,lavoro in campagna",
		"picking and sorting fruit and vegetables", "raccolta e cernita di frutta e verdura"),
	occ("gardener", "6113", "Gardener", "Giardiniere/a", mixOutdoor, 0.25, 10, "LMHH",
		"plant-care,hand-tools", "gardening,gardener,parks", "giardinaggio,giardiniere,cura del verde",
		"planting, pruning and mowing in parks and gardens", "piantumazione, potatura e sfalcio in parchi e giardini"),
	occ("groundskeeper", "9214", "Grounds maintenance worker", "Manutentore/trice del verde", mixOutdoor, 0.35, 9, "LHHH",
		"plant-care,hand-tools", "grounds maintenance,outdoor work", "manutenzione del verde,lavoro all'aperto",
		"mowing, raking and clearing green areas", "sfalcio, rastrellatura e pulizia delle aree verdi"),
	occ("construction-labourer", "9313", "Construction labourer", "Manovale edile", mixOutdoor, 0.1, 10, "LHHH",
		"lift-safely,safety-rules", "building site,construction,labouring", "edilizia,cantiere,manovale",
		"carrying materials, mixing mortar and keeping the site clean",
		"trasporto materiali, preparazione malta e pulizia del cantiere"),
	occ("painter-decorator", "7131", "Painter and decorator", "Imbianchino/a", mixDay, 0.15, 11, "LMLH",
		"paint-surfaces,hand-tools", "painting,decorating", "imbianchino,tinteggiatura,pittura",
		"preparing and painting walls in homes and offices", "preparazione e tinteggiatura di pareti in case e uffici"),
	occ("car-washer", "9122", "Car wash attendant", "Addetto/a autolavaggio", mixWeekendDay, 0.5, 8.7, "LHHH",
		"wash-vehicles,customer-service", "car wash,cleaning cars", "autolavaggio,lavaggio auto",
		"washing and valeting cars inside and out", "lavaggio e pulizia interna ed esterna delle auto"),
	occ("car-mechanic-assistant", "7231", "Car mechanic", "Meccanico/a auto", mixDay, 0.1, 11, "LHLH",
		"vehicle-repair,hand-tools", "mechanic,cars,car repairs", "meccanico,officina auto,riparazioni",
		"servicing and repairing cars", "tagliandi e riparazioni di automobili"),
	occ("recycling-sorter", "9612", "Recycling sorter", "Addetto/a selezione rifiuti", mixIndustry, 0.3, 9.2, "LHLH",
		"waste-sorting,lift-safely", "recycling,sorting", "riciclo,raccolta differenziata,selezione rifiuti",
		"sorting recyclables on a conveyor", "selezione dei materiali riciclabili su nastro"),
	occ("refuse-collector", "9611", "Refuse collector", "Operatore/trice ecologico/a", mixEarly, 0.15, 10, "LHHH",
		"lift-safely,safety-rules", "bin collection,refuse", "raccolta rifiuti,netturbino,operatore ecologico",
		"emptying bins on early-morning rounds", "svuotamento cassonetti nei giri del primo mattino"),
	// People and culture.
	occ("hairdresser-assistant", "5141", "Hairdresser", "Parrucchiere/a", mixRetail, 0.4, 9.5, "HMLM",
		"wash-hair,customer-service", "hairdressing,hair", "parrucchiere,acconciature,salone",
		"washing, cutting and styling hair", "lavaggio, taglio e piega"),
	occ("beauty-assistant", "5142", "Beautician", "Estetista", mixRetail, 0.45, 9.5, "HLLL",
		"attention-to-detail,customer-service", "beauty,beautician", "estetista,centro estetico",
		"giving beauty treatments and booking clients", "trattamenti estetici e gestione appuntamenti"),
	occ("library-assistant", "4411", "Library assistant", "Assistente di biblioteca", mixOffice, 0.6, 10, "MLLL",
		"shelve-books,customer-service", "library,books", "biblioteca,libri,prestito",
		"lending books, shelving and helping readers", "prestito libri, ricollocazione e assistenza agli utenti"),
	occ("museum-attendant", "9629", "Museum attendant", "Custode di museo", mixWeekendDay, 0.6, 9.2, "MLLL",
		"customer-service,patrol-premises", "museum,gallery attendant", "museo,custode,sorveglianza sale",
		"watching over the rooms and helping visitors", "sorveglianza delle sale e assistenza ai visitatori"),
	occ("caretaker", "5153", "School caretaker", "Collaboratore/trice scolastico/a", mixDay, 0.4, 9.4, "MMLM",
		"clean-floors,small-repairs", "caretaker,school", "bidello,scuola,collaboratore scolastico",
		"opening the building, cleaning classrooms and keeping an eye on the corridors",
		"apertura dell'edificio, pulizia delle aule e sorveglianza dei corridoi"),
	occ("teaching-assistant", "5312", "Teaching assistant", "Assistente educativo/a", mixDay, 0.7, 10, "HMLL",
		"supervise-children,keep-company", "school,children,teaching assistant", "assistente educativo,bambini,scuola",
		"supporting pupils in class and at lunch", "supporto agli alunni in classe e in mensa"),
	occ("security-guard", "5414", "Security officer", "Addetto/a alla vigilanza", mixShifts, 0.2, 9.5, "MLLM",
		"patrol-premises,customer-service", "security,guard", "vigilanza,portierato,sicurezza",
		"checking entrances and patrolling the premises", "controllo accessi e giri di ispezione"),
}

var occByCode = func() map[string]int {
	m := make(map[string]int, len(occupations))
	for i, o := range occupations {
		m[o.Code] = i
	}
	return m
}()

// Occupations returns the catalogue, in a new slice.
func Occupations() []Occupation { return append([]Occupation(nil), occupations...) }

// LookupOccupation returns the catalogue entry with the given id.
func LookupOccupation(code string) (Occupation, bool) {
	i, ok := occByCode[code]
	if !ok {
		return Occupation{}, false
	}
	return occupations[i], true
}

// mustOcc is for the generator's own tables, whose ids are checked by tests.
func mustOcc(code string) Occupation {
	o, _ := LookupOccupation(code)
	return o
}
