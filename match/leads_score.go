package match

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
)

// leadFitMin is the occupation fit at which an open vacancy "fits" and a
// client is served by a planned visit: the same ISCO unit group as what
// the client wants, or most of the client's words.
const leadFitMin = 0.6

// leadScorer scores employers for one client. Leads do not range over the
// vacancy factors' registry (factor.go), and that is deliberate: an
// employer has no hours, shifts, pay or posting date; its kind of work
// comes from several sources (typical occupations, open vacancies, what
// the team learned); its relationship, track record, due follow-up and
// open vacancies are factors of their own, weighed by LeadWeights; and
// every employer is scored, so nothing is bounded. The two factors a lead
// shares with a vacancy, commute and sector, are the vacancy factors
// themselves (commuteFactor, sectorFactor), scored on the employer's place.
type leadScorer struct {
	w     *want
	lw    LeadWeights
	pool  *leadPool
	total float64 // the sum of the weights that count: the denominator
	sp    speech  // the language of the reasons
}

func newLeadScorer(ix *index.Index, p *preference.Profile, pool *leadPool, lw LeadWeights, lang language.Tag) *leadScorer {
	// The match factors reused here (commute, sector) read their weights
	// from a Weights; only those fields are set.
	mw := Weights{Occupation: lw.Occupation, Commute: lw.Commute, Sector: lw.Sector}
	s := &leadScorer{w: compile(ix, p, Options{Today: pool.today, Weights: &mw, Lang: lang}), lw: lw, pool: pool, sp: speechIn(lang).withTaxonomy(ix.Taxonomy())}
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
func (lc *leadCand) what(sp speech) string {
	src := lc.fitSrc
	switch {
	case src.e == nil:
		return sp.tr("no known fit")
	case src.kind == "learned" && src.e.Occupation.Label != "":
		return sp.sprintf("%s, from what the team learned", sp.work(src.e.Occupation, strings.ToLower(src.e.Occupation.Label)))
	case src.kind == "learned":
		return sp.tr("from what the team learned")
	case src.kind == "typical":
		return sp.work(src.e.Occupation, strings.ToLower(src.e.Title))
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
	lc := &leadCand{c: newCand(w, place, emp, s.pool.rels.get(emp.ID), true)}
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
	commuteFactor{}.score(w, lc.c)
	sectorFactor{}.score(w, lc.c)
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
	lc.c.add("occupation", effectOf(lc.fit.score), lc.fit.score, fitText(s.sp, lc, job))
}

// fitText says what shows the employer's kind of work and how it fits.
// Occupations are named in the language of the call where the taxonomy
// has a label in it; what a contact wrote is quoted as written.
func fitText(sp speech, lc *leadCand, j *jobWant) string {
	var subject string
	switch lc.fitSrc.kind {
	case "typical":
		title := plural(strings.ToLower(lc.fitSrc.e.Title))
		if sp.pr != nil { // the other languages name the kind of work, not its workers
			title = sp.work(lc.fitSrc.e.Occupation, strings.ToLower(lc.fitSrc.e.Title))
		}
		subject = sp.sprintf("hires %s", title)
	case "vacancy":
		subject = sp.sprintf("has an open vacancy, %q", lc.fitSrc.e.Title)
	case "learned":
		subject = sp.sprintf("the team learned %q", clip(lc.fitSrc.e.Title, 80))
		if o := lc.fitSrc.e.Occupation; o.Label != "" {
			subject += " (" + sp.work(o, strings.ToLower(o.Label)) + ")"
		}
	}
	s := lc.fit
	switch s.level {
	case "same":
		return sp.sprintf("%s, which the client wants (%s)", subject, quoteJobIn(j, sp.labelLang()))
	case "unit":
		return sp.sprintf("%s, close to %s, which the client wants", subject, s.occ.Label(sp.labelLang()))
	case "minor":
		return sp.sprintf("%s, related to %s, which the client wants", subject, s.occ.Label(sp.labelLang()))
	case "submajor":
		return sp.sprintf("%s, loosely related to %s", subject, s.occ.Label(sp.labelLang()))
	case "words":
		return sp.sprintf("%s, with the client's words %s", subject, strings.Join(s.words, ", "))
	}
	if !lc.knownWork {
		return sp.tr("what they hire for is not known to the team yet")
	}
	return sp.sprintf("no known work there of the kind the client asked for (%s)", quoteJobIn(j, sp.labelLang()))
}

// quoteJobIn names a wanted job type as quoteJob does, with the
// occupation's label in lang: the client's own words when they gave some.
func quoteJobIn(j *jobWant, lang string) string {
	if j.text == "" && len(j.occs) > 0 {
		return j.occs[0].Label(lang)
	}
	return quoteJob(j)
}

// relationship adds the relationship, track-record and follow-up factors.
func (s *leadScorer) relationship(lc *leadCand) {
	emp, r := lc.c.emp, lc.c.rel
	h := s.pool.history(emp.ID)
	rs, sp := 0.0, s.sp
	var parts []string
	if r != nil && r.stage > employer.StageNone {
		rs = 0.8 * r.stageScore
		when := sp.sprintf("last contact %s", sp.date(r.lastContact))
		if !h.LastFaceToFace.IsZero() {
			when = sp.sprintf("last visit %s", sp.date(h.LastFaceToFace))
		}
		parts = append(parts, sp.sprintf("relationship: %s (%s)", sp.stage(r.stage), when))
	} else {
		parts = append(parts, sp.tr("no contact with the team yet"))
	}
	if emp.KnowsProgramme {
		rs += 0.1
		parts = append(parts, sp.tr("knows the programme"))
	}
	if emp.InclusionPolicy {
		rs += 0.1
		parts = append(parts, sp.tr("has an inclusion policy"))
	}
	lc.c.total += s.lw.Relationship * rs
	lc.c.add("relationship", effectOf(rs), rs, strings.Join(parts, "; "))
	// With no job starts there, the track record is neither good nor bad.
	ts := 0.3
	if r != nil && r.starts > 0 {
		ts = r.trackScore
		lc.c.add("track_record", effectOf(ts), ts, sp.trackRecord(s.pool.rels.trackRecord(emp.ID)))
	}
	lc.c.total += s.lw.TrackRecord * ts
	if r != nil && r.followUp != "" {
		fs, eff := 0.0, Neutral
		if r.followUpDue {
			fs, eff = 1, Plus
		}
		lc.c.total += s.lw.FollowUp * fs
		lc.c.add("follow_up", eff, fs, sp.followUp(h))
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
	switch sp := s.sp; {
	case lc.fitting > 0:
		text = sp.count(lc.fitting, "%d open vacancy that fits", "%d open vacancies that fit", lc.fitting)
	case lc.open > 0:
		text = sp.count(lc.open, "%d open vacancy, not the kind of work the client asked for",
			"%d open vacancies, not the kind of work the client asked for", lc.open)
	default:
		text = sp.tr("no open vacancy that meets the client's musts now: a lead for job development")
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
		OpenVacancies: lc.open, Action: actionFor(d), ActionText: leadActionText(s.sp, d), Reasons: lc.c.reasons}
	if r := lc.c.rel; r != nil {
		stage, l.FollowUp = r.stage, s.sp.followUp(s.pool.history(emp.ID))
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
