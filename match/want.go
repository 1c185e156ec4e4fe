package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/geo"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
)

// Understanding records how the engine read one of the client's job types,
// so that a specialist can check it.
type Understanding struct {
	Text        string   `json:"text,omitempty"`
	Strength    string   `json:"strength"`
	Occupations []string `json:"occupations,omitempty"` // taxonomy ids
	Labels      []string `json:"labels,omitempty"`      // labels of Occupations in Options.Lang (English where the vocabulary has none in it)
	Via         []string `json:"via,omitempty"`         // the label that matched, with its language, e.g. "aiuto cucina (it)"
	// Themes are the themes a broad wish was read as ("animals"), and
	// Weights how much each of Occupations answers it; both empty for a
	// specific wish.
	Themes  []string  `json:"themes,omitempty"`
	Weights []float64 `json:"weights,omitempty"`
	// Related are occupations related to those read (by shared essential
	// skills or the vocabulary's related-occupations list), which rank
	// below them.
	Related []string `json:"related,omitempty"`
}

// jobWant is one job type compiled for scoring.
type jobWant struct {
	text     string
	strength preference.Strength
	occs     []taxonomy.Occupation
	via      []string  // per occ: how it was read
	conf     []float64 // per occ: confidence of the reading
	weight   []float64 // per occ: how much it answers the wish (a theme's weight), 1 for a specific wish
	themes   []string  // the themes a broad wish was read as
	// themeText and themeWords (per language, analyzed) are the words that
	// name the themes; they find unread titles of the theme's work.
	themeText  string
	themeWords map[string][]string
	related    []relatedOcc        // occupations related to occs, by skills or the curated list
	words      map[string][]string // lang -> the text's terms with that language's analyzer
	// wordsText is the text matched against titles: the client's words.
	wordsText string
	// understood is true when the taxonomy read the client's words (or
	// the client gave a code). The words then still reach a title the
	// taxonomy could not read, and a title read as other work that has
	// every one of them: a misreading is never silent.
	understood bool
}

// want is a profile compiled once per query.
type want struct {
	p         *preference.Profile
	today     employer.Date
	opt       Options
	w         Weights
	jobs      []jobWant // prefer and must
	avoidJobs []jobWant
	neverJobs []jobWant // excluded when alike (see neverOccupation)
	mustJob   bool
	reachKm   float64         // commute radius in km, 0 when no commute limit
	skills    []string        // the client's skills, lower case
	skillIDs  map[string]bool // the taxonomy ids of the client's skills
	tax       *taxonomy.Taxonomy
	// shifts the client accepts (must), prefers and avoids
	shiftAccept, shiftPrefer, shiftAvoid, shiftNever []employer.Shift
	preferMask, avoidMask, neverMask                 uint8 // employer.ShiftMask of shiftPrefer, shiftAvoid, shiftNever
	// sector codes the client prefers, avoids and never works in
	sectorMust, sectorPrefer, sectorAvoid, sectorNever []string
	total                                              float64 // the denominator of scores (see useFactors)
	fs                                                 factorSet
	// bestEmployer is the best employer score of any vacancy; 1 when unknown
	bestEmployer float64
	// emps bounds the employer and sector factors from the hot fields;
	// nil bounds them by bestEmployer and 1.
	emps *empBounds
	// skillsSeen remembers, by fingerprint (retrieval.Hot.Skills), the
	// skills score of the vacancies this search scored, so that the hot
	// bound knows it for the next with the same skills; nil learns none.
	skillsSeen map[uint64]float64
	// startMinutes is the client's earliest start in minutes after
	// midnight, when stated.
	startMinutes int16
	env          envWant
	todayDay     int32      // today as retrieval.EpochDay counts days
	home         geo.Origin // the client's home, when given, to measure from
	understood   []Understanding
	// hideReserved withholds reserved-channel vacancies, which reveal a
	// registered disability, from a client whose choice forbids naming them.
	hideReserved bool
	place        placeWant
	// speech writes reason text in Options.Lang.
	speech
}

const (
	// mustOccupation is the occupation score a vacancy needs to satisfy a
	// must job type: the same occupation or ISCO unit group, or most of the
	// client's words in its title.
	mustOccupation = 0.8
	// neverOccupation is the occupation score that excludes a vacancy for
	// a job type the client must never do: the same occupation, or all of
	// the client's words in its title. It is stricter than mustOccupation,
	// so that "never a dishwasher" does not also rule out kitchen porters.
	neverOccupation = simWords
	// understandFloor drops weak readings of a client's words.
	understandFloor = 0.5
)

