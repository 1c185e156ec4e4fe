package jobposting

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// FlagNoCoordinates is set on a posting whose place has no usable
// coordinates: its vacancy has no Location, so commute cannot be judged.
const FlagNoCoordinates = "no coordinates: commute unknown"

// FlagNoSalary is set on a posting that states no usable pay.
const FlagNoSalary = "no salary: pay unknown"

// mapper builds one Record from one JobPosting node. Every property read
// is marked used; whatever is left unread is listed as not mapped.
type mapper struct {
	c    *collector
	n    map[string]any
	opt  Options
	used map[string]bool
	rec  Record
}

// get returns a property's value (references followed) and marks it used.
func (m *mapper) get(key string) any {
	v, ok := m.n[key]
	if !ok {
		return nil
	}
	m.used[key] = true
	return m.c.deref(v)
}

func (m *mapper) note(format string, args ...any) {
	m.rec.Unmapped = append(m.rec.Unmapped, fmt.Sprintf(format, args...))
}

func (m *mapper) flag(f string) { m.rec.Flags = append(m.rec.Flags, f) }

// mapPosting maps one JobPosting node; a non-empty reason means it must be
// skipped.
func mapPosting(n map[string]any, c *collector, opt Options) (Record, string) {
	m := &mapper{c: c, n: n, opt: opt, used: map[string]bool{}}
	v := &m.rec.Vacancy

	v.Title = collapseSpace(plainText(text(m.get("title"))))
	if name := collapseSpace(plainText(text(m.get("name")))); v.Title == "" {
		v.Title = name
	} else if name != "" && name != v.Title {
		m.note("name: %s not mapped (the title is used)", show(name))
	}
	if v.Title == "" {
		return Record{}, "no title"
	}
	if reason := m.employmentType(); reason != "" {
		return Record{}, reason
	}
	v.Description = plainText(text(m.get("description")))
	if reason := m.dates(); reason != "" {
		return Record{}, reason
	}
	m.location()
	m.remote()
	m.salary()
	m.occupation()
	m.skills()
	m.physical()
	m.organization()
	m.application()
	m.language()
	m.identifier()
	m.leftovers()

	if v.Location == nil && v.Remote != employer.FullRemote {
		m.flag(FlagNoCoordinates)
	}
	if !v.Pay.Stated() {
		m.flag(FlagNoSalary)
	}
	if err := v.Validate(); err != nil {
		return Record{}, "invalid vacancy: " + err.Error()
	}
	return m.rec, ""
}

// employmentType maps schema.org employmentType values. Volunteer work is
// unpaid and so not a job in the IPS sense, and no channel describes it:
// such postings are skipped.
func (m *mapper) employmentType() string {
	v := &m.rec.Vacancy
	for _, e := range list(m.get("employmentType")) {
		raw := text(e)
		key := strings.ToUpper(strings.NewReplacer("-", "_", " ", "_").Replace(raw))
		var kind employer.EmploymentType
		switch key {
		case "":
			continue
		case "FULL_TIME", "PART_TIME":
			// hours are settled with workHours below
		case "TEMPORARY", "PER_DIEM":
			kind = employer.Temporary
		case "CONTRACTOR":
			kind = employer.FixedTerm
		case "INTERN", "INTERNSHIP":
			v.Channel = employer.ChannelTraineeship
		case "VOLUNTEER":
			return "volunteer work is not a job"
		default:
			m.note("employmentType: %s not mapped", show(raw))
			continue
		}
		if kind != "" {
			if v.EmploymentType != "" && v.EmploymentType != kind {
				m.note("employmentType: %s not mapped (already %s)", show(raw), v.EmploymentType)
				continue
			}
			v.EmploymentType = kind
		}
	}
	m.hours()
	return ""
}

// hours maps workHours, and falls back on the usual band of FULL_TIME or
// PART_TIME when workHours gives no weekly hours.
func (m *mapper) hours() {
	v := &m.rec.Vacancy
	if s := text(m.get("workHours")); s != "" {
		w := ParseWorkHours(s)
		switch {
		case !w.Understood:
			m.note("workHours: %s not understood", show(s))
		case w.Rest != "":
			m.note("workHours: %s not understood", show(w.Rest))
		}
		v.Shifts, v.Hours, v.EarliestStart = w.Shifts, w.HoursPerWeek, w.EarliestStart
	}
	if !v.Hours.IsZero() {
		return
	}
	var full, part bool
	for _, e := range list(m.n["employmentType"]) {
		switch strings.ToUpper(strings.NewReplacer("-", "_", " ", "_").Replace(text(e))) {
		case "FULL_TIME":
			full = true
		case "PART_TIME":
			part = true
		}
	}
	switch {
	case full && part:
		v.Hours = employer.Range{Min: partTimeHours.Min, Max: fullTimeHours.Max}
	case full:
		v.Hours = fullTimeHours
	case part:
		v.Hours = partTimeHours
	}
}

