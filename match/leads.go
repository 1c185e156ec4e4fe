package match

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
)

// Employer leads serve systematic job development: many IPS jobs are found
// by visiting employers long before, or without, any posting. So a lead is
// an employer, ranked whether or not it has an open vacancy, by what the
// team knows of the kinds of work it hires for, how far the relationship
// has come, and how earlier job starts there went.

// LeadWeights set how much each factor counts in an employer lead. A lead's
// score is the weighted mean of its factor scores, minus penalties (a
// sector the client avoids), as in Match. Occupation counts only when the
// client names job types, Commute only with a home and a commute limit,
// Sector only when the client prefers sectors; the others always count.
type LeadWeights struct {
	// Occupation: the employer hires the kinds of work the client wants, by
	// its typical occupations, its open vacancies, and what contacts learned.
	Occupation float64 `json:"occupation"`
	Commute    float64 `json:"commute"`
	Sector     float64 `json:"sector"`
	// Relationship: how far the team's relationship has come (a relationship
	// ready for candidates is the best lead), and whether the employer knows
	// the programme or has an inclusion policy.
	Relationship float64 `json:"relationship"`
	// TrackRecord: how earlier job starts there went (90-day retention).
	TrackRecord float64 `json:"track_record"`
	// FollowUp: a follow-up is due within a week, or overdue.
	FollowUp float64 `json:"follow_up"`
	// Vacancies: open vacancies there that meet the client's musts and fit.
	Vacancies float64 `json:"vacancies"`
}

// DefaultLeadWeights are the documented defaults: the kind of work first,
// as in Match (clients hold jobs they wanted about twice as long), then the
// relationship and getting there; an open vacancy is only a small bonus,
// since a lead is worth a visit without one.
func DefaultLeadWeights() LeadWeights {
	return LeadWeights{Occupation: 4, Commute: 1.5, Sector: 0.5, Relationship: 1.5,
		TrackRecord: 1, FollowUp: 0.75, Vacancies: 0.75}
}

// Validate reports a negative or non-finite weight.
func (w LeadWeights) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{{"Occupation", w.Occupation}, {"Commute", w.Commute}, {"Sector", w.Sector}, {"Relationship", w.Relationship},
		{"TrackRecord", w.TrackRecord}, {"FollowUp", w.FollowUp}, {"Vacancies", w.Vacancies}} {
		if f.v < 0 || f.v != f.v || f.v > 1e6 {
			return fmt.Errorf("%w: lead weight %s = %v", ErrInvalidOptions, f.name, f.v)
		}
	}
	return nil
}

// LeadOptions shape one Leads call. The zero value works: 15 leads, as of
// the current date, default weights.
type LeadOptions struct {
	Limit   int           // 0 means 15
	Today   employer.Date // zero means the current date
	Weights *LeadWeights  // nil means DefaultLeadWeights
}

// Validate reports options that cannot work.
func (o LeadOptions) Validate() error {
	if o.Limit < 0 || o.Limit > 10000 {
		return fmt.Errorf("%w: limit %d is outside 0..10000", ErrInvalidOptions, o.Limit)
	}
	if o.Weights != nil {
		return o.Weights.Validate()
	}
	return nil
}

func (o LeadOptions) withDefaults() LeadOptions {
	if o.Limit == 0 {
		o.Limit = 15
	}
	if o.Today.IsZero() {
		o.Today = civil.Of(time.Now())
	}
	if o.Weights == nil {
		w := DefaultLeadWeights()
		o.Weights = &w
	}
	return o
}

// Lead is one employer ranked for one client.
type Lead struct {
	Rank           int      `json:"rank"`
	EmployerID     string   `json:"employer_id"`
	Name           string   `json:"name"`
	Sector         string   `json:"sector"`
	Score          float64  `json:"score"`
	Stage          string   `json:"stage"`           // the relationship stage's code: none, introduced, learning_business, ...
	OpenVacancies  int      `json:"open_vacancies"`  // open vacancies there that meet the client's musts
	DistanceKm     *float64 `json:"distance_km"`     // null when the employer has no location
	CommuteMinutes *int     `json:"commute_minutes"` // null when unknown or no commute given
	// Action is what the client's disclosure choice allows with this employer.
	Action     Action   `json:"action"`
	ActionText string   `json:"action_text"`
	FollowUp   string   `json:"follow_up,omitempty"`
	Reasons    []Reason `json:"reasons"`
}

