package synth

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// texts writes a posting's title and a short description in its language.
func texts(r rng, o Occupation, e *employer.Employer, v *employer.Vacancy, partTime bool) (title, desc string) {
	if v.Language == "it" {
		return italianTexts(r, o, e, v, partTime)
	}
	return englishTexts(r, o, e, v, partTime)
}

func englishTexts(r rng, o Occupation, e *employer.Employer, v *employer.Vacancy, partTime bool) (string, string) {
	title := o.Label
	switch {
	case partTime && v.Hours.Max > 0 && r.chance(0.6):
		title += " (part-time)"
	case slices.Contains(v.Shifts, employer.ShiftNight):
		title += " - nights"
	case slices.Contains(v.Shifts, employer.ShiftEvening) && r.chance(0.5):
		title += " - evenings"
	case v.EmploymentType == employer.Seasonal:
		title += " - seasonal"
	}
	switch v.Channel {
	case employer.ChannelQuota:
		title += " - reserved post (Law 68/99)"
	case employer.ChannelConvention:
		title += " - convention post (Law 68/99 art. 11)"
	case employer.ChannelTraineeship:
		title = "Traineeship: " + title
	case employer.ChannelSheltered:
		title = "Sheltered workshop: " + title
	}
	who := "A local employer"
	if e != nil {
		who = e.Name
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s is looking for a %s", who, strings.ToLower(o.Label))
	if v.Hours.Max > 0 {
		fmt.Fprintf(&b, ", %s hours a week", hoursText(v.Hours))
	}
	fmt.Fprintf(&b, ". The job: %s.", o.Duty)
	if len(v.Shifts) > 0 {
		fmt.Fprintf(&b, " Shifts: %s.", shiftWords(v.Shifts, false))
	}
	b.WriteString(pick(r, []string{" No experience needed, training on the job.",
		" Some experience welcome.", " Friendly team.", " Immediate start possible.", ""}))
	switch v.Channel {
	case employer.ChannelQuota, employer.ChannelConvention:
		b.WriteString(" Open only to people registered on the Law 68/99 lists.")
	case employer.ChannelTraineeship:
		b.WriteString(" Six-month traineeship with a monthly allowance.")
	case employer.ChannelSheltered:
		b.WriteString(" Supported work in a protected setting.")
	}
	return title, b.String()
}

func italianTexts(r rng, o Occupation, e *employer.Employer, v *employer.Vacancy, partTime bool) (string, string) {
	title := o.Italian
	switch {
	case partTime && v.Hours.Max > 0 && r.chance(0.6):
		title += " part-time"
	case slices.Contains(v.Shifts, employer.ShiftNight):
		title += " turno notturno"
	case slices.Contains(v.Shifts, employer.ShiftEvening) && r.chance(0.5):
		title += " turno serale"
	case v.EmploymentType == employer.Seasonal:
		title += " stagionale"
	}
	switch v.Channel {
	case employer.ChannelQuota:
		title += " - categorie protette L. 68/99"
	case employer.ChannelConvention:
		title += " - convenzione art. 11 L. 68/99"
	case employer.ChannelTraineeship:
		title = "Tirocinio: " + title
	case employer.ChannelSheltered:
		title = "Laboratorio protetto: " + title
	}
	who := "Azienda del territorio"
	if e != nil {
		who = e.Name
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s cerca %s", who, strings.ToLower(o.Italian))
	if v.Hours.Max > 0 {
		fmt.Fprintf(&b, ", %s ore settimanali", hoursText(v.Hours))
	}
	fmt.Fprintf(&b, ". Mansioni: %s.", o.DutyIT)
	if len(v.Shifts) > 0 {
		fmt.Fprintf(&b, " Turni: %s.", shiftWords(v.Shifts, true))
	}
	b.WriteString(pick(r, []string{" Non è richiesta esperienza, formazione in affiancamento.",
		" Gradita esperienza.", " Ambiente giovane e dinamico.", " Disponibilità immediata.", ""}))
	switch v.Channel {
	case employer.ChannelQuota, employer.ChannelConvention:
		b.WriteString(" Riservato agli iscritti al collocamento mirato (L. 68/99).")
	case employer.ChannelTraineeship:
		b.WriteString(" Tirocinio di sei mesi con indennità mensile.")
	case employer.ChannelSheltered:
		b.WriteString(" Inserimento in contesto protetto.")
	}
	return title, b.String()
}

func hoursText(h employer.Range) string {
	if h.Min > 0 && h.Min != h.Max {
		return fmt.Sprintf("%g-%g", h.Min, h.Max)
	}
	return fmt.Sprintf("%g", h.Max)
}

var shiftNamesIT = map[employer.Shift]string{
	employer.ShiftDay: "diurno", employer.ShiftEvening: "serale", employer.ShiftNight: "notturno",
	employer.ShiftRotating: "a rotazione", employer.ShiftWeekend: "fine settimana", employer.ShiftSplit: "spezzato",
}

var shiftNamesEN = map[employer.Shift]string{
	employer.ShiftDay: "days", employer.ShiftEvening: "evenings", employer.ShiftNight: "nights",
	employer.ShiftRotating: "rotating", employer.ShiftWeekend: "weekends", employer.ShiftSplit: "split shifts",
}

func shiftWords(ss []employer.Shift, it bool) string {
	names := shiftNamesEN
	sep := " and "
	if it {
		names, sep = shiftNamesIT, " e "
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = names[s]
	}
	return strings.Join(out, sep)
}