// dates maps the posting's dates. A validThrough that is not a date skips
// the posting: kept, it would never expire.
func (m *mapper) dates() (reason string) {
	v := &m.rec.Vacancy
	v.Posted = m.date("datePosted")
	if s := text(m.get("validThrough")); s != "" {
		d, ok := parseDate(s)
		if !ok {
			return "validThrough: not a date (want YYYY-MM-DD or an ISO 8601 date and time)"
		}
		v.ValidThrough = d
	}
	v.StartDate = m.date("jobStartDate")
	if !v.ValidThrough.IsZero() && v.ValidThrough.Before(v.Posted) {
		m.note("validThrough: '%s' not mapped: before datePosted %s", v.ValidThrough, v.Posted)
		v.ValidThrough = employer.Date{}
	}
	if raw, ok := m.n["jobImmediateStart"]; ok {
		m.used["jobImmediateStart"] = true
		switch {
		case !truthy(raw):
		case !v.StartDate.IsZero():
		case !v.Posted.IsZero():
			v.StartDate = v.Posted
		default:
			m.note("jobImmediateStart: true not mapped: no datePosted to start from")
		}
	}
	return ""
}

// date reads a Date or DateTime property; the day is taken as written, in
// the posting's own time zone.
func (m *mapper) date(key string) employer.Date {
	s := text(m.get(key))
	if s == "" {
		return employer.Date{}
	}
	d, ok := parseDate(s)
	if !ok {
		m.note("%s: %s not a date", key, show(s))
	}
	return d
}

func parseDate(s string) (employer.Date, bool) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	d, err := civil.Parse(s)
	return d, err == nil && !d.IsZero()
}

// identifier sets the vacancy id from identifier, or derives a stable one
// from what identifies the posting to a reader.
func (m *mapper) identifier() {
	v := &m.rec.Vacancy
	var id string
	for _, e := range list(m.get("identifier")) {
		if p, ok := e.(map[string]any); ok {
			id = text(p["value"])
		} else {
			id = text(e)
		}
		if id != "" {
			break
		}
	}
	if id != "" {
		v.ID = m.opt.IDPrefix + id
		return
	}
	org := ""
	if m.rec.Employer != nil {
		org = m.rec.Employer.Name
	}
	h := sha256.Sum256([]byte(org + "\x00" + v.Title + "\x00" + v.Posted.String() + "\x00" + v.Address))
	v.ID = m.opt.IDPrefix + hex.EncodeToString(h[:])[:12]
}

func (m *mapper) language() {
	v := &m.rec.Vacancy
	raw := text(m.get("inLanguage"))
	if raw != "" {
		if l := languageCode(raw); l != "" {
			v.Language = l
			return
		}
		m.note("inLanguage: %s not understood", show(raw))
	}
	v.Language = m.opt.DefaultLanguage
	if g := guessLanguage(v.Title + " " + v.Description); g != "" && g != v.Language {
		v.Language = g
		m.flag("no inLanguage: language guessed from the text as " + g)
	}
}

var languageNames = map[string]string{
	"english": "en", "inglese": "en", "italian": "it", "italiano": "it",
	"spanish": "es", "espanol": "es", "spagnolo": "es", "danish": "da", "dansk": "da",
	"french": "fr", "francais": "fr", "francese": "fr", "german": "de", "deutsch": "de", "tedesco": "de",
}

// languageCode reads "it", "it-IT", "it_IT" or a language's name.
func languageCode(s string) string {
	s = fold(strings.TrimSpace(s))
	if l, ok := languageNames[s]; ok {
		return l
	}
	code, _, _ := strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	if langCodeRe.MatchString(code) {
		return code
	}
	return ""
}

// physical sets a high physical load when physicalRequirement speaks of
// lifting or standing.
func (m *mapper) physical() {
	for _, e := range list(m.get("physicalRequirement")) {
		s := nameOf(e)
		if s == "" {
			continue
		}
		if mentionsPhysical(s) {
			m.rec.Vacancy.Environment.Physical = employer.High
			continue
		}
		m.note("physicalRequirement: %s not mapped", show(s))
	}
}

var physicalWords = []string{"lift", "standing", "stand ", "on your feet", "heavy", "carry", "carrying",
	"sollevamento", "sollevare", "in piedi", "carichi", "pesante", "pesanti", "pesi", "fatica"}

func mentionsPhysical(s string) bool {
	f := fold(s) + " "
	for _, w := range physicalWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// leftovers lists every property no mapping read.
func (m *mapper) leftovers() {
	for _, k := range sortedKeys(m.n) {
		if m.used[k] || strings.HasPrefix(k, "@") {
			continue
		}
		m.note("%s: %s not mapped", k, show(m.n[k]))
	}
}