// Leads is the answer to one Leads call.
type Leads struct {
	Client string        `json:"client"`
	Today  employer.Date `json:"today"`
	// Leads are best first; ties break by employer id.
	Leads []Lead `json:"leads"`
	// Excluded counts the employers left out, by reason (as in Match).
	Excluded map[string]int `json:"excluded"`
	Rapid    RapidSearch    `json:"rapid_search"`
	Flags    []string       `json:"flags,omitempty"`
}

// Leads ranks the employers for one client. Must-preferences that concern
// an employer (sector, commute, a must job type) filter, except that an
// employer with no location on file is kept with its commute unknown;
// employers the client avoids are left out, and so, as in Match, are those
// whose known work is unrelated to every job type the client wants (an
// employer whose work the team does not know yet stays, to learn about). Every lead carries the action
// the client's disclosure allows: for a client who chose not to disclose,
// approaching the employer on their own.
func (e *Engine) Leads(ctx context.Context, p preference.Profile, opt LeadOptions) (Leads, error) {
	if err := p.Validate(); err != nil {
		return Leads{}, err
	}
	if err := opt.Validate(); err != nil {
		return Leads{}, err
	}
	opt = opt.withDefaults()
	pool, err := e.newLeadPool(ctx, opt.Today)
	if err != nil {
		return Leads{}, err
	}
	ls := newLeadScorer(e.ix, &p, pool, *opt.Weights)
	res := Leads{Client: p.ID, Today: opt.Today, Leads: []Lead{}, Excluded: map[string]int{}}
	cands, err := ls.rank(ctx, res.Excluded)
	if err != nil {
		return Leads{}, err
	}
	for i, lc := range cands[:min(opt.Limit, len(cands))] {
		res.Leads = append(res.Leads, ls.lead(lc, i+1))
	}
	res.Rapid = e.rapidSearch(&p, opt.Today)
	if res.Rapid.PastDay30 {
		res.Flags = append(res.Flags, res.Rapid.Text)
	}
	if len(res.Leads) == 0 {
		res.Flags = append(res.Flags, "no employer meets every must; consider relaxing one")
	}
	for _, u := range ls.w.understood {
		if u.Text != "" && len(u.Occupations) == 0 {
			res.Flags = append(res.Flags, fmt.Sprintf("%q was not recognised as an occupation; matched on words only", u.Text))
		}
	}
	return res, nil
}

// leadActionText says what the client's choice allows with an employer.
// A client who chose not to disclose approaches employers themselves, and
// the text never suggests anyone going on their behalf.
func leadActionText(d preference.Disclosure) string {
	a := actionFor(d)
	if a == ApplyOnOwn {
		return "the client can approach this employer on their own, for example walking in with a CV; help them prepare behind the scenes"
	}
	return a.Text()
}

// leadFitMin is the occupation fit at which an open vacancy "fits" and a
// client is served by a planned visit: the same ISCO unit group as what
// the client wants, or most of the client's words.
const leadFitMin = 0.6

// maxLearned caps how many notes of what contacts learned are read per
// employer, newest first.
const maxLearned = 5

// source is something that shows what kind of work an employer hires for:
// a typical occupation, an open vacancy, or a note of what a contact
// learned, read as an occupation where the taxonomy finds one in it and
// word for word otherwise.
type source struct {
	kind string // "typical", "vacancy", "learned"
	e    *index.Entry
	work bool // it names a kind of work (a note read word for word does not)
}

// leadPool is what leads need about every employer, read once per call and
// shared by every client of a plan.
type leadPool struct {
	today   employer.Date
	emps    []*employer.Employer // sorted by id
	rels    map[string]*relation
	hist    map[string]employer.Relationship
	sources map[string][]source // employer id -> typical, then open vacancies, then learned
	open    map[string][]*index.Entry
}

func (e *Engine) newLeadPool(ctx context.Context, today employer.Date) (*leadPool, error) {
	pl := &leadPool{today: today, emps: e.ix.Employers(), rels: e.relations(today),
		hist: map[string]employer.Relationship{}, sources: map[string][]source{}, open: map[string][]*index.Entry{}}
	if e.hist != nil {
		pl.hist = employer.Relationships(e.hist.Contacts(), e.hist.Placements(), today)
	}
	for _, v := range e.ix.Vacancies() {
		if v.EmployerID != "" && v.Open(today) {
			pl.open[v.EmployerID] = append(pl.open[v.EmployerID], v)
		}
	}
	for _, emp := range pl.emps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		src := e.typicalSources(emp)
		for _, v := range pl.open[emp.ID] {
			src = append(src, source{kind: "vacancy", e: v, work: true})
		}
		if r := pl.rels[emp.ID]; r != nil {
			for _, text := range r.learned[:min(maxLearned, len(r.learned))] {
				src = append(src, e.learnedSources(emp.ID, text)...)
			}
		}
		pl.sources[emp.ID] = src
	}
	return pl, nil
}

