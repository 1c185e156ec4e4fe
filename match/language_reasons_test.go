package match

import (
	"cmp"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// demoEngine is an engine over the demo town, with its contact history.
func demoEngine(t *testing.T) *Engine {
	t.Helper()
	ctx := context.Background()
	emps := readFixture(t, "employers.jsonl", func(f *os.File, n string) ([]employer.Employer, error) { return employer.ReadEmployers(f, n) })
	vacs := readFixture(t, "vacancies.jsonl", func(f *os.File, n string) ([]employer.Vacancy, error) { return employer.ReadVacancies(f, n) })
	contacts := readFixture(t, "contacts.jsonl", func(f *os.File, n string) ([]employer.Contact, error) { return employer.ReadContacts(f, n) })
	placements := readFixture(t, "placements.jsonl", func(f *os.File, n string) ([]employer.Placement, error) { return employer.ReadPlacements(f, n) })
	ix, err := index.Open(ctx, index.DefaultOptions())
	require.NoError(t, err)
	t.Cleanup(func() { ix.Close() })
	_, err = ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs})
	require.NoError(t, err)
	e, err := New(Config{Index: ix, History: fakeHistory{contacts, placements}})
	require.NoError(t, err)
	return e
}

// englishWords are words of the engine's English that no Italian,
// Spanish or Danish sentence has ("a", "no", "to", "at", "by", "over",
// "under" and "job" are words of those languages too).
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "or": true, "which": true, "within": true, "starts": true, "posted": true,
	"client": true, "client's": true, "employer": true, "shift": true, "shifts": true, "hours": true, "pay": true,
	"pays": true, "week": true, "days": true, "ago": true, "about": true, "asked": true, "read": true, "title": true,
	"related": true, "skills": true, "check": true, "not": true, "with": true, "from": true, "on": true, "has": true,
	"yet": true, "only": true, "than": true, "limit": true, "benefits": true, "work": true, "team": true, "stated": true,
	"known": true, "wants": true, "avoid": true, "day": true, "since": true, "contact": true, "while": true,
}

