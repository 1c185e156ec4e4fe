package jobposting

import "github.com/ipsmatch/ipsmatch/employer"

// shiftWords maps single folded words to the shift they name.
var shiftWords = map[string]employer.Shift{
	"night": employer.ShiftNight, "nights": employer.ShiftNight, "overnight": employer.ShiftNight,
	"notte": employer.ShiftNight, "notti": employer.ShiftNight, "notturno": employer.ShiftNight,
	"notturni": employer.ShiftNight, "notturna": employer.ShiftNight, "notturne": employer.ShiftNight,

	"evening": employer.ShiftEvening, "evenings": employer.ShiftEvening, "sera": employer.ShiftEvening,
	"sere": employer.ShiftEvening, "serale": employer.ShiftEvening, "serali": employer.ShiftEvening,

	"rotating": employer.ShiftRotating, "rotation": employer.ShiftRotating, "rotational": employer.ShiftRotating,
	"rota": employer.ShiftRotating, "rotazione": employer.ShiftRotating, "avvicendati": employer.ShiftRotating,

	"weekend": employer.ShiftWeekend, "weekends": employer.ShiftWeekend, "saturday": employer.ShiftWeekend,
	"saturdays": employer.ShiftWeekend, "sunday": employer.ShiftWeekend, "sundays": employer.ShiftWeekend,
	"sabato": employer.ShiftWeekend, "sabati": employer.ShiftWeekend, "domenica": employer.ShiftWeekend,
	"domeniche": employer.ShiftWeekend, "festivi": employer.ShiftWeekend, "festivo": employer.ShiftWeekend,

	"split": employer.ShiftSplit, "spezzato": employer.ShiftSplit, "spezzata": employer.ShiftSplit,
	"spezzati": employer.ShiftSplit,

	"day": employer.ShiftDay, "daytime": employer.ShiftDay, "giornaliero": employer.ShiftDay,
	"diurno": employer.ShiftDay, "diurni": employer.ShiftDay, "diurna": employer.ShiftDay,
	"morning": employer.ShiftDay, "mornings": employer.ShiftDay, "mattina": employer.ShiftDay,
	"mattino": employer.ShiftDay, "mattine": employer.ShiftDay, "mattutino": employer.ShiftDay,
	"mattutini": employer.ShiftDay, "afternoon": employer.ShiftDay, "afternoons": employer.ShiftDay,
	"pomeriggio": employer.ShiftDay, "pomeridiano": employer.ShiftDay, "pomeridiani": employer.ShiftDay,
}

// fillers carry no schedule information of their own.
var fillers = set(
	// en
	"a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "from", "per", "with", "including",
	"incl", "plus", "also", "some", "possible", "required", "shift", "shifts", "hours", "hour", "hrs",
	"hr", "h", "work", "working", "schedule", "time", "times", "week", "weeks", "weekly", "days",
	"only", "between", "until", "till", "every", "each", "approx", "approximately", "about", "around",
	"up", "max", "min", "minimum", "maximum", "mostly", "occasional", "occasionally", "sometimes",
	"monday", "tuesday", "wednesday", "thursday", "friday", "mon", "tue", "wed", "thu", "fri",
	"available", "availability", "pattern", "patterns", "hours/week",
	// it
	"ad", "al", "alla", "alle", "allo", "ai", "agli", "da", "dal", "dalla", "dalle", "dai", "di",
	"del", "della", "delle", "dei", "e", "ed", "o", "od", "il", "la", "le", "lo", "i", "gli", "l",
	"un", "una", "uno", "con", "su", "anche", "orario", "orari", "ore", "ora", "turno", "turni",
	"settimana", "settimanali", "settimanale", "lavoro", "lavorativo", "lavorativa", "lavorative",
	"lavorativi", "giorni", "giorno", "circa", "massimo", "minimo", "possibilita", "possibili",
	"richiesta", "richiesti", "richiesto", "disponibilita", "compresi", "compreso", "incluso",
	"inclusi", "tra", "fra", "fino", "solo", "nel", "nei", "nelle", "sul", "sui", "eventuali",
	"eventualmente", "occasionali", "previsti", "previsto", "prevista", "previste", "distribuite",
	"distribuito", "distribuiti", "articolato", "articolate", "lunedi", "martedi", "mercoledi",
	"giovedi", "venerdi", "lun", "mer", "gio", "ven",
)