// typicalSources reads an employer's typical occupations as vacancies, so
// that the client's job types compare with them as with any posting.
func (e *Engine) typicalSources(emp *employer.Employer) []source {
	var out []source
	for _, o := range emp.TypicalOccupations {
		if t, ok := e.ix.Taxonomy().Occupation(o.Code); ok && o.ISCO == "" {
			o.ISCO = t.ISCO
		}
		if o.Label == "" {
			o.Label = o.Code
		}
		v := &employer.Vacancy{ID: emp.ID, EmployerID: emp.ID, Title: o.Label, Occupation: o}
		out = append(out, source{kind: "typical", e: &index.Entry{Vacancy: v, TitleTokens: e.ix.Analyze("en", o.Label)}, work: true})
	}
	return out
}

// learnedSources reads a note: the occupations the taxonomy finds named in
// it in full, and its words in each indexed language, for clients whose
// own words the taxonomy could not read.
func (e *Engine) learnedSources(empID, text string) []source {
	var out []source
	for _, u := range e.ix.Taxonomy().Understand(text) {
		if u.Score >= understandFloor {
			o := employer.Occupation{Code: u.Occupation.ID, ISCO: u.Occupation.ISCO, Label: u.Occupation.Label("en"), Inferred: true}
			v := &employer.Vacancy{ID: empID, EmployerID: empID, Title: text, Occupation: o}
			out = append(out, source{kind: "learned", e: &index.Entry{Vacancy: v}, work: true})
		}
	}
	for _, lang := range index.Languages {
		v := &employer.Vacancy{ID: empID, EmployerID: empID, Title: text, Language: lang}
		out = append(out, source{kind: "learned", e: &index.Entry{Vacancy: v, TitleTokens: e.ix.Analyze(lang, text)}})
	}
	return out
}

// leadScorer scores employers for one client.
type leadScorer struct {
	w     *want
	lw    LeadWeights
	pool  *leadPool
	total float64 // the sum of the weights that count: the denominator
}

func newLeadScorer(ix *index.Index, p *preference.Profile, pool *leadPool, lw LeadWeights) *leadScorer {
	// The match factors reused here (commute, sector) read their weights
	// from a Weights; only those fields are set.
	mw := Weights{Occupation: lw.Occupation, Commute: lw.Commute, Sector: lw.Sector}
	s := &leadScorer{w: compile(ix, p, Options{Today: pool.today, Weights: &mw}), lw: lw, pool: pool}
	s.total = lw.Relationship + lw.TrackRecord + lw.FollowUp + lw.Vacancies
	if len(s.w.jobs) > 0 {
		s.total += lw.Occupation
	}
	if p.Commute != nil && p.Home != nil {
		s.total += lw.Commute
	}
	if slices.ContainsFunc(p.Sectors, func(s preference.SectorPref) bool { return s.Strength == preference.Prefer }) {
		s.total += lw.Sector
	}
	return s
}

// leadCand is one employer scored for one client.
type leadCand struct {
	c       *cand // the employer as a scoring candidate: place, sector, reasons, total
	fit     occSim
	fitSrc  source
	mustFit float64 // the best fit with a must job type
	// knownWork is true when something shows what the employer hires for.
	knownWork bool
	open      int // open vacancies that meet the client's musts
	fitting   int // of them, those that fit a wanted job type
	score     float64
}

// what names the kind of work that fits, for short texts: "kitchen porter".
func (lc *leadCand) what() string {
	src := lc.fitSrc
	switch {
	case src.e == nil:
		return "no known fit"
	case src.kind == "learned" && src.e.Occupation.Label != "":
		return strings.ToLower(src.e.Occupation.Label) + ", from what the team learned"
	case src.kind == "learned":
		return "from what the team learned"
	}
	return strings.ToLower(src.e.Title)
}

// kind keys the kind of work that fits, so a plan can spread visits over
// kinds of work: the ISCO unit group where known.
func (lc *leadCand) kind() string {
	if o := lc.fitSrc.e; o != nil && len(o.Occupation.ISCO) == 4 {
		return "isco:" + o.Occupation.ISCO
	}
	if lc.fit.occ != nil && len(lc.fit.occ.ISCO) == 4 {
		return "isco:" + lc.fit.occ.ISCO
	}
	return "words:" + strings.Join(lc.fit.words, " ")
}

