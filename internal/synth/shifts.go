package synth

import "github.com/ipsmatch/ipsmatch/employer"

// shiftMix weighs the main shift pattern of an occupation's postings, in
// the order day, evening, night, rotating, weekend, split. early marks
// work that starts before dawn (bakeries, bin rounds).
type shiftMix struct {
	w     [6]float64
	early bool
}

var shiftOrder = []employer.Shift{employer.ShiftDay, employer.ShiftEvening, employer.ShiftNight,
	employer.ShiftRotating, employer.ShiftWeekend, employer.ShiftSplit}

var (
	mixDay         = shiftMix{w: [6]float64{90, 4, 0, 0, 4, 2}}
	mixOffice      = shiftMix{w: [6]float64{92, 3, 0, 0, 0, 5}}
	mixEarly       = shiftMix{w: [6]float64{85, 0, 5, 0, 10, 0}, early: true}
	mixHospitality = shiftMix{w: [6]float64{30, 30, 0, 5, 12, 23}}
	mixEvening     = shiftMix{w: [6]float64{10, 70, 0, 0, 15, 5}}
	mixRetail      = shiftMix{w: [6]float64{55, 12, 0, 13, 18, 2}}
	mixLogistics   = shiftMix{w: [6]float64{45, 15, 18, 22, 0, 0}}
	mixIndustry    = shiftMix{w: [6]float64{50, 8, 10, 32, 0, 0}}
	mixCare        = shiftMix{w: [6]float64{45, 8, 15, 25, 7, 0}}
	mixShifts      = shiftMix{w: [6]float64{30, 15, 15, 35, 5, 0}}
	mixNight       = shiftMix{w: [6]float64{0, 0, 90, 10, 0, 0}}
	mixCleaning    = shiftMix{w: [6]float64{35, 38, 5, 0, 7, 15}}
	mixCallCentre  = shiftMix{w: [6]float64{60, 25, 0, 10, 5, 0}}
	mixOutdoor     = shiftMix{w: [6]float64{93, 0, 0, 0, 7, 0}}
	mixWeekendDay  = shiftMix{w: [6]float64{60, 5, 0, 5, 30, 0}}
)

// starts are plausible earliest shift starts for each pattern.
var starts = map[employer.Shift][]string{
	employer.ShiftDay:      {"07:00", "07:30", "08:00", "08:00", "08:30", "09:00", "09:00", "10:00"},
	employer.ShiftEvening:  {"14:00", "15:00", "16:00", "17:00", "18:00", "18:30"},
	employer.ShiftNight:    {"21:00", "22:00", "22:00", "23:00"},
	employer.ShiftRotating: {"05:00", "06:00", "06:00", "07:00"},
	employer.ShiftWeekend:  {"07:00", "08:00", "09:00", "10:00"},
	employer.ShiftSplit:    {"07:00", "10:30", "11:00", "11:30"},
}

var earlyStarts = []string{"04:00", "04:30", "05:00", "05:30"}

// shiftsFor draws a posting's shift patterns and earliest start ("" when
// the posting does not say).
func shiftsFor(r rng, o Occupation) ([]employer.Shift, string) {
	main := shiftOrder[r.weighted(o.shifts.w[:])]
	out := []employer.Shift{main}
	if r.chance(0.22) {
		extra := shiftOrder[r.weighted(o.shifts.w[:])]
		if extra == main && main != employer.ShiftWeekend {
			extra = employer.ShiftWeekend
		}
		if extra != main {
			out = append(out, extra)
		}
	}
	if r.chance(0.2) {
		return out, ""
	}
	earliest := "23:59"
	for _, s := range out {
		t := pick(r, starts[s])
		if o.shifts.early && s == employer.ShiftDay {
			t = pick(r, earlyStarts)
		}
		earliest = min(earliest, t)
	}
	return out, earliest
}
