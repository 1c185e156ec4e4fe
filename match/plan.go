package match

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
	"golang.org/x/text/language"
)

// ErrUnknownSpecialist is returned when a plan is asked for a specialist
// who has no client in the caseload given.
var ErrUnknownSpecialist = errors.New("ipsmatch: no client in the caseload has this specialist")

// Plan weights, in units of one client's lead score (0..1). A follow-up
// promised to an employer is worth keeping even for a modest fit; moving a
// relationship one step on is what job development is for; a second visit
// serving the same kind of work is worth less, since IPS asks for jobs that
// differ in type and employer across a caseload.
const (
	followUpBonus = 0.35
	stepBonus     = 0.2
	coverPenalty  = 0.5 // the value of a visit is multiplied by this for each chosen visit of the same kind of work
)

// PlanOptions shape one Plan call. The zero value works: 6 visits (the IPS
// target of about six face-to-face employer contacts a week), at most 2
// per sector, relationships as of the first day of the week.
type PlanOptions struct {
	Visits       int           // 0 means 6
	Today        employer.Date // zero means the week's first day
	MaxPerSector int           // 0 means 2
	// Lang is the language of the visits' reasons and the plan's flags, as
	// in Options: English when zero. Purpose codes never change with it.
	Lang language.Tag
}

// Validate reports options that cannot work.
func (o PlanOptions) Validate() error {
	if o.Visits < 0 || o.Visits > 100 {
		return fmt.Errorf("%w: visits %d is outside 0..100", ErrInvalidOptions, o.Visits)
	}
	if o.MaxPerSector < 0 {
		return fmt.Errorf("%w: max per sector %d is negative", ErrInvalidOptions, o.MaxPerSector)
	}
	return nil
}

// Visit is one proposed face-to-face employer visit.
type Visit struct {
	EmployerID string `json:"employer_id"`
	Name       string `json:"name"`
	Sector     string `json:"sector"`
	// Purpose follows the relationship's next step: introduction,
	// learn_business, thank_you or present_candidate.
	Purpose employer.Purpose `json:"purpose"`
	// Clients are the clients this visit serves whose disclosure choice
	// lets the specialist speak of them (program_only or full), best fit
	// first. Clients who chose not to disclose are never named here, since
	// a visit sheet may be seen at the employer.
	Clients []string `json:"clients"`
	// PresentFor are the clients the specialist may present at this visit.
	PresentFor []string `json:"present_for,omitempty"`
	// OthersServed counts the clients who chose not to disclose and whose
	// job search the visit helps, by learning about the employer.
	OthersServed int      `json:"others_served"`
	Reasons      []string `json:"reasons"`
	FollowUpDue  string   `json:"follow_up_due,omitempty"` // YYYY-MM-DD of a pending follow-up
}

// Plan is a specialist's proposed employer visits for one week.
type Plan struct {
	Specialist string        `json:"specialist"`
	Week       employer.Date `json:"week"`
	Visits     []Visit       `json:"visits"`
	Caseload   int           `json:"caseload"` // clients planned for
	Flags      []string      `json:"flags,omitempty"`
}

// served is one client's lead for an employer.
type served struct {
	p  *preference.Profile
	lc *leadCand
}

// stop is an employer that a visit could go to.
type stop struct {
	emp     *employer.Employer
	rel     *relation
	hist    employer.Relationship
	served  []served // best lead score first, then client id
	mine    bool     // the specialist has been in touch with the employer (or no specialist was named)
	purpose employer.Purpose
	present []string
	value   float64
}