// rank scores every employer and returns those kept, best first (ties by
// employer id), counting the others in excluded when it is not nil.
func (s *leadScorer) rank(ctx context.Context, excluded map[string]int) ([]*leadCand, error) {
	var out []*leadCand
	for _, emp := range s.pool.emps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lc, why := s.score(emp)
		if why != "" {
			if excluded != nil {
				excluded[why]++
			}
			continue
		}
		out = append(out, lc)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out, nil
}

// score scores one employer, or says why it is left out.
func (s *leadScorer) score(emp *employer.Employer) (*leadCand, string) {
	w := s.w
	if slices.Contains(w.p.AvoidEmployers, emp.ID) {
		return nil, ExAvoidedEmployer
	}
	place := &index.Entry{Vacancy: &employer.Vacancy{ID: emp.ID, EmployerID: emp.ID, Title: emp.Name, Location: emp.Location}}
	lc := &leadCand{c: newCand(w, place, emp, s.pool.rels[emp.ID], true)}
	if why := w.excludeSector(lc.c); why != "" {
		return nil, why
	}
	if why := w.excludeCommute(lc.c); why != "" && why != ExLocationUnknown {
		return nil, why
	}
	s.occupation(lc)
	if w.mustJob && lc.mustFit < mustOccupation {
		return nil, ExJobType
	}
	// As in Match, work unrelated to every wanted job type is left out; an
	// employer whose work is not known yet stays, as one to learn about.
	if len(w.jobs) > 0 && lc.knownWork && lc.fit.score == 0 {
		return nil, ExOtherWork
	}
	w.scoreCommute(lc.c)
	w.scoreSector(lc.c)
	s.relationship(lc)
	s.vacancies(lc)
	lc.score = lc.c.total / s.total
	return lc, ""
}

// occupation adds the job-type factor: the best fit of any wanted job type
// with anything that shows what the employer hires for.
func (s *leadScorer) occupation(lc *leadCand) {
	var job *jobWant
	for _, src := range s.pool.sources[lc.c.emp.ID] {
		lc.knownWork = lc.knownWork || src.work
		for i := range s.w.jobs {
			j := &s.w.jobs[i]
			sim := j.sim(src.e)
			if sim.score > lc.fit.score || job == nil {
				lc.fit, lc.fitSrc, job = sim, src, j
			}
			if j.strength == preference.Must {
				lc.mustFit = max(lc.mustFit, sim.score)
			}
		}
	}
	if len(s.w.jobs) == 0 {
		return
	}
	if job == nil {
		job = &s.w.jobs[0]
	}
	lc.c.total += s.lw.Occupation * lc.fit.score
	lc.c.add("occupation", effectOf(lc.fit.score), lc.fit.score, fitText(lc, job))
}

func fitText(lc *leadCand, j *jobWant) string {
	var subject string
	switch lc.fitSrc.kind {
	case "typical":
		subject = "hires " + plural(strings.ToLower(lc.fitSrc.e.Title))
	case "vacancy":
		subject = fmt.Sprintf("has an open vacancy, %q", lc.fitSrc.e.Title)
	case "learned":
		subject = fmt.Sprintf("the team learned %q", clip(lc.fitSrc.e.Title, 80))
		if o := lc.fitSrc.e.Occupation; o.Label != "" {
			subject += " (" + strings.ToLower(o.Label) + ")"
		}
	}
	s := lc.fit
	switch s.level {
	case "same":
		return fmt.Sprintf("%s, which the client wants (%s)", subject, quoteJob(j))
	case "unit":
		return fmt.Sprintf("%s, close to %s, which the client wants", subject, s.occ.Label("en"))
	case "minor":
		return fmt.Sprintf("%s, related to %s, which the client wants", subject, s.occ.Label("en"))
	case "submajor":
		return fmt.Sprintf("%s, loosely related to %s", subject, s.occ.Label("en"))
	case "words":
		return fmt.Sprintf("%s, with the client's words %s", subject, strings.Join(s.words, ", "))
	}
	if !lc.knownWork {
		return "what they hire for is not known to the team yet"
	}
	return fmt.Sprintf("no known work there of the kind the client asked for (%s)", quoteJob(j))
}

