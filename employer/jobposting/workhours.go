package jobposting

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// WorkHours is what ParseWorkHours understood of a free-text schedule.
type WorkHours struct {
	// Shifts are the shift patterns named or implied by clock times, in the
	// order of employer.Shifts.
	Shifts []employer.Shift
	// HoursPerWeek is stated ("20 ore settimanali"), computed from daily
	// hours and days a week, or the usual band of "part-time" (10-30) or
	// "full-time" (36-40).
	HoursPerWeek employer.Range
	// HoursPerDay is stated ("6 hours a day") or computed from clock times:
	// the longest shift, or both halves of a split shift.
	HoursPerDay float64
	// EarliestStart is the earliest clock time a shift starts, "HH:MM".
	EarliestStart string
	// Understood is true when anything at all was recognised.
	Understood bool
	// Rest holds the words that were neither recognised nor filler, in
	// lower case; empty when everything was understood.
	Rest string
}

// timeSpan is one clock-time range, in minutes from midnight.
type timeSpan struct{ start, end int }

func (t timeSpan) minutes() int {
	d := (t.end - t.start + 24*60) % (24 * 60)
	if d == 0 {
		d = 24 * 60
	}
	return d
}

// overlap returns the minutes of t that fall in the daily window [from, to),
// which may wrap past midnight.
func (t timeSpan) overlap(from, to int) int {
	const day = 24 * 60
	// The span lies within [0, 2*day); lay the window over both days.
	var windows [][2]int
	if from < to {
		windows = [][2]int{{from, to}, {from + day, to + day}}
	} else {
		windows = [][2]int{{0, to}, {from, day + to}, {from + day, 2 * day}}
	}
	n := 0
	for _, w := range windows {
		lo, hi := max(w[0], t.start), min(w[1], t.start+t.minutes())
		if hi > lo {
			n += hi - lo
		}
	}
	return n
}

// shift classifies a span: night when it covers two hours between midnight
// and 05:00 or four between 22:00 and 06:00, evening when it covers three
// hours after 18:00, else day.
func (t timeSpan) shift() employer.Shift {
	switch {
	case t.overlap(0, 5*60) >= 120 || t.overlap(22*60, 6*60) >= 240:
		return employer.ShiftNight
	case t.overlap(18*60, 24*60) >= 180:
		return employer.ShiftEvening
	}
	return employer.ShiftDay
}

const num = `(\d{1,2}(?:\.\d+)?)`

var (
	aroundTheClockRe = regexp.MustCompile(`(?:^|\s)(?:24/7|h24|24 ?h su 24|24 ore su 24|24 hours a day)(?:\s|$)`)
	weeklyRe         = regexp.MustCompile(`\b` + num + `(?:\s*(?:-|to|a)\s*` + num + `)?\s*(?:ore|hours?|hrs?|h)\s*(?:per|a|/|alla|la|di|each)?\s*(?:week|wk|settimana|sett|settimanali|settimanale|weekly)\b`)
	contractNumRe    = regexp.MustCompile(`\b(part ?time|tempo parziale|full ?time|tempo pieno)\s*(?:di|da|a)?\s*` + num + `(?:\s*(?:-|a|to)\s*` + num + `)?\s*(?:ore|hours?|hrs?|h)\b`)
	dailyRe          = regexp.MustCompile(`\b` + num + `(?:\s*(?:-|to|a)\s*` + num + `)?\s*(?:ore|hours?|hrs?|h)\s*(?:per|a|al|/)?\s*(?:day|giorno|giornaliere|giornaliera|die)\b`)
	daysRe           = regexp.MustCompile(`\b([1-7])\s*(?:days?|giorni|gg)(?:\s*(?:a|per|/|alla|la|su|on)?\s*(?:week|settimana|settimanali|7))?\b`)
	clock            = `(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?`
	fromToItRe       = regexp.MustCompile(`\b(?:dalle|dalla|da)\s+(?:ore\s+)?` + clock + `\s*(?:alle|alla|a|-)\s+(?:ore\s+)?` + clock + `\b`)
	rangeRe          = regexp.MustCompile(`(?:\b(?:from|ore|h|orario)\s*)?\b` + clock + `\s*(?:-|to|till|until)\s*` + clock + `\b`)
	contractNumBare  = regexp.MustCompile(`\b(part ?time|tempo parziale|full ?time|tempo pieno)\s*(?:di|da|a)?\s*(\d{1,2})\b`)
	contractRe       = regexp.MustCompile(`\b(part ?time|tempo parziale|full ?time|tempo pieno)\b`)
	rotatingPhraseRe = regexp.MustCompile(`\b(?:a turni|su turni|turni a rotazione|turni avvicendati|shift work|turnista|turnazione)\b`)
	weekendPhraseRe  = regexp.MustCompile(`\b(?:fine settimana|weekend e festivi)\b`)
	decimalCommaRe   = regexp.MustCompile(`(\d),(\d)`)
)