// dataText is the text of the town and the vocabulary that reasons quote
// as it is: titles, employer and sector names, occupation, skill and ISCO
// group labels, longest first, in lower case.
func dataText(e *Engine) []string {
	seen := map[string]bool{}
	add := func(s string) {
		if s = strings.ToLower(strings.TrimSpace(s)); len(s) > 1 {
			seen[s] = true
		}
	}
	for _, en := range e.ix.Vacancies() {
		add(en.Title)
		add(en.Occupation.Label)
		for _, r := range en.Readings {
			add(r.Label)
		}
		for _, sk := range append(append([]string(nil), en.Skills.Essential...), en.Skills.Optional...) {
			add(sk)
		}
	}
	for _, emp := range e.ix.Employers() {
		add(emp.Name)
		add(emp.Sector.Label)
	}
	tax := e.ix.Taxonomy()
	for _, o := range tax.Occupations() {
		for _, ls := range o.Labels {
			for _, l := range ls {
				add(l)
			}
		}
		for code := o.ISCO; code != ""; code = code[:len(code)-1] {
			if l, ok := tax.ISCOGroup(code); ok {
				add(l)
			}
		}
		ess, opt := tax.Skills(o.ID)
		for _, sk := range append(ess, opt...) {
			for _, ls := range sk.Labels {
				for _, l := range ls {
					add(l)
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return out
}

// quoted is text a reason quotes: "..." and '...', but not the
// apostrophe of "l'utente".
var quoted = regexp.MustCompile(`"[^"]*"|(?:^|[\s(])'[^']*'`)

// englishLeft returns the first of the engine's English words left in s
// once quoted text and the data are taken out; "" when there is none.
func englishLeft(data []string, s string) string {
	s = quoted.ReplaceAllString(strings.ToLower(s), " ")
	for _, d := range data {
		s = strings.ReplaceAll(s, d, " ")
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if englishWords[w] {
			return w
		}
	}
	return ""
}

// TestReasonsSpeakTheLanguage: for every demo client, searched plainly,
// for rapid search and with every channel, each reason and flag in
// Italian, Spanish and Danish differs from the English one and keeps none
// of the engine's English words, while the ranking, the factors and their
// effects and scores stay as they are in English.
func TestReasonsSpeakTheLanguage(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	e := demoEngine(t)
	data := dataText(e)
	names, err := filepath.Glob(filepath.Join(demoDir, "clients", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	factors := map[string]bool{}
	flags := 0
	for _, n := range names {
		p, err := preference.Load(n)
		require.NoError(t, err)
		for _, opt := range []Options{{Today: today}, {Today: today, Rapid: true}, {Today: today, IncludeNonCompetitive: true, Limit: 40}} {
			en := requireTranslated(t, e, data, p, opt)
			for _, r := range en.Results {
				for _, x := range r.Reasons {
					factors[x.Factor] = true
				}
				flags += len(r.Flags)
			}
		}
	}
	for _, f := range []string{"occupation", "skills", "hours", "shifts", "commute", "pay", "environment", "freshness", "employer", "sector", "requirements"} {
		assert.True(t, factors[f], "the demo town has a %s reason to check", f)
	}
	assert.Positive(t, flags, "the demo town has flags to check")
}

// TestEveryReasonAndFlagSpeaksTheLanguage: towns made to raise the reasons
// and flags the demo town does not (every channel, languages asked for,
// pay in every unit, places located only roughly, timetables, broad
// wishes, words no vocabulary reads) are translated too.
func TestEveryReasonAndFlagSpeaksTheLanguage(t *testing.T) {
	var english []string
	keep := func(res Results) {
		english = append(english, res.Rapid.Text)
		english = append(english, res.Flags...)
		for _, r := range res.Results {
			english = append(english, r.Flags...)
			for _, x := range r.Reasons {
				english = append(english, x.Text)
			}
		}
	}
	opt := Options{Today: today, Rapid: true, IncludeNonCompetitive: true, Limit: 50, PerEmployer: -1}

	emps, vacs := everythingTown()
	e := newTestEngine(t, emps, vacs)
	keep(requireTranslated(t, e, dataText(e), everythingClient(), opt))
	for _, unit := range []string{"hour", "day", "week", "year"} {
		p := everythingClient()
		p.Pay.Unit = unit
		p.Pay.Min = map[string]float64{"hour": 9.5, "day": 70, "week": 350, "year": 18000}[unit]
		keep(requireTranslated(t, e, dataText(e), p, opt))
	}

	emps, vacs = animalTown()
	vacs = append(vacs, vac("dogs", "ken", "Dog kennel hand", 1))
	e = newTestEngine(t, emps, vacs)
	keep(requireTranslated(t, e, dataText(e), wordsClient("something with animals"), opt))

	e = newTestEngine(t, nil, []employer.Vacancy{vac("zorb", "", "Zorbing guide", 1), vac("kp", "", "Kitchen porter", 1)})
	keep(requireTranslated(t, e, dataText(e), wordsClient("zorbing"), opt))
	p := wordsClient("bus driver")
	p.JobTypes[0].Strength = preference.Must
	keep(requireTranslated(t, e, dataText(e), p, opt))

	e = placesEngine(t, Config{Transit: townTransit(t)},
		vac("v-piazza", "", "Kitchen porter", 0, at(piazza)),
		vac("v-ospedale", "", "Cleaner", 0, at(ospedale)),
		vac("v-borgo", "", "Warehouse operative", 0, at(borgo)))
	p = busClient(preference.Prefer, 45)
	p.HomePrecision = geocode.Postcode
	keep(requireTranslated(t, e, dataText(e), p, opt))

	all := strings.Join(english, "\n")
	for _, want := range []string{
		"a kind of work the client wants to avoid", "read as animals work", "a word of the animals work", "found by words",
		"was not recognised as an occupation", "no vacancy meets every must",
		"asks for German", "asks for a driving licence", "no skills listed",
		"shifts not stated; the client accepts only", "shifts not stated; the client must never work", "starts as early as", "starts 10:00 or later",
		"high physical demand, which the client wants to avoid", "noise not stated",
		"per day", "per week", "per year", "reaching the client's floor", "below the client's floor", "above the client's floor",
		"may breach the benefits limit: up to about", "pay and hours not stated", "hours not stated: ask before applying",
		"posting date not given", "quick to apply: walk-in", "quick to apply: phone", "starts only on", ", starts 2026-12-2",
		"employer not known to the team", "has an inclusion policy", "employer's sector not known",
		"a sector the client prefers", "not a sector the client named", "a sector the client wants to avoid",
		"reserved for registered disability quota lists", "filled through a Law 68/99 convention", "a traineeship or stipend", "sheltered work",
		"located by town only, check the address", "located by town only (up to", "the client's home located by postcode only",
		"direct bus 14", "bus 14 and 27, one change", "no public transport trip leaving at 08:00 on Tuesday",
	} {
		assert.True(t, strings.Contains(all, want), "the towns raise %q", want)
	}
}

// everythingTown has a vacancy for each reason and flag a kitchen client
// can meet.
func everythingTown() ([]employer.Employer, []employer.Vacancy) {
	emps := []employer.Employer{
		{ID: "e1", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56", Label: "food and beverage service"}, Location: near(1), InclusionPolicy: true},
		{ID: "e2", Name: "Hotel Duomo", Sector: employer.Sector{Code: "I55", Label: "hotels"}, Location: near(2)},
		{ID: "e3", Name: "Logistica Valmora", Sector: employer.Sector{Code: "H52", Label: "warehousing"}, Location: near(2)},
	}
	pay := func(min, max float64, unit employer.PayUnit) func(*employer.Vacancy) {
		return func(v *employer.Vacancy) { v.Pay = employer.Pay{Min: min, Max: max, Currency: "EUR", Unit: unit} }
	}
	channel := func(c employer.Channel) func(*employer.Vacancy) { return func(v *employer.Vacancy) { v.Channel = c } }
	vacs := []employer.Vacancy{
		vac("v-german", "e1", "Kitchen porter", 1, pay(9, 10, employer.PerHour), func(v *employer.Vacancy) {
			v.Requirements = employer.Requirements{DrivingLicence: true, Languages: []string{"de"}}
			v.Environment = employer.Environment{Noise: employer.High, Physical: employer.High}
			v.EarliestStart = "07:00"
			v.LocationPrecision = geocode.Town
			v.Application.Method = employer.ApplyWalkIn
		}),
		vac("v-noshifts", "", "Kitchen assistant", 2, func(v *employer.Vacancy) {
			v.Shifts, v.Hours, v.Posted = nil, employer.Range{}, employer.Date{}
			v.Application.Method = employer.ApplyPhone
		}),
		vac("v-dishes", "e2", "Dishwasher", 2, pay(80, 0, employer.PerDay), func(v *employer.Vacancy) {
			v.EarliestStart = "10:00"
			v.StartDate = today.AddDays(30)
		}),
		vac("v-fulltime", "e2", "Kitchen assistant", 2, pay(1500, 0, employer.PerMonth), func(v *employer.Vacancy) {
			v.Hours = employer.Range{Min: 18, Max: 24}
			v.StartDate = today.AddDays(90)
		}),
		vac("v-own", "e2", "Kitchen helper", 2, func(v *employer.Vacancy) {
			v.Occupation = employer.Occupation{Code: "own-kitchen-helper", ISCO: "9412", Label: "kitchen helper"}
		}),
		vac("v-week", "e3", "Kitchen assistant", 2, pay(300, 500, employer.PerWeek)),
		vac("v-year", "", "Kitchen porter", 1, pay(18000, 0, employer.PerYear)),
		vac("v-quota", "e1", "Kitchen porter", 1, channel(employer.ChannelQuota)),
		vac("v-convention", "e1", "Kitchen porter", 1, channel(employer.ChannelConvention)),
		vac("v-trainee", "e1", "Kitchen porter", 1, channel(employer.ChannelTraineeship)),
		vac("v-sheltered", "e1", "Kitchen porter", 1, channel(employer.ChannelSheltered)),
	}
	return emps, vacs
}

func everythingClient() preference.Profile {
	p := kitchenClient(preference.DiscloseFull)
	p.JobTypes = append(p.JobTypes, preference.JobType{Text: "dishwasher", Strength: preference.Avoid})
	p.Shifts = append(p.Shifts, preference.ShiftPref{Shift: "night", Strength: preference.Never})
	p.EarliestStart = &preference.StartTime{Time: "09:00", Strength: preference.Prefer}
	p.Languages = []string{"it"}
	p.Skills = []string{"food hygiene"}
	p.Pay = &preference.Pay{Min: 1500, Currency: "EUR", Unit: "month", Strength: preference.Prefer}
	p.BenefitsCap = &preference.BenefitsCap{MaxHoursPerWeek: 20, MaxEarnings: 20000, Currency: "EUR", Period: preference.PerYear}
	p.Environment.Noise = &preference.EnvPref{Level: "low", Strength: preference.Prefer}
	p.Environment.Physical = &preference.EnvPref{Level: "high", Strength: preference.Avoid}
	p.Sectors = []preference.SectorPref{{Code: "I56", Strength: preference.Prefer}, {Code: "H52", Strength: preference.Avoid}}
	return p
}

// requireTranslated matches p in English and in Italian, Spanish and
// Danish, and checks that every reason and flag is translated while the
// ranking, the factors, their effects and scores and the exclusions stay
// as they are; it returns the English results.
func requireTranslated(t *testing.T, e *Engine, data []string, p preference.Profile, opt Options) Results {
	t.Helper()
	opt.Lang = language.Und
	en, err := e.Match(context.Background(), p, opt)
	require.NoError(t, err)
	for _, lang := range []language.Tag{language.Italian, language.Spanish, language.Danish} {
		opt.Lang = lang
		got, err := e.Match(context.Background(), p, opt)
		require.NoError(t, err)
		where := p.ID + " in " + lang.String()
		require.Equal(t, ids(en.Results), ids(got.Results), "%s: the ranking does not depend on the language", where)
		assert.Equal(t, en.Excluded, got.Excluded, where)
		sameText(t, data, where+": rapid search", en.Rapid.Text, got.Rapid.Text)
		require.Len(t, got.Flags, len(en.Flags), where)
		for i := range en.Flags {
			sameText(t, data, where+": search flag", en.Flags[i], got.Flags[i])
		}
		for i, r := range en.Results {
			g := got.Results[i]
			require.Len(t, g.Reasons, len(r.Reasons), "%s: %s", where, r.ID)
			for j, x := range r.Reasons {
				y := g.Reasons[j]
				assert.Equal(t, []any{x.Factor, x.Effect, x.Score}, []any{y.Factor, y.Effect, y.Score}, "%s: %s", where, r.ID)
				sameText(t, data, where+": "+r.ID+" "+x.Factor, x.Text, y.Text)
			}
			require.Len(t, g.Flags, len(r.Flags), "%s: %s", where, r.ID)
			for j := range r.Flags {
				sameText(t, data, where+": "+r.ID+" flag", r.Flags[j], g.Flags[j])
			}
		}
	}
	return en
}

// sameText checks that tr translates en: it differs from the English text
// and keeps none of the engine's English words.
func sameText(t *testing.T, data []string, where, en, tr string) {
	t.Helper()
	if en == "" {
		assert.Empty(t, tr, where)
		return
	}
	assert.NotEqual(t, en, tr, "%s: not translated", where)
	assert.Empty(t, englishLeft(data, tr), "%s: English left in %q", where, tr)
}

func TestTrackRecordTextMatchesEmployer(t *testing.T) {
	var s speech
	for starts := 0; starts <= 4; starts++ {
		for working := 0; working <= starts; working++ {
			for eligible := 0; eligible <= starts; eligible++ {
				for retained := 0; retained <= eligible; retained++ {
					for _, days := range []int{0, 1, 5, 13, 14, 20, 60, 61, 90, 182, 183, 400, 729, 730, 1100} {
						tr := employer.TrackRecord{Starts: starts, Working: working, Eligible90: eligible, Retained90: retained,
							MedianTenureDays: days, ShortestTenureDays: days}
						require.Equal(t, tr.Reason(), s.trackRecord(tr), "%+v", tr)
					}
				}
			}
		}
	}
}

// TestBenefitsSpeaksTheLanguage: every line and flag of the benefits
// what-if is translated, with the locale's numbers and currency symbol,
// and its figures do not change with the language.
func TestBenefitsSpeaksTheLanguage(t *testing.T) {
	capped := preference.Profile{ID: "ada", BenefitsCap: &preference.BenefitsCap{MaxEarnings: 5000, Period: preference.PerYear, Currency: "EUR", MaxHoursPerWeek: 17.5}}
	pay := employer.Pay{Min: 9, Currency: "EUR", Unit: employer.PerHour}
	vacs := []*employer.Vacancy{
		{ID: "over", Title: "Cook", Hours: employer.Range{Min: 20, Max: 20}, Pay: pay},
		{ID: "maybe", Title: "Cook", Hours: employer.Range{Min: 8, Max: 16}, Pay: pay},
		{ID: "within", Title: "Cook", Hours: employer.Range{Min: 8, Max: 8}, Pay: pay},
		{ID: "nopay", Title: "Cook", Hours: employer.Range{Min: 20}},
		{ID: "nothing", Title: "Cook"},
	}
	for _, p := range []preference.Profile{capped, {ID: "bo"}} {
		for _, v := range vacs {
			en := Benefits(p, v)
			for _, lang := range []language.Tag{language.Italian, language.Spanish, language.Danish} {
				got := BenefitsIn(p, v, lang)
				where := p.ID + " " + v.ID + " in " + lang.String()
				require.Len(t, got.Lines, len(en.Lines), where)
				require.Len(t, got.Flags, len(en.Flags), where)
				for i := range en.Lines {
					sameText(t, []string{"cook"}, where, en.Lines[i], got.Lines[i])
				}
				for i := range en.Flags {
					sameText(t, []string{"cook"}, where, en.Flags[i], got.Flags[i])
				}
				got.Lines, got.Flags = en.Lines, en.Flags
				assert.Equal(t, en, got, "%s: the figures", where)
			}
		}
	}
	it := BenefitsIn(capped, vacs[0], language.Italian)
	assert.Contains(t, it.Lines, "guadagno: 780 € al mese, 9.360 € l'anno (circa 9,00 € l'ora)")
	assert.Contains(t, it.Lines, "limite di ore: 17,5 h/settimana")
}
