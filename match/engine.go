package match

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/transit"
	"github.com/ipsmatch/ipsmatch/preference"
)

// History is where the engine reads what the job-development log and job
// starts say of employers and clients: the derived state a store keeps up
// to date as records are written. Every store.Store is one.
type History interface {
	Derived(ctx context.Context) (*store.Derived, error)
}

// Config sets up an Engine.
type Config struct {
	// Index holds employers and vacancies; required.
	Index *index.Index
	// History feeds relationship stages and track records; nil means none.
	History History
	// Logger receives debug lines about retrieval; nil is silent. Logs
	// carry counts and ids, never a profile's preferences.
	Logger *slog.Logger
	// Geocoder locates a client's home given as home_address; nil means
	// such a client gets ErrHomeNotLocated.
	Geocoder geocode.Geocoder
	// Transit, when not nil, gives real public transport times for
	// clients who commute by transit; nil keeps the speed model.
	Transit *transit.Planner
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	if c.Index == nil {
		return fmt.Errorf("%w: Config.Index is nil", ErrInvalidOptions)
	}
	return nil
}

// Engine ranks vacancies and employers for clients. It is safe for
// concurrent use.
type Engine struct {
	ix   *index.Index
	src  retrieval.Source[*index.Entry] // the index's posting lists and hot fields
	hist History
	log  *slog.Logger
	best bestCache
	// tables are the employer score tables of searches done (empTable).
	tables empTables

	geocoder geocode.Geocoder
	transit  *transit.Planner
}

// New returns an Engine over cfg.Index.
func New(cfg Config) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Engine{ix: cfg.Index, src: retrieval.Of[*index.Entry](cfg.Index), hist: cfg.History, log: log, geocoder: cfg.Geocoder, transit: cfg.Transit}, nil
}

// Index returns the engine's index.
func (e *Engine) Index() *index.Index { return e.ix }

