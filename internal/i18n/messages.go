package i18n

// text is one message: the English format string, which is also its key,
// and its Italian, Spanish and Danish translations. They are written as
// specialists say it, not word by word: a client is "utente" in Italian
// services, "usuario" in Mexican ones and "borger" in Danish
// municipalities; the specialist is the "operatore IPS", the "especialista
// de empleo", the "IPS-konsulent".
type text struct{ en, it, es, da string }

func (m text) in() [4]string { return [4]string{m.en, m.it, m.es, m.da} }

// messages are the catalogue's plain messages. Keep each placeholder in
// every translation (the completeness test checks).
var messages = []text{
	// match
	{"Vacancies for client %s on %s", "Offerte di lavoro per l'utente %s al %s", "Vacantes para el usuario %s al %s", "Ledige stillinger til borger %s pr. %s"},
	{"  %q (%s) read as: %s", "  %q (%s) inteso come: %s", "  %q (%s) entendido como: %s", "  %q (%s) forstået som: %s"},
	{"#", "#", "#", "#"},
	{"score", "punteggio", "puntaje", "score"},
	{"vacancy", "offerta", "vacante", "stilling"},
	{"id", "id", "id", "id"},
	{"employer", "datore di lavoro", "empleador", "arbejdsgiver"},
	{"distance", "distanza", "distancia", "afstand"},
	{"action", "chi si attiva", "quién actúa", "hvem handler"},
	{"(job board)", "(portale annunci)", "(bolsa de trabajo)", "(jobportal)"},
	{"unknown", "sconosciuta", "desconocida", "ukendt"},
	{"%.1f km, %d min", "%.1f km, %d min", "%.1f km, %d min", "%.1f km, %d min"},
	{"%.1f km", "%.1f km", "%.1f km", "%.1f km"},
	{"specialist may advocate", "l'operatore può proporre", "el especialista puede abogar", "konsulenten må gå i forbøn"},
	{"specialist may introduce", "l'operatore può presentare", "el especialista puede presentar", "konsulenten må introducere"},
	{"client applies on own", "l'utente si candida da sé", "el usuario se postula solo", "borgeren søger selv"},
	{"none", "nessuna", "ninguna", "ingen"},
	// leads
	{"Employer leads for client %s on %s", "Datori di lavoro da contattare per l'utente %s al %s", "Empleadores a contactar para el usuario %s al %s", "Arbejdsgivere at kontakte for borger %s pr. %s"},
	{"  rapid search: %s", "  ricerca rapida: %s", "  búsqueda rápida: %s", "  hurtig jobsøgning: %s"},
	{"action: %s", "chi si attiva: %s", "quién actúa: %s", "hvem handler: %s"},
	{"sector", "settore", "sector", "branche"},
	{"stage", "fase del rapporto", "etapa", "relation"},
	{"open", "offerte", "vacantes", "ledige"},
	{"   follow-up: %s", "   ricontatto: %s", "   seguimiento: %s", "   opfølgning: %s"},
	{"left out: %s", "escluse: %s", "descartadas: %s", "fravalgt: %s"},
	// plan
	{"purpose", "scopo", "propósito", "formål"},
	{"clients served: %s", "utenti per cui è utile: %s", "usuarios a quienes sirve: %s", "borgere, besøget hjælper: %s"},
	{"present for", "da presentare", "presentar a", "præsentere"},
	{"follow-up due", "ricontatto entro", "seguimiento para", "opfølgning senest"},
	{"+%d on their own", "+%d in autonomia", "+%d por su cuenta", "+%d på egen hånd"},
	{"introduce", "presentarsi", "presentarse", "præsentere sig"},
	{"learn the business", "conoscere l'azienda", "conocer la empresa", "lære virksomheden at kende"},
	{"thank you", "ringraziare", "agradecer", "takke"},
	{"present a candidate", "presentare un candidato", "presentar a un candidato", "præsentere en kandidat"},
	{"interview", "colloquio", "entrevista", "jobsamtale"},
	{"follow-along", "sostegno sul lavoro", "apoyo en el empleo", "støtte i job"},
	{"Follow-along after job starts (weekly the first month, then monthly, for as long as the client wants):", "Sostegno dopo l'inserimento lavorativo (settimanale il primo mese, poi mensile, finché l'utente lo desidera):", "Apoyo después del inicio en el empleo (semanal el primer mes, luego mensual, mientras el usuario lo quiera):", "Støtte efter jobstart (ugentligt den første måned, derefter månedligt, så længe borgeren ønsker det):"},
	{"none due", "nessuno in scadenza", "ninguno pendiente", "ingen forfaldne"},
	{"Job endings in the last 30 days:", "Lavori conclusi negli ultimi 30 giorni:", "Empleos terminados en los últimos 30 días:", "Job, der er ophørt inden for de sidste 30 dage:"},
	// report
	{"whole team", "tutta l'équipe", "el equipo entero", "hele teamet"},
	{"Fidelity and outcomes, %s to %s (%.1f weeks), %s", "Fedeltà al modello ed esiti, dal %s al %s (%.1f settimane), %s", "Fidelidad y resultados, del %s al %s (%.1f semanas), %s", "Modeltroskab og resultater, %s til %s (%.1f uger), %s"},
	{"specialist", "operatore IPS", "especialista", "IPS-konsulent"},
	{"caseload (max %d)", "utenti in carico (max %d)", "casos (máx. %d)", "borgere (højst %d)"},
	{"face-to-face", "incontri di persona", "en persona", "personlige møder"},
	{"per week (target %d)", "a settimana (obiettivo %d)", "por semana (meta %d)", "om ugen (mål %d)"},
	{" ! over", " ! oltre", " ! por encima", " ! over"},
	{" ! below", " ! sotto", " ! por debajo", " ! under"},
	{"mean face-to-face employer contacts a week: %.1f (target %d)", "media settimanale di incontri di persona con datori di lavoro: %.1f (obiettivo %d)", "promedio semanal de contactos en persona con empleadores: %.1f (meta %d)", "gennemsnitlige personlige arbejdsgiverkontakter om ugen: %.1f (mål %d)"},
	{"Rapid job search (first face-to-face employer contact after enrolment)", "Ricerca rapida del lavoro (primo incontro di persona con un datore di lavoro dopo la presa in carico)", "Búsqueda rápida de empleo (primer contacto en persona con un empleador tras el ingreso)", "Hurtig jobsøgning (første personlige arbejdsgiverkontakt efter indskrivning)"},
	{"  clients enrolled by %s: %d; with a first contact: %d", "  utenti presi in carico entro il %s: %d; con un primo contatto: %d", "  usuarios ingresados al %s: %d; con un primer contacto: %d", "  borgere indskrevet pr. %s: %d; med en første kontakt: %d"},
	{"  median days to first contact: %d; within 30 days: %d of %d", "  giorni mediani al primo contatto: %d; entro 30 giorni: %d su %d", "  mediana de días al primer contacto: %d; en 30 días o menos: %d de %d", "  median antal dage til første kontakt: %d; inden for 30 dage: %d af %d"},
	{"  past day 30 with no contact: %s", "  oltre il trentesimo giorno senza contatti: %s", "  más de 30 días sin contacto: %s", "  over 30 dage uden kontakt: %s"},
	{"  diversity: %s, %s", "  varietà: %s, %s", "  diversidad: %s, %s", "  spredning: %s, %s"},
	{"Outcomes", "Esiti", "Resultados", "Resultater"},
	{"  job starts in the period: %d", "  inserimenti lavorativi nel periodo: %d", "  inicios de empleo en el periodo: %d", "  jobstarter i perioden: %d"},
	{"  working on %s: %d of %d clients (%.0f%%)", "  al lavoro al %s: %d utenti su %d (%.0f%%)", "  trabajando al %s: %d de %d usuarios (%.0f%%)", "  i job pr. %s: %d af %d borgere (%.0f%%)"},
	{"  90-day retention: %d of %d starts that can be judged (%.0f%%)", "  tenuta a 90 giorni: %d su %d inserimenti valutabili (%.0f%%)", "  permanencia a 90 días: %d de %d inicios evaluables (%.0f%%)", "  fastholdelse efter 90 dage: %d af %d jobstarter, der kan vurderes (%.0f%%)"},
	{"  90-day retention: no start in the period can be judged yet", "  tenuta a 90 giorni: nessun inserimento del periodo è ancora valutabile", "  permanencia a 90 días: ningún inicio del periodo puede evaluarse todavía", "  fastholdelse efter 90 dage: ingen jobstart i perioden kan vurderes endnu"},
	{"  median tenure of the period's starts: %d days", "  durata mediana degli inserimenti del periodo: %d giorni", "  duración mediana de los empleos iniciados en el periodo: %d días", "  median varighed af periodens jobstarter: %d dage"},
	// help
	{"Commands:", "Comandi:", "Comandos:", "Kommandoer:"},
	{"Flags:", "Opzioni:", "Opciones:", "Flag:"},
	{"Examples:", "Esempi:", "Ejemplos:", "Eksempler:"},
	{"usage: ipsmatch %s", "uso: ipsmatch %s", "uso: ipsmatch %s", "brug: ipsmatch %s"},
	{"ipsmatch: job search and job development for IPS employment specialists", "ipsmatch: ricerca del lavoro e sviluppo dei contatti con i datori di lavoro per gli operatori IPS", "ipsmatch: búsqueda de empleo y desarrollo de empleadores para especialistas de empleo IPS", "ipsmatch: jobsøgning og virksomhedskontakt for IPS-konsulenter"},
	{"rank open vacancies for one client, with the reasons for each", "ordina le offerte aperte per un utente, con le ragioni di ciascuna", "ordena las vacantes abiertas para un usuario, con las razones de cada una", "rangordner ledige stillinger til én borger, med begrundelsen for hver"},
	{"rank employers to approach for one client, with or without an open vacancy", "ordina i datori di lavoro da contattare per un utente, con o senza un'offerta aperta", "ordena los empleadores a contactar para un usuario, tengan o no una vacante abierta", "rangordner arbejdsgivere at kontakte for én borger, med eller uden ledig stilling"},
	{"plan a specialist's job-development visits for the week", "pianifica le visite alle aziende di un operatore IPS per la settimana", "planifica las visitas a empleadores de un especialista para la semana", "planlægger en IPS-konsulents virksomhedsbesøg for ugen"},
	{"fidelity and outcome figures for the team or one specialist", "indicatori di fedeltà al modello ed esiti per l'équipe o un operatore", "indicadores de fidelidad y resultados del equipo o de un especialista", "tal for modeltroskab og resultater for teamet eller én konsulent"},
	{"client profile file, or a client id (demo or the data folder's clients/)", "file del profilo dell'utente, o l'id di un utente (demo o la cartella clients/ dei dati)", "archivo del perfil del usuario, o el id de un usuario (demo o la carpeta clients/ de los datos)", "fil med borgerens profil, eller en borgers id (demo eller datamappens clients/)"},
	{"With no --data or --index, commands run on the built-in demo town of Valmora.", "Senza --data né --index, i comandi usano la città dimostrativa di Valmora.", "Sin --data ni --index, los comandos usan el pueblo de demostración de Valmora.", "Uden --data eller --index kører kommandoerne på demobyen Valmora."},
	{"Run 'ipsmatch help COMMAND' or 'ipsmatch COMMAND --help' for a command's flags.", "Usa 'ipsmatch help COMANDO' o 'ipsmatch COMANDO --help' per le opzioni di un comando.", "Use 'ipsmatch help COMANDO' o 'ipsmatch COMANDO --help' para ver las opciones de un comando.", "Brug 'ipsmatch help KOMMANDO' eller 'ipsmatch KOMMANDO --help' for en kommandos flag."},
	{"folder with employers.jsonl and vacancies.jsonl (and optionally specialists.jsonl, contacts.jsonl, placements.jsonl, clients/*.json)", "cartella con employers.jsonl e vacancies.jsonl (e, se ci sono, specialists.jsonl, contacts.jsonl, placements.jsonl, clients/*.json)", "carpeta con employers.jsonl y vacancies.jsonl (y, si existen, specialists.jsonl, contacts.jsonl, placements.jsonl, clients/*.json)", "mappe med employers.jsonl og vacancies.jsonl (og eventuelt specialists.jsonl, contacts.jsonl, placements.jsonl, clients/*.json)"},
	{"persistent index folder built with 'ipsmatch index'", "cartella dell'indice creata con 'ipsmatch index'", "carpeta del índice creada con 'ipsmatch index'", "indeksmappe bygget med 'ipsmatch index'"},
	{"pin today's date, YYYY-MM-DD (default: the current date; on the demo town 2026-11-23)", "fissa la data di oggi, AAAA-MM-GG (predefinita: la data corrente; nella città dimostrativa 2026-11-23)", "fija la fecha de hoy, AAAA-MM-DD (por omisión: la fecha actual; en el pueblo de demostración 2026-11-23)", "fastlæg dagens dato, ÅÅÅÅ-MM-DD (standard: dags dato; i demobyen 2026-11-23)"},
	{"number of employer leads", "numero di datori di lavoro da proporre", "número de empleadores a proponer", "antal arbejdsgivere at foreslå"},
	{"the employment specialist whose week to plan (their clients in the caseload)", "l'operatore IPS di cui pianificare la settimana (i suoi utenti in carico)", "el especialista de empleo cuya semana se planifica (sus usuarios en la carga de casos)", "den IPS-konsulent, hvis uge skal planlægges (konsulentens borgere i sagsstammen)"},
	{"first day of the week, YYYY-MM-DD (default: the Monday of today's week)", "primo giorno della settimana, AAAA-MM-GG (predefinito: il lunedì di questa settimana)", "primer día de la semana, AAAA-MM-DD (por omisión: el lunes de esta semana)", "ugens første dag, ÅÅÅÅ-MM-DD (standard: mandag i denne uge)"},
	{"face-to-face employer visits to propose (IPS aims for about 6 a week)", "visite di persona alle aziende da proporre (l'IPS punta a circa 6 a settimana)", "visitas en persona a empleadores a proponer (IPS busca unas 6 por semana)", "personlige virksomhedsbesøg at foreslå (IPS sigter mod ca. 6 om ugen)"},
	{"one specialist (default: the whole team)", "un solo operatore IPS (predefinito: tutta l'équipe)", "un solo especialista (por omisión: el equipo entero)", "én IPS-konsulent (standard: hele teamet)"},
	{"first day of the period, YYYY-MM-DD (default: 8 weeks before --to)", "primo giorno del periodo, AAAA-MM-GG (predefinito: 8 settimane prima di --to)", "primer día del periodo, AAAA-MM-DD (por omisión: 8 semanas antes de --to)", "periodens første dag, ÅÅÅÅ-MM-DD (standard: 8 uger før --to)"},
	{"last day of the period, YYYY-MM-DD (default: today)", "ultimo giorno del periodo, AAAA-MM-GG (predefinito: oggi)", "último día del periodo, AAAA-MM-DD (por omisión: hoy)", "periodens sidste dag, ÅÅÅÅ-MM-DD (standard: i dag)"},
	{"score the IPS-25 fidelity items the data can measure (1-5), and list those it cannot", "valuta gli item di fedeltà IPS-25 che i dati permettono di misurare (1-5) ed elenca gli altri", "puntúa los ítems de fidelidad IPS-25 que los datos permiten medir (1-5) y enumera los demás", "scorer de IPS-25-punkter, data kan måle (1-5), og list dem, de ikke kan"},
	{"(default %s)", "(predefinito %s)", "(por omisión %s)", "(standard %s)"},
	{"number of results", "numero di risultati", "número de resultados", "antal resultater"},
	{"print JSON (the machine contract)", "stampa JSON (il formato per i programmi)", "imprime JSON (el formato para programas)", "udskriv JSON (formatet til programmer)"},
	{"rapid job search: favour vacancies open now, recent, starting soon, easy to apply to", "ricerca rapida: privilegia offerte aperte ora, recenti, con inizio a breve, facili da candidarsi", "búsqueda rápida: favorece vacantes abiertas ahora, recientes, que empiezan pronto y fáciles de solicitar", "hurtig jobsøgning: foretræk stillinger, der er åbne nu, nye, starter snart og er lette at søge"},
	{"language of the output: en, it, es or da (default: LC_ALL, then LANG, then en)", "lingua dei messaggi: en, it, es o da (predefinita: LC_ALL, poi LANG, poi en)", "idioma de la salida: en, it, es o da (por omisión: LC_ALL, luego LANG, luego en)", "sprog for output: en, it, es eller da (standard: LC_ALL, så LANG, så en)"},
}