// Plan proposes opt.Visits face-to-face employer visits for the week
// starting week (zero: this week's Monday) for the clients of specialist in
// caseload (every client when specialist is ""). Visits are chosen greedily
// by how many clients an employer serves and how well, with bonuses for a
// due follow-up and for a relationship ready to move on; never the same
// employer twice, at most opt.MaxPerSector per sector, and spread over
// kinds of work. The same input always gives the same plan.
func (e *Engine) Plan(ctx context.Context, caseload []preference.Profile, specialist string, week employer.Date, opt PlanOptions) (Plan, error) {
	if err := opt.Validate(); err != nil {
		return Plan{}, err
	}
	clients, err := caseloadOf(caseload, specialist)
	if err != nil {
		return Plan{}, err
	}
	opt, week = opt.withDefaults(week)
	pool, err := e.newLeadPool(ctx, opt.Today)
	if err != nil {
		return Plan{}, err
	}
	plan := Plan{Specialist: specialist, Week: week, Visits: []Visit{}, Caseload: len(clients)}
	stops, noJob, err := e.stops(ctx, pool, clients, specialist, opt.Lang)
	if err != nil {
		return Plan{}, err
	}
	sp := speechIn(opt.Lang).withTaxonomy(e.ix.Taxonomy())
	for _, st := range choose(stops, opt) {
		plan.Visits = append(plan.Visits, st.visit(sp, pool.rels))
	}
	plan.Flags = append(planFlags(sp, pool.rels, clients, opt, len(plan.Visits)), noJob...)
	return plan, nil
}

// stops gathers the employers worth a visit: those whose work fits a
// client, and those with a follow-up due that the specialist has been in
// touch with. A client is not served by the employer they work for now.
// noJob flags the clients who name no job type.
func (e *Engine) stops(ctx context.Context, pool *leadPool, clients []preference.Profile, specialist string, lang language.Tag) (map[string]*stop, []string, error) {
	var noJob []string
	stops := map[string]*stop{}
	for i := range clients {
		p := &clients[i]
		ls := newLeadScorer(e.ix, p, pool, DefaultLeadWeights(), lang)
		if len(ls.w.jobs) == 0 {
			noJob = append(noJob, ls.sp.sprintf("client %s has no job type to look for: talk about the work they want; no visit is chosen for them", p.ID))
			continue
		}
		cands, err := ls.rank(ctx, nil)
		if err != nil {
			return nil, nil, err
		}
		job, working := pool.rels.currentJob(p.ID)
		for _, lc := range cands {
			if lc.fit.score >= leadFitMin && (!working || job.EmployerID != lc.c.emp.ID) {
				st := pool.stop(stops, lc.c.emp, specialist)
				st.served = append(st.served, served{p, lc})
			}
		}
	}
	for _, emp := range pool.emps {
		if r := pool.rels.get(emp.ID); r != nil && r.followUpDue && stops[emp.ID] == nil {
			if st := pool.stop(stops, emp, specialist); !st.mine {
				delete(stops, emp.ID) // another specialist's follow-up
			}
		}
	}
	return stops, noJob, nil
}

func (o PlanOptions) withDefaults(week employer.Date) (PlanOptions, employer.Date) {
	if o.Visits == 0 {
		o.Visits = 6
	}
	if o.MaxPerSector == 0 {
		o.MaxPerSector = 2
	}
	if week.IsZero() {
		now := civil.Of(time.Now())
		week = now.AddDays(-((int(now.Time().Weekday()) + 6) % 7))
	}
	if o.Today.IsZero() {
		o.Today = week
	}
	return o, week
}

// caseloadOf returns the clients of specialist, or every client for "".
func caseloadOf(caseload []preference.Profile, specialist string) ([]preference.Profile, error) {
	if len(caseload) == 0 {
		return nil, fmt.Errorf("%w: the caseload is empty", ErrInvalidOptions)
	}
	if _, err := NewCaseload(caseload); err != nil {
		return nil, err
	}
	clients := slices.Clone(caseload)
	if specialist != "" {
		clients = lo.Filter(caseload, func(p preference.Profile, _ int) bool { return p.Specialist == specialist })
	}
	if len(clients) == 0 {
		known := lo.Uniq(lo.FilterMap(caseload, func(p preference.Profile, _ int) (string, bool) { return p.Specialist, p.Specialist != "" }))
		slices.Sort(known)
		names := "no specialist is named in the caseload"
		if len(known) > 0 {
			names = "specialists in the caseload: " + strings.Join(known, ", ")
		}
		return nil, fmt.Errorf("%w: %q (%s)", ErrUnknownSpecialist, specialist, names)
	}
	for i := range clients {
		if err := clients[i].Validate(); err != nil {
			return nil, fmt.Errorf("client %q: %w", clients[i].ID, err)
		}
	}
	slices.SortFunc(clients, func(a, b preference.Profile) int { return strings.Compare(a.ID, b.ID) })
	return clients, nil
}