// relationship adds the relationship, track-record and follow-up factors.
func (s *leadScorer) relationship(lc *leadCand) {
	emp, r := lc.c.emp, lc.c.rel
	h := s.pool.hist[emp.ID]
	rs := 0.0
	var parts []string
	if r != nil && r.stage > employer.StageNone {
		rs = 0.8 * r.stageScore
		when := fmt.Sprintf("last contact %s", r.lastContact)
		if !h.LastFaceToFace.IsZero() {
			when = fmt.Sprintf("last visit %s", h.LastFaceToFace)
		}
		parts = append(parts, fmt.Sprintf("relationship: %s (%s)", r.stageText, when))
	} else {
		parts = append(parts, "no contact with the team yet")
	}
	if emp.KnowsProgramme {
		rs += 0.1
		parts = append(parts, "knows the programme")
	}
	if emp.InclusionPolicy {
		rs += 0.1
		parts = append(parts, "has an inclusion policy")
	}
	lc.c.total += s.lw.Relationship * rs
	lc.c.add("relationship", effectOf(rs), rs, strings.Join(parts, "; "))
	// With no job starts there, the track record is neither good nor bad.
	ts := 0.3
	if r != nil && r.starts > 0 {
		ts = r.trackScore
		lc.c.add("track_record", effectOf(ts), ts, r.track)
	}
	lc.c.total += s.lw.TrackRecord * ts
	if r != nil && r.followUp != "" {
		fs, eff := 0.0, Neutral
		if r.followUpDue {
			fs, eff = 1, Plus
		}
		lc.c.total += s.lw.FollowUp * fs
		lc.c.add("follow_up", eff, fs, r.followUp)
	}
}

// vacancies adds the open-vacancies factor: a small bonus for open
// vacancies that meet the client's musts and fit a wanted job type.
func (s *leadScorer) vacancies(lc *leadCand) {
	w := s.w
	for _, en := range s.pool.open[lc.c.emp.ID] {
		if w.exclude(newCand(w, en, lc.c.emp, lc.c.rel, false)) != "" {
			continue
		}
		lc.open++
		best := 0.0
		for i := range w.jobs {
			best = max(best, w.jobs[i].sim(en).score)
		}
		if len(w.jobs) == 0 || best >= leadFitMin {
			lc.fitting++
		}
	}
	vs := min(1, 0.5*float64(lc.fitting))
	lc.c.total += s.lw.Vacancies * vs
	var text string
	switch {
	case lc.fitting > 0:
		text = fmt.Sprintf("%d open %s that %s", lc.fitting, plural1(lc.fitting, "vacancy", "vacancies"), plural1(lc.fitting, "fits", "fit"))
	case lc.open > 0:
		text = fmt.Sprintf("%d open %s, not the kind of work the client asked for", lc.open, plural1(lc.open, "vacancy", "vacancies"))
	default:
		text = "no open vacancy that meets the client's musts now: a lead for job development"
	}
	lc.c.add("vacancies", effectOf(vs), vs, text)
}

func (s *leadScorer) weight(factor string) float64 {
	switch factor {
	case "occupation":
		return s.lw.Occupation
	case "commute":
		return s.lw.Commute
	case "sector":
		return s.lw.Sector
	case "relationship":
		return s.lw.Relationship
	case "track_record":
		return s.lw.TrackRecord
	case "follow_up":
		return s.lw.FollowUp
	}
	return s.lw.Vacancies
}

// lead writes a scored employer as a Lead, strongest reasons first.
func (s *leadScorer) lead(lc *leadCand, rank int) Lead {
	emp, d := lc.c.emp, s.w.p.Disclosure
	stage := employer.StageNone
	l := Lead{Rank: rank, EmployerID: emp.ID, Name: emp.Name, Sector: sectorLabel(emp), Score: round3(lc.score),
		OpenVacancies: lc.open, Action: actionFor(d), ActionText: leadActionText(d), Reasons: lc.c.reasons}
	if r := lc.c.rel; r != nil {
		stage, l.FollowUp = r.stage, r.followUp
	}
	code, _ := stage.MarshalText()
	l.Stage = string(code)
	if lc.c.km >= 0 {
		km := round1(lc.c.km)
		l.DistanceKm = &km
		if s.w.p.Commute != nil {
			m := lc.c.minutes
			l.CommuteMinutes = &m
		}
	}
	sort.SliceStable(l.Reasons, func(i, j int) bool {
		a, b := l.Reasons[i], l.Reasons[j]
		return s.weight(a.Factor)*a.Score > s.weight(b.Factor)*b.Score
	})
	return l
}

func sectorLabel(emp *employer.Employer) string {
	if emp.Sector.Label != "" {
		return emp.Sector.Label
	}
	return emp.Sector.Code
}

// plural makes an occupation label plural for a sentence: "kitchen porters".
func plural(s string) string {
	switch {
	case s == "" || strings.HasSuffix(s, "s") || strings.Contains(s, " de "):
		return s
	case len(s) > 1 && strings.HasSuffix(s, "y") && !strings.ContainsAny(s[len(s)-2:len(s)-1], "aeiou"):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "x"):
		return s + "es"
	}
	return s + "s"
}

func plural1(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