// ParseWorkHours reads a schema.org workHours text in English or Italian:
// shift words ("night", "turni serali", "fine settimana", "orario
// spezzato"), weekly hours ("20 ore settimanali", "20h/week", "part-time 24
// ore"), daily hours, days a week and clock ranges ("8:00-14:00", "dalle 22
// alle 6"), from which it derives night or evening shifts, the earliest
// start and the hours a day. Anything it cannot place is left in Rest.
func ParseWorkHours(s string) WorkHours {
	p := &hoursParser{text: " " + normaliseHours(s) + " "}
	p.run()
	return p.result()
}

// normaliseHours folds case and accents, unifies dashes and keeps only the
// punctuation the patterns read.
func normaliseHours(s string) string {
	s = fold(s)
	r := strings.NewReplacer("–", "-", "—", "-", "a.m.", "am", "p.m.", "pm", "’", "'", "part-time", "part time",
		"full-time", "full time", "h/sett", "h settimana", "ore/settimana", "ore settimana")
	s = decimalCommaRe.ReplaceAllString(r.Replace(s), "$1.$2")
	var b strings.Builder
	rs := []rune(s)
	for i, c := range rs {
		digitBefore := i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9'
		digitAfter := i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '9'
		switch {
		case c == ':' || c == '.':
			if digitBefore && digitAfter {
				b.WriteRune(c)
			} else {
				b.WriteByte(' ')
			}
		case c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '+' || c == '&' || c == '|':
			b.WriteByte(' ')
		default:
			b.WriteRune(c)
		}
	}
	return collapseSpace(b.String())
}

type hoursParser struct {
	text       string
	shifts     map[employer.Shift]bool
	weekly     employer.Range
	daily      float64
	days       int
	spans      []timeSpan
	partTime   bool
	fullTime   bool
	bareTurni  bool
	understood bool
	rest       []string
}

// consume runs re over the text; for each match that f accepts, the match
// is blanked so later patterns and the word scan do not see it again.
func (p *hoursParser) consume(re *regexp.Regexp, f func(m []string) bool) {
	p.text = re.ReplaceAllStringFunc(p.text, func(match string) string {
		if f(re.FindStringSubmatch(match)) {
			p.understood = true
			return " "
		}
		return match
	})
}

func (p *hoursParser) addShift(s employer.Shift) {
	if p.shifts == nil {
		p.shifts = map[employer.Shift]bool{}
	}
	p.shifts[s] = true
	p.understood = true
}

func (p *hoursParser) run() {
	p.consume(aroundTheClockRe, func([]string) bool { p.addShift(employer.ShiftRotating); return true })
	p.consume(weeklyRe, func(m []string) bool { return p.setWeekly(m[1], m[2]) })
	p.consume(contractNumRe, func(m []string) bool { p.contract(m[1]); return p.setWeekly(m[2], m[3]) })
	p.consume(dailyRe, func(m []string) bool { return p.setDaily(m[1], m[2]) })
	p.consume(daysRe, func(m []string) bool { p.days, _ = strconv.Atoi(m[1]); return true })
	p.consume(fromToItRe, p.addSpan)
	p.consume(rangeRe, p.addSpan)
	p.consume(contractNumBare, func(m []string) bool { p.contract(m[1]); return p.setWeekly(m[2], "") })
	p.consume(contractRe, func(m []string) bool { p.contract(m[1]); return true })
	p.consume(rotatingPhraseRe, func([]string) bool { p.addShift(employer.ShiftRotating); return true })
	p.consume(weekendPhraseRe, func([]string) bool { p.addShift(employer.ShiftWeekend); return true })
	for _, w := range strings.FieldsFunc(p.text, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		switch s, ok := shiftWords[w]; {
		case ok:
			p.addShift(s)
		case w == "turni" || w == "turno" || w == "shifts":
			p.bareTurni = true
		case fillers[w]:
		default:
			p.rest = append(p.rest, w)
		}
	}
}

func (p *hoursParser) contract(kind string) {
	if strings.HasPrefix(kind, "part") || kind == "tempo parziale" {
		p.partTime = true
	} else {
		p.fullTime = true
	}
}

// setWeekly records weekly hours "lo" or "lo-hi"; figures outside 1..80
// are not hours a week and stay in the text.
func (p *hoursParser) setWeekly(lo, hi string) bool {
	r, ok := hoursRange(lo, hi, 80)
	if ok {
		p.weekly = r
	}
	return ok
}