func compile(ix *index.Index, p *preference.Profile, opt Options) *want {
	w := &want{p: p, today: opt.Today, opt: opt, w: *opt.Weights, bestEmployer: 1, todayDay: retrieval.EpochDay(opt.Today),
		hideReserved: !mayNameClient(p.Disclosure), speech: speechIn(opt.Lang)}
	if p.Home != nil {
		w.home = geo.NewOrigin(*p.Home)
	}
	if st := p.EarliestStart; st != nil {
		// Validated as HH:MM, so that minutes order as the times do.
		w.startMinutes, _ = retrieval.ClockMinutes(st.Time)
	}
	tax := ix.Taxonomy()
	for _, j := range p.JobTypes {
		jw, u := readJob(ix, tax, j)
		if !w.english() {
			for i, o := range jw.occs {
				u.Labels[i] = o.Label(w.labelLang())
			}
		}
		w.understood = append(w.understood, u)
		switch j.Strength {
		case preference.Avoid:
			w.avoidJobs = append(w.avoidJobs, jw)
			continue
		case preference.Never:
			w.neverJobs = append(w.neverJobs, jw)
			continue
		}
		w.jobs = append(w.jobs, jw)
		if j.Strength == preference.Must {
			w.mustJob = true
		}
	}
	if c := p.Commute; c != nil && p.Home != nil {
		w.reachKm = reachKm(c)
	}
	w.skillIDs, w.tax = map[string]bool{}, tax
	for _, s := range p.Skills {
		w.skills = append(w.skills, strings.ToLower(strings.TrimSpace(s)))
		if sk, ok := tax.Skill(s); ok {
			w.skillIDs[sk.ID] = true
		}
	}
	defer func() {
		w.preferMask, w.avoidMask = employer.ShiftMask(w.shiftPrefer), employer.ShiftMask(w.shiftAvoid)
		w.neverMask = employer.ShiftMask(w.shiftNever)
	}()
	for _, s := range p.Sectors {
		switch s.Strength {
		case preference.Must:
			w.sectorMust = append(w.sectorMust, s.Code)
		case preference.Prefer:
			w.sectorPrefer = append(w.sectorPrefer, s.Code)
		case preference.Avoid:
			w.sectorAvoid = append(w.sectorAvoid, s.Code)
		case preference.Never:
			w.sectorNever = append(w.sectorNever, s.Code)
		}
	}
	for _, s := range p.Shifts {
		switch s.Strength {
		case preference.Must:
			w.shiftAccept = append(w.shiftAccept, employer.Shift(s.Shift))
		case preference.Prefer:
			w.shiftPrefer = append(w.shiftPrefer, employer.Shift(s.Shift))
		case preference.Avoid:
			w.shiftAvoid = append(w.shiftAvoid, employer.Shift(s.Shift))
		case preference.Never:
			w.shiftNever = append(w.shiftNever, employer.Shift(s.Shift))
		}
	}
	w.env = compileEnv(w)
	w.useFactors(factors[:])
	return w
}

func isDigits(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// occTerms returns the index terms of the wanted occupations at one level:
// 0 codes and unit groups, 1 minor groups.
func occTerms(jobs []jobWant, level int) []string {
	var out []string
	for _, j := range jobs {
		for _, o := range j.occs {
			if len(o.ISCO) != 4 {
				if level == 0 {
					out = append(out, retrieval.CodeTerm(o.ID))
				}
				continue
			}
			switch level {
			case 0:
				out = append(out, retrieval.CodeTerm(o.ID), retrieval.UnitTerm(o.ISCO))
			case 1:
				out = append(out, retrieval.MinorTerm(o.ISCO))
			}
		}
	}
	return lo.Uniq(out)
}

// wordsText joins the client's own words of wanted job types that the
// taxonomy could not read.
func wordsText(jobs []jobWant) string {
	var parts []string
	for _, j := range jobs {
		if j.wordsText != "" && !j.understood {
			parts = append(parts, j.wordsText)
		}
	}
	return strings.Join(parts, " ")
}

// relatedTerms are the code terms of work related to the wanted
// occupations.
func (w *want) relatedTerms() []string {
	var out []string
	for _, j := range w.jobs {
		for _, r := range j.related {
			out = append(out, retrieval.CodeTerm(r.rel.Occupation.ID))
		}
	}
	return lo.Uniq(out)
}

// bestRelated is the best occupation score of related work.
func (w *want) bestRelated() float64 {
	best := 0.0
	for _, j := range w.jobs {
		for _, r := range j.related {
			best = max(best, r.score)
		}
	}
	return best
}

// themeTexts joins the words naming the themes of wanted job types read
// as themes.
func themeTexts(jobs []jobWant) string {
	var parts []string
	for _, j := range jobs {
		if j.themeText != "" {
			parts = append(parts, j.themeText)
		}
	}
	return strings.Join(parts, " ")
}

// readWords lists the client's own words of each wanted job type that
// the taxonomy read.
func readWords(jobs []jobWant) []string {
	var out []string
	for _, j := range jobs {
		if j.wordsText != "" && j.understood {
			out = append(out, j.wordsText)
		}
	}
	return out
}