// Match ranks the vacancies for one client. Must-preferences are never
// violated; the results are the best by the weighted factors, at most
// PerEmployer per employer, each with reasons and the action the client's
// disclosure allows.
func (e *Engine) Match(ctx context.Context, p preference.Profile, opt Options) (Results, error) {
	if err := p.Validate(); err != nil {
		return Results{}, err
	}
	if err := opt.Validate(); err != nil {
		return Results{}, err
	}
	opt = opt.withDefaults()
	if err := e.locateHome(ctx, &p); err != nil {
		return Results{}, err
	}
	w := compile(e.ix, &p, opt)
	if err := e.planTransit(ctx, w); err != nil {
		return Results{}, err
	}
	rels, err := e.relations(ctx, opt.Today)
	if err != nil {
		return Results{}, err
	}
	w.bestEmployer = e.best.get(rels, e.bestEmployerScore)
	w.emps = newEmpBounds(e.src, rels, &e.tables)
	defer w.emps.release()
	w.skillsSeen = map[uint64]float64{}
	res := Results{Client: p.ID, Today: opt.Today, Excluded: map[string]int{}, Understood: w.understood}

	var bufs buffers
	defer bufs.release()
	rd := e.newReader(w, &bufs)
	var c cand
	top := newTopList(opt.Limit, opt.PerEmployer)
	var took Phases
	clock := startPhases(&took)
	for ti := 0; ; ti++ {
		tc, ok, err := rd.next(ctx, top.threshold())
		clock.lap(&took.Retrieve)
		if err != nil {
			return Results{}, err
		}
		if !ok {
			break
		}
		for ri, r := range tc.rings {
			// Bound every candidate of the ring on its hot fields, then
			// read records best bound first: the threshold rises as fast
			// as it can, and reading stops at the first candidate whose
			// bound cannot beat it. Read in the order retrieval gave
			// them, a search of the project's own town at 1M read
			// thousands of records whose bound equalled their score
			// while the threshold crept up (issue 9).
			floor := top.threshold()
			order := bufs.boundsOf(len(r.picks))
			for i, pk := range r.picks {
				// Skip, unread, what cannot beat the last result kept even
				// with every costly factor at its best.
				b, below := w.hotBoundOver(pk.h, tc.occMax, floor)
				if below {
					continue
				}
				if why := w.excludeHot(pk.h); why != "" {
					res.Considered++
					res.Excluded[why]++
					continue
				}
				order = append(order, ranked{b: b, i: int32(i)})
			}
			bufs.keepBounds(order)
			slices.SortFunc(order, func(x, y ranked) int {
				if x.b != y.b {
					return cmp.Compare(y.b, x.b)
				}
				return cmp.Compare(x.i, y.i)
			})
			for _, o := range order {
				if o.b < top.threshold() {
					break
				}
				pk := r.picks[o.i]
				en, err := e.src.Entry(pk.h)
				if err != nil {
					return Results{}, err
				}
				c.reset(w, en, e.employerOf(en), rels.get(en.EmployerID), false)
				if w.quickBound(&c, tc.occMax) < top.known {
					continue
				}
				res.Considered++
				if why := w.exclude(&c); why != "" {
					res.Excluded[why]++
					continue
				}
				top.add(scored{e: en, score: w.score(&c)})
			}
			// The rest of this tier is farther away: skip it when even a
			// perfect vacancy there could not beat the last result kept.
			if ri+1 < len(tc.rings) && top.threshold() > w.upperBoundAt(tc.occMax, tc.rings[ri+1].minKm, tc.fresh) {
				e.log.Debug("match ring cut", "client", p.ID, "tier", ti, "ring", ri)
				break
			}
		}
		clock.lap(&took.Score)
		// The tier's other blocks are left unread when even a perfect
		// vacancy in them, at their nearest and newest, could not beat the
		// last result kept.
		if b, ok := rd.restBound(); ok && top.threshold() > b {
			rd.skipRest()
		}
		if _, mid := rd.restBound(); !mid && rd.more() && top.threshold() > w.upperBoundAt(tc.occBound, 0, 1) {
			break
		}
	}
	kept := top.all()
	res.Results = make([]Result, 0, min(opt.Limit, len(kept))) // [] not null in JSON
	for i, s := range diversify(kept, opt.Limit, opt.PerEmployer) {
		c := newCand(w, s.e, e.employerOf(s.e), rels.get(s.e.EmployerID), true)
		res.Results = append(res.Results, w.result(c, i+1))
	}
	clock.lap(&took.Explain)
	if err := rd.count(ctx, &res, len(res.Results) < opt.Limit); err != nil {
		return Results{}, err
	}
	if opt.Facets {
		if res.Facets, err = e.facets(ctx, w, rels); err != nil {
			return Results{}, err
		}
	}
	if opt.Timing != nil {
		*opt.Timing = took
	}
	res.Rapid = rels.rapidSearchIn(&p, w.speech)
	res.Flags = append(w.searchFlags(res), w.place.flags...)
	if res.Rapid.PastDay30 {
		res.Flags = append([]string{res.Rapid.Text}, res.Flags...)
	}
	if job, ok := rels.currentJob(p.ID); ok {
		res.CurrentJob = &job
		res.Flags = append(res.Flags, w.sprintf("working now: %s at %s since %s (%d days); follow-along support continues",
			job.Title, e.employerName(job.EmployerID), w.date(job.Start), job.TenureDays(opt.Today)))
	}
	return res, nil
}

func (e *Engine) employerOf(en *index.Entry) *employer.Employer { return en.Employer() }

// employerName is an employer's name for a sentence, its id when unknown.
func (e *Engine) employerName(id string) string {
	if emp, ok := e.ix.Employer(id); ok {
		return emp.Name
	}
	return id
}

// scored is a candidate with its score, before explanation.
type scored struct {
	e     *index.Entry
	score float64
}

func sortScored(s []scored) {
	slices.SortFunc(s, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return strings.Compare(a.e.ID, b.e.ID)
	})
}

// diversify keeps the best results, at most perEmployer from one employer
// (no cap when perEmployer < 0). Vacancies without an employer each count
// on their own.
func diversify(s []scored, limit, perEmployer int) []scored {
	out := make([]scored, 0, min(limit, len(s)))
	per := map[string]int{}
	for _, x := range s {
		if len(out) == limit {
			break
		}
		if id := x.e.EmployerID; id != "" && perEmployer >= 0 {
			if per[id] >= perEmployer {
				continue
			}
			per[id]++
		}
		out = append(out, x)
	}
	return out
}
