package i18n

// restMessages are match --facets (the library's Relaxations and the
// command's bands), export's lists and calendar entries, and the help of
// the admin commands.
var restMessages = []text{
	// match --facets: what relaxing one must-preference would add
	{"%d more if the client accepted %s", "%d in più se l'utente accettasse %s", "%d más si el usuario aceptara %s", "%d til, hvis borgeren accepterede %s"},
	{"other shifts", "altri turni", "otros turnos", "andre vagter"},
	{"an earlier start", "un orario di inizio più presto", "una hora de entrada más temprana", "et tidligere mødetidspunkt"},
	{"other hours", "un altro orario settimanale", "otro horario semanal", "et andet ugentligt timetal"},
	{"lower pay", "una paga più bassa", "un sueldo más bajo", "lavere løn"},
	{"postings without pay", "offerte senza retribuzione indicata", "vacantes sin sueldo indicado", "stillinger uden oplyst løn"},
	{"a longer commute", "un tragitto più lungo", "un traslado más largo", "længere transporttid"},
	{"postings with no place given", "offerte senza luogo indicato", "vacantes sin ubicación indicada", "stillinger uden angivet sted"},
	{"other sectors", "altri settori", "otros sectores", "andre brancher"},
	{"another work environment", "un altro ambiente di lavoro", "otro ambiente de trabajo", "et andet arbejdsmiljø"},
	{"related kinds of work", "lavori affini", "trabajos afines", "beslægtet arbejde"},
	{"other kinds of work", "altri tipi di lavoro", "otros tipos de trabajo", "andre slags arbejde"},
	{"an avoided employer", "un datore di lavoro da evitare", "un empleador que prefiere evitar", "en fravalgt arbejdsgiver"},
	// match --facets: the bands
	{"Over every vacancy (not only the list): %d meet every must", "Su tutte le offerte (non solo l'elenco): %d rispettano ogni requisito indispensabile", "En todas las vacantes (no solo la lista): %d cumplen cada requisito indispensable", "Over alle stillinger (ikke kun listen): %d opfylder alle krav"},
	{"pay per hour", "paga oraria", "sueldo por hora", "timeløn"},
	{"distance km", "distanza km", "distancia km", "afstand km"},
	{"shifts", "turni", "turnos", "vagter"},
	{"posted within", "pubblicate da", "publicadas hace", "slået op inden for"},
	{"left out (complete): %s", "escluse (conteggio completo): %s", "excluidas (conteo completo): %s", "udeladt (komplet optælling): %s"},
	{"not stated", "non indicato", "no indicado", "ikke oplyst"},
	{"remote", "da remoto", "a distancia", "fjernarbejde"},
	{"up to 20", "fino a 20", "hasta 20", "op til 20"},
	{"over 30", "oltre 30", "más de 30", "over 30"},
	{"under 8", "meno di 8", "menos de 8", "under 8"},
	{"12 and over", "12 e oltre", "12 o más", "12 og derover"},
	{"under 2", "meno di 2", "menos de 2", "under 2"},
	{"10 and over", "10 e oltre", "10 o más", "10 og derover"},
	{"7 days", "7 giorni", "7 días", "7 dage"},
	{"30 days", "30 giorni", "30 días", "30 dage"},
	{"older", "più vecchie", "más antiguas", "ældre"},
}

// exportMessages are the words of export's printable list, to share with
// the client (addressed as Lei, usted and du), and of its calendar
// entries. The CSV columns keep their names: programs read them.
var exportMessages = []text{
	{"Jobs to look at together, %s", "Offerte di lavoro da guardare insieme, %s", "Empleos para revisar juntos, %s", "Job vi kan se på sammen, %s"},
	{"Jobs to look at together", "Offerte di lavoro da guardare insieme", "Empleos para revisar juntos", "Job vi kan se på sammen"},
	{"Made on %s. These are jobs that fit what you said you want. You decide which ones to go for.",
		"Preparato il %s. Sono lavori che corrispondono a ciò che Lei ha detto di volere. È Lei a decidere a quali candidarsi.",
		"Preparado el %s. Son empleos que coinciden con lo que usted dijo que quiere. Usted decide a cuáles postularse.",
		"Lavet den %s. Det er job, der passer til det, du har sagt, du gerne vil have. Du bestemmer selv, hvilke du vil søge."},
	{"%s at %s", "%s presso %s", "%s en %s", "%s hos %s"},
	{"about %d min", "circa %d min", "unos %d min", "ca. %d min"},
	{"To check:", "Da verificare:", "Por revisar:", "Skal undersøges:"},
	{"No job fits everything you asked for today. Let us talk about what could change.",
		"Oggi nessun lavoro corrisponde a tutto ciò che ha chiesto. Parliamo insieme di cosa potrebbe cambiare.",
		"Hoy ningún empleo reúne cada una de las condiciones que pidió. Hablemos de qué podría cambiar.",
		"I dag passer intet job til alt det, du har bedt om. Lad os tale om, hvad der kunne ændres."},
	{"may present: %s", "può presentare: %s", "puede presentar a: %s", "kan præsentere: %s"},
	{"Visit %s (%s)", "Visita a %s (%s)", "Visita a %s (%s)", "Besøg hos %s (%s)"},
	{"away from work", "fuori dal lavoro", "fuera del trabajo", "uden for arbejdspladsen"},
	{"employer %s", "datore di lavoro %s", "empleador %s", "arbejdsgiver %s"},
	{"Follow-along: %s (%s)", "Sostegno sul lavoro: %s (%s)", "Apoyo en el empleo: %s (%s)", "Støtte i job: %s (%s)"},
	{"IPS week of %s, %s", "Settimana IPS dal %s, %s", "Semana IPS del %s, %s", "IPS-uge fra %s, %s"},
}