// stop returns the stop for emp, creating it.
func (pl *leadPool) stop(stops map[string]*stop, emp *employer.Employer, specialist string) *stop {
	if st := stops[emp.ID]; st != nil {
		return st
	}
	h := pl.history(emp.ID)
	st := &stop{emp: emp, rel: pl.rels.get(emp.ID), hist: h,
		mine: specialist == "" || slices.Contains(h.Specialists, specialist)}
	stops[emp.ID] = st
	return st
}

// choose picks the visits greedily, each time the stop of highest value
// after the spread penalty, ties by employer id.
func choose(stops map[string]*stop, opt PlanOptions) []*stop {
	order := lo.Values(stops)
	slices.SortFunc(order, func(a, b *stop) int { return strings.Compare(a.emp.ID, b.emp.ID) })
	for _, st := range order {
		st.settle()
	}
	var out []*stop
	perSector, covered := map[string]int{}, map[string]int{}
	picked := map[string]bool{}
	for len(out) < opt.Visits {
		var best *stop
		bestVal := 0.0
		for _, st := range order {
			if picked[st.emp.ID] || perSector[strings.ToUpper(st.emp.Sector.Code)] >= opt.MaxPerSector {
				continue
			}
			v := st.value * math.Pow(coverPenalty, float64(covered[st.kind()]))
			if v > bestVal {
				best, bestVal = st, v
			}
		}
		if best == nil {
			break
		}
		picked[best.emp.ID] = true
		perSector[strings.ToUpper(best.emp.Sector.Code)]++
		if k := best.kind(); k != "" {
			covered[k]++
		}
		out = append(out, best)
	}
	return out
}

// kind is the kind of work the stop serves best, "" when it serves no one.
func (st *stop) kind() string {
	if len(st.served) == 0 {
		return ""
	}
	return st.served[0].lc.kind()
}

func (st *stop) stage() employer.Stage {
	if st.rel == nil {
		return employer.StageNone
	}
	return st.rel.stage
}

// settle orders who is served and sets the purpose, who may be presented
// and the stop's value.
func (st *stop) settle() {
	sort.SliceStable(st.served, func(i, j int) bool {
		a, b := st.served[i], st.served[j]
		if a.lc.score != b.lc.score {
			return a.lc.score > b.lc.score
		}
		return a.p.ID < b.p.ID
	})
	st.present = nil
	for _, s := range st.served {
		st.value += s.lc.score
		if mayPresent(s.p.Disclosure) && s.lc.fit.score >= simUnit {
			st.present = append(st.present, s.p.ID)
		}
	}
	st.purpose = purposeFor(st.stage(), len(st.present) > 0)
	if st.purpose != employer.PurposePresent {
		st.present = nil
	}
	if st.mine && st.rel != nil && st.rel.followUpDue {
		st.value += followUpBonus
	}
	if st.purpose == employer.PurposePresent || (st.stage() > employer.StageNone && st.stage() < employer.StageReady) {
		st.value += stepBonus
	}
}

// purposeFor is the next step of a relationship. A relationship thanked
// after an introduction alone has not yet learned the business, and IPS
// learns before it presents anyone; one ready for candidates (or that has
// hired) gets a candidate when there is one to present, else another visit
// to learn what the business needs now.
func purposeFor(stage employer.Stage, presentable bool) employer.Purpose {
	switch {
	case stage == employer.StageNone:
		return employer.PurposeIntroduction
	case stage == employer.StageIntroduced || stage == employer.StageThanked:
		return employer.PurposeLearn
	case stage == employer.StageLearning:
		return employer.PurposeThankYou
	case presentable:
		return employer.PurposePresent
	}
	return employer.PurposeLearn
}