func (p *hoursParser) setDaily(lo, hi string) bool {
	r, ok := hoursRange(lo, hi, 24)
	if ok {
		p.daily = r.Max
	}
	return ok
}

func hoursRange(lo, hi string, limit float64) (employer.Range, bool) {
	a, err := strconv.ParseFloat(lo, 64)
	if err != nil || a <= 0 || a > limit {
		return employer.Range{}, false
	}
	b := a
	if hi != "" {
		if b, err = strconv.ParseFloat(hi, 64); err != nil || b < a || b > limit {
			return employer.Range{}, false
		}
	}
	return employer.Range{Min: a, Max: b}, true
}

// addSpan records a clock range from a fromToItRe or rangeRe match.
func (p *hoursParser) addSpan(m []string) bool {
	start, ok1 := clockMinutes(m[1], m[2], m[3])
	end, ok2 := clockMinutes(m[4], m[5], m[6])
	if !ok1 || !ok2 || start == end {
		return false
	}
	t := timeSpan{start, end}
	// "9-5" means nine to five in the afternoon, not an overnight shift:
	// without am/pm, a span longer than 14 hours is read on a 12-hour clock.
	if m[3] == "" && m[6] == "" && t.minutes() > 14*60 && end < 12*60 {
		t.end = end + 12*60
	}
	p.spans = append(p.spans, t)
	return true
}

func clockMinutes(h, m, ampm string) (int, bool) {
	hh, err := strconv.Atoi(h)
	if err != nil || hh > 24 {
		return 0, false
	}
	mm := 0
	if m != "" {
		if mm, err = strconv.Atoi(m); err != nil || mm > 59 {
			return 0, false
		}
	}
	switch ampm {
	case "am":
		if hh > 12 {
			return 0, false
		}
		hh %= 12
	case "pm":
		if hh > 12 {
			return 0, false
		}
		hh = hh%12 + 12
	}
	if hh == 24 {
		if mm != 0 {
			return 0, false
		}
		hh = 0
	}
	return hh*60 + mm, true
}

func (p *hoursParser) result() WorkHours {
	w := WorkHours{HoursPerWeek: p.weekly, HoursPerDay: p.daily}
	p.applySpans(&w)
	if p.bareTurni && len(p.shifts) == 0 {
		p.addShift(employer.ShiftRotating)
	}
	if w.HoursPerWeek.IsZero() && w.HoursPerDay > 0 && p.days > 0 && w.HoursPerDay*float64(p.days) <= 80 {
		w.HoursPerWeek = employer.Range{Min: w.HoursPerDay * float64(p.days), Max: w.HoursPerDay * float64(p.days)}
	}
	if w.HoursPerWeek.IsZero() {
		switch {
		case p.partTime && p.fullTime:
			w.HoursPerWeek = employer.Range{Min: partTimeHours.Min, Max: fullTimeHours.Max}
		case p.partTime:
			w.HoursPerWeek = partTimeHours
		case p.fullTime:
			w.HoursPerWeek = fullTimeHours
		}
	}
	for _, s := range employer.Shifts() {
		if p.shifts[s] {
			w.Shifts = append(w.Shifts, s)
		}
	}
	w.Understood = p.understood
	w.Rest = strings.Join(p.rest, " ")
	return w
}

// Usual weekly hours of a part-time and a full-time job when no figure is
// given.
var (
	partTimeHours = employer.Range{Min: 10, Max: 30}
	fullTimeHours = employer.Range{Min: 36, Max: 40}
)

// applySpans turns clock ranges into shifts, the earliest start and hours a
// day. Two ranges with a gap of one to six hours between them are a split
// shift; any other set of several ranges is alternatives, that is rotating.
func (p *hoursParser) applySpans(w *WorkHours) {
	if len(p.spans) == 0 {
		return
	}
	earliest := p.spans[0].start
	longest := 0
	for _, t := range p.spans {
		p.addShift(t.shift())
		earliest = min(earliest, t.start)
		longest = max(longest, t.minutes())
	}
	w.EarliestStart = fmt.Sprintf("%02d:%02d", earliest/60, earliest%60)
	day := longest
	if len(p.spans) == 2 && !p.shifts[employer.ShiftRotating] {
		a, b := p.spans[0], p.spans[1]
		gap := b.start - (a.start + a.minutes())
		if gap >= 60 && gap <= 6*60 {
			p.addShift(employer.ShiftSplit)
			day = a.minutes() + b.minutes()
		}
	}
	if len(p.spans) > 1 && !p.shifts[employer.ShiftSplit] {
		p.addShift(employer.ShiftRotating)
	}
	if w.HoursPerDay == 0 && day <= 24*60 {
		w.HoursPerDay = float64(day) / 60
	}
}