// plurals are the catalogue's messages whose words follow a count.
var plurals = []pluralMessage{
	{key: "%d vacancies considered; left out: %s", arg: 1, forms: [4][2]string{
		{"%d vacancy considered; left out: %s", "%d vacancies considered; left out: %s"},
		{"%d offerta valutata; escluse: %s", "%d offerte valutate; escluse: %s"},
		{"%d vacante considerada; descartadas: %s", "%d vacantes consideradas; descartadas: %s"},
		{"%d stilling vurderet; fravalgt: %s", "%d stillinger vurderet; fravalgt: %s"},
	}},
	{key: "Employer visits for %s, week of %s (%d clients in the caseload)", arg: 3, forms: [4][2]string{
		{"Employer visits for %s, week of %s (%d client in the caseload)", "Employer visits for %s, week of %s (%d clients in the caseload)"},
		{"Visite alle aziende di %s, settimana del %s (%d utente in carico)", "Visite alle aziende di %s, settimana del %s (%d utenti in carico)"},
		{"Visitas a empleadores de %s, semana del %s (%d usuario en su carga de casos)", "Visitas a empleadores de %s, semana del %s (%d usuarios en su carga de casos)"},
		{"Virksomhedsbesøg for %s, ugen fra %s (%d borger i sagsstammen)", "Virksomhedsbesøg for %s, ugen fra %s (%d borgere i sagsstammen)"},
	}},
	{key: "%d kinds of work (%.2f)", arg: 1, forms: [4][2]string{
		{"%d kind of work (%.2f)", "%d kinds of work (%.2f)"},
		{"%d tipo di lavoro (%.2f)", "%d tipi di lavoro (%.2f)"},
		{"%d tipo de trabajo (%.2f)", "%d tipos de trabajo (%.2f)"},
		{"%d slags arbejde (%.2f)", "%d slags arbejde (%.2f)"},
	}},
	{key: "%d employers (%.2f)", arg: 1, forms: [4][2]string{
		{"%d employer (%.2f)", "%d employers (%.2f)"},
		{"%d datore di lavoro (%.2f)", "%d datori di lavoro (%.2f)"},
		{"%d empleador (%.2f)", "%d empleadores (%.2f)"},
		{"%d arbejdsgiver (%.2f)", "%d arbejdsgivere (%.2f)"},
	}},
}
