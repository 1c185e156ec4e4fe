package i18n

// reasonMessages are the match engine's commute and hours reasons; the
// other factors' reasons, the flags and the words they are built from are
// in messages_factors.go.
var reasonMessages = []text{
	// commute
	{"works from home: no commute", "lavoro da casa: nessuno spostamento", "trabajo desde casa: sin traslado", "arbejde hjemmefra: ingen transport"},
	{"place of work not given: commute unknown", "luogo di lavoro non indicato: tragitto sconosciuto", "lugar de trabajo no indicado: traslado desconocido", "arbejdssted ikke oplyst: transporttid ukendt"},
	{"location unknown: commute not checked", "luogo sconosciuto: tragitto non verificato", "ubicación desconocida: traslado no verificado", "sted ukendt: transport ikke tjekket"},
	{"%.1f km, about %d min %s", "%.1f km, circa %d min %s", "%.1f km, unos %d min %s", "%.1f km, ca. %d min %s"},
	{"on foot", "a piedi", "a pie", "til fods"},
	{"by bike", "in bicicletta", "en bicicleta", "på cykel"},
	{"by public transport", "con i mezzi pubblici", "en transporte público", "med offentlig transport"},
	{"by car", "in auto", "en coche", "i bil"},
	{", within the client's limit of %s", ", entro il limite dell'utente di %s", ", dentro del límite del usuario de %s", ", inden for borgerens grænse på %s"},
	{", beyond the client's limit of %s", ", oltre il limite dell'utente di %s", ", más allá del límite del usuario de %s", ", ud over borgerens grænse på %s"},
	{"%d min %s and %.0f km", "%d min %s e %.0f km", "%d min %s y %.0f km", "%d min %s og %.0f km"},
	{"%d min %s", "%d min %s", "%d min %s", "%d min %s"},
	{"%.0f km", "%.0f km", "%.0f km", "%.0f km"},
	// hours
	{"full-time", "tempo pieno", "tiempo completo", "fuldtid"},
	{"part-time", "part-time", "medio tiempo", "deltid"},
	{"%s %s h/week", "%s %s h/settimana", "%s %s h/semana", "%s %s t/uge"},
	{"%s %s-%s h/week", "%s %s-%s h/settimana", "%s %s-%s h/semana", "%s %s-%s t/uge"},
	{", within the %s-%s h the client wants", ", dentro le %s-%s ore che l'utente desidera", ", dentro de las %s-%s horas que quiere el usuario", ", inden for de %s-%s timer, borgeren ønsker"},
	{", more than the %s-%s h the client wants", ", più delle %s-%s ore che l'utente desidera", ", más que las %s-%s horas que quiere el usuario", ", flere end de %s-%s timer, borgeren ønsker"},
	{", fewer than the %s-%s h the client wants", ", meno delle %s-%s ore che l'utente desidera", ", menos que las %s-%s horas que quiere el usuario", ", færre end de %s-%s timer, borgeren ønsker"},
	{"; up to %s h is over the %s h/week benefits limit", "; fino a %s ore supera il limite di %s h/settimana per mantenere i sussidi", "; hasta %s h rebasa el límite de %s h/semana de su apoyo económico", "; op til %s timer er over ydelsens grænse på %s t/uge"},
	{", under the %s h/week benefits limit", ", sotto il limite di %s h/settimana per mantenere i sussidi", ", bajo el límite de %s h/semana de su apoyo económico", ", under ydelsens grænse på %s t/uge"},
	{"may breach the benefits limit: up to %s h/week against %s h; agree hours at or under %s h", "rischio di superare il limite dei sussidi: fino a %s h/settimana contro %s h; concordare un orario entro %s h", "puede rebasar el límite de su apoyo económico: hasta %s h/semana frente a %s h; acordar un horario de %s h o menos", "kan overskride ydelsens grænse: op til %s t/uge mod %s t; aftal højst %s timer"},
	{"pay not stated: check against the benefits limit at %s h/week", "retribuzione non indicata: verificare il limite dei sussidi a %s h/settimana", "sueldo no indicado: revisar el límite de su apoyo económico a %s h/semana", "løn ikke oplyst: tjek ydelsens grænse ved %s t/uge"},
}
