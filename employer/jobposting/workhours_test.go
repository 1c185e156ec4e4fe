package jobposting

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ipsmatch/ipsmatch/employer"
)

func TestParseWorkHours(t *testing.T) {
	const (
		day      = employer.ShiftDay
		evening  = employer.ShiftEvening
		night    = employer.ShiftNight
		rotating = employer.ShiftRotating
		weekend  = employer.ShiftWeekend
		split    = employer.ShiftSplit
	)
	week := func(lo, hi float64) employer.Range { return employer.Range{Min: lo, Max: hi} }
	tests := []struct {
		name, in string
		want     WorkHours
	}{
		{"italian part-time with evening shifts", "Part-time 20 ore settimanali, turni serali",
			WorkHours{Shifts: []employer.Shift{evening}, HoursPerWeek: week(20, 20)}},
		{"italian night range gives night and its start", "dalle 22:00 alle 06:00",
			WorkHours{Shifts: []employer.Shift{night}, HoursPerDay: 8, EarliestStart: "22:00"}},
		{"english night shift word", "Night shifts",
			WorkHours{Shifts: []employer.Shift{night}}},
		{"notturno word", "Orario notturno",
			WorkHours{Shifts: []employer.Shift{night}}},
		{"english weekly hours written 20h/week", "20h/week, weekends",
			WorkHours{Shifts: []employer.Shift{weekend}, HoursPerWeek: week(20, 20)}},
		{"english weekly range", "20-30 hours per week",
			WorkHours{HoursPerWeek: week(20, 30)}},
		{"part-time with bare figure is weekly hours", "part-time 24 ore",
			WorkHours{HoursPerWeek: week(24, 24)}},
		{"bare part-time gives the usual band", "Part time",
			WorkHours{HoursPerWeek: week(10, 30)}},
		{"tempo pieno gives the usual full-time band", "Tempo pieno, dal lunedì al venerdì",
			WorkHours{HoursPerWeek: week(36, 40)}},
		{"a turni is rotating", "Lavoro a turni",
			WorkHours{Shifts: []employer.Shift{rotating}}},
		{"turnazione is rotating", "turnazione su 3 turni",
			WorkHours{Shifts: []employer.Shift{rotating}, Rest: "3"}},
		{"rotating shifts in english", "rotating shifts including weekends",
			WorkHours{Shifts: []employer.Shift{rotating, weekend}}},
		{"fine settimana is weekend", "Disponibilità nel fine settimana",
			WorkHours{Shifts: []employer.Shift{weekend}}},
		{"sabato e domenica is weekend", "sabato e domenica",
			WorkHours{Shifts: []employer.Shift{weekend}}},
		{"orario spezzato is split", "Orario spezzato",
			WorkHours{Shifts: []employer.Shift{split}}},
		{"two ranges with a gap are a split shift", "10:00-14:00 e 18:00-22:00",
			WorkHours{Shifts: []employer.Shift{day, evening, split}, HoursPerDay: 8, EarliestStart: "10:00"}},
		{"adjacent ranges are rotating", "6-14 / 14-22",
			WorkHours{Shifts: []employer.Shift{day, evening, rotating}, HoursPerDay: 8, EarliestStart: "06:00"}},
		{"short range without colons", "8-14",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerDay: 6, EarliestStart: "08:00"}},
		{"dalle alle without minutes", "dalle 8 alle 14",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerDay: 6, EarliestStart: "08:00"}},
		{"nine to five on a 12-hour clock", "9 to 5, Monday to Friday",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerDay: 8, EarliestStart: "09:00"}},
		{"am and pm", "from 7am to 3pm",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerDay: 8, EarliestStart: "07:00"}},
		{"evening word in italian", "turno serale",
			WorkHours{Shifts: []employer.Shift{evening}}},
		{"morning is day", "Mattina",
			WorkHours{Shifts: []employer.Shift{day}}},
		{"diurno is day", "orario diurno",
			WorkHours{Shifts: []employer.Shift{day}}},
		{"daily hours and days give weekly hours", "6 ore al giorno, 5 giorni su 7",
			WorkHours{HoursPerWeek: week(30, 30), HoursPerDay: 6}},
		{"daily range times days", "8:30-12:30, 5 days a week",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerWeek: week(20, 20), HoursPerDay: 4, EarliestStart: "08:30"}},
		{"italian decimal comma in hours", "27,5 ore settimanali",
			WorkHours{HoursPerWeek: week(27.5, 27.5)}},
		{"around the clock is rotating", "servizio 24/7",
			WorkHours{Shifts: []employer.Shift{rotating}, Rest: "servizio"}},
		{"early start is day with its start", "04:00-10:00",
			WorkHours{Shifts: []employer.Shift{day}, HoursPerDay: 6, EarliestStart: "04:00"}},
		{"late evening crossing midnight is night", "20:00-02:00",
			WorkHours{Shifts: []employer.Shift{night}, HoursPerDay: 6, EarliestStart: "20:00"}},
		{"flexible is not understood", "flexible",
			WorkHours{Rest: "flexible"}},
		{"empty text", "", WorkHours{}},
		{"implausible weekly hours stay unread", "100 hours per week",
			WorkHours{Rest: "100"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseWorkHours(tc.in)
			want := tc.want
			want.Understood = len(want.Shifts) > 0 || !want.HoursPerWeek.IsZero() || want.HoursPerDay > 0
			assert.Equal(t, want, got, "ParseWorkHours(%q)", tc.in)
		})
	}
}
