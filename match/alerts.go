package match

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"golang.org/x/text/language"
)

// AlertOptions shape one Alerts call. The index keeps no time of change
// per vacancy, so "added or changed since" is read from what vacancies
// carry: Since selects those posted on or after it. An embedder that knows
// which vacancies it has just added or changed passes their ids in
// VacancyIDs instead, and gets alerts for exactly those.
type AlertOptions struct {
	// Since selects the vacancies posted on or after this day. Required
	// unless VacancyIDs is given.
	Since employer.Date
	// VacancyIDs, when given, are the vacancies to alert on, whatever
	// their posting date; ids not in the index are skipped and counted.
	VacancyIDs []string
	// PerVacancy caps the clients listed per vacancy, best first; 0 means
	// 10, negative means no cap.
	PerVacancy int
	// MinScore leaves out clients whose score for the vacancy is lower;
	// 0 lists every client whose must-preferences the vacancy meets.
	MinScore float64
	// IncludeNonCompetitive, Today and Weights are as in Options.
	IncludeNonCompetitive bool
	Today                 employer.Date
	Weights               *Weights
	// Lang is the language of the reasons' and the leads' text, as in
	// Options: English when zero.
	Lang language.Tag
}

// Validate reports options that cannot work.
func (o AlertOptions) Validate() error {
	if o.Since.IsZero() && len(o.VacancyIDs) == 0 {
		return fmt.Errorf("%w: alerts need a since date or vacancy ids", ErrInvalidOptions)
	}
	if o.MinScore < 0 || o.MinScore > 1 {
		return fmt.Errorf("%w: min score %v is outside 0..1", ErrInvalidOptions, o.MinScore)
	}
	if o.Weights != nil {
		return o.Weights.Validate()
	}
	return nil
}

// ClientFit is one client a new vacancy suits, with the vacancy's result
// as the client's own Match would explain it: the same score, reasons and
// the action the client's disclosure choice allows.
type ClientFit struct {
	Client     string `json:"client"`
	Specialist string `json:"specialist,omitempty"`
	Result     Result `json:"result"`
}

// AlertLead is raised when the employer posting the vacancy already has a
// relationship with the team: the specialists whose clients fit should
// hear of it first.
type AlertLead struct {
	EmployerID  string   `json:"employer_id"`
	Stage       string   `json:"stage"`
	Specialists []string `json:"specialists"`
	Text        string   `json:"text"`
}

// Alert is one new vacancy and the clients it suits, best first (ties by
// client id).
type Alert struct {
	VacancyID    string        `json:"vacancy_id"`
	Title        string        `json:"title"`
	EmployerID   string        `json:"employer_id,omitempty"`
	EmployerName string        `json:"employer_name,omitempty"`
	Posted       employer.Date `json:"posted,omitzero"`
	Clients      []ClientFit   `json:"clients"`
	// More counts the clients it suits beyond PerVacancy.
	More int        `json:"more,omitempty"`
	Lead *AlertLead `json:"lead,omitempty"`
}

// AlertResults is the answer to one Alerts call.
type AlertResults struct {
	Since employer.Date `json:"since,omitzero"`
	Today employer.Date `json:"today"`
	// Alerts are the vacancies that suit at least one client, newest
	// posting first, then by id.
	Alerts []Alert `json:"alerts"`
	// Vacancies is how many new vacancies were read; Unknown how many
	// given ids the index does not hold.
	Vacancies int `json:"vacancies"`
	Unknown   int `json:"unknown,omitempty"`
	// Pairs is how many client-vacancy pairs were checked in full: the
	// caseload's wants are indexed, so this is far below clients times
	// vacancies.
	Pairs int `json:"pairs"`
	// Skipped names clients that could not be matched (a home address
	// that could not be located), with why.
	Skipped []string `json:"skipped,omitempty"`
}

// Alerts is the reverse of Match: for vacancies added since a day, the
// clients of the caseload each one suits, ranked and explained. Each pair
// is judged by the client's compiled search exactly as Match judges it
// (the same must-preferences, exclusions, disclosure rules and score), but
// only for the clients a vacancy can concern: the caseload's wanted
// occupations and title words are indexed, and a vacancy is checked
// against the clients sharing a term with it, plus those who named no
// kind of work.
func (e *Engine) Alerts(ctx context.Context, cl *Caseload, opt AlertOptions) (AlertResults, error) {
	if err := opt.Validate(); err != nil {
		return AlertResults{}, err
	}
	if opt.Today.IsZero() {
		opt.Today = civil.Of(time.Now())
	}
	mopt := Options{Today: opt.Today, IncludeNonCompetitive: opt.IncludeNonCompetitive, Weights: opt.Weights, Lang: opt.Lang}.withDefaults()
	rels, err := e.relations(ctx, opt.Today)
	if err != nil {
		return AlertResults{}, err
	}
	wi, skipped, err := e.wantIndex(ctx, cl, mopt, rels)
	if err != nil {
		return AlertResults{}, err
	}
	vacs, unknown := e.newVacancies(opt)
	out := AlertResults{Since: opt.Since, Today: opt.Today, Alerts: []Alert{}, Vacancies: len(vacs), Unknown: unknown, Skipped: skipped}
	var c cand
	for _, en := range vacs {
		if err := ctx.Err(); err != nil {
			return AlertResults{}, err
		}
		a := Alert{VacancyID: en.ID, Title: en.Title, EmployerID: en.EmployerID, Posted: en.Posted}
		emp, rel := e.employerOf(en), rels.get(en.EmployerID)
		if emp != nil {
			a.EmployerName = emp.Name
		}
		// Score every client the vacancy may concern, then explain only
		// those kept: explaining costs more than scoring.
		var fits []fit
		for _, k := range wi.candidates(en) {
			w := wi.wants[k]
			out.Pairs++
			c.reset(w, en, emp, rel, false)
			if w.exclude(&c) != "" {
				continue
			}
			if s := w.score(&c); s >= opt.MinScore {
				fits = append(fits, fit{k: k, id: w.p.ID, score: s})
			}
		}
		if len(fits) == 0 {
			continue
		}
		slices.SortFunc(fits, func(x, y fit) int {
			if x.score != y.score {
				if x.score > y.score {
					return -1
				}
				return 1
			}
			return strings.Compare(x.id, y.id)
		})
		a.Lead = alertLead(speechIn(opt.Lang), en, rel, fits, wi)
		if lim := alertLimit(opt.PerVacancy); lim >= 0 && len(fits) > lim {
			a.More = len(fits) - lim
			fits = fits[:lim]
		}
		for i, f := range fits {
			w := wi.wants[f.k]
			r := w.result(newCand(w, en, emp, rel, true), i+1)
			a.Clients = append(a.Clients, ClientFit{Client: w.p.ID, Specialist: w.p.Specialist, Result: r})
		}
		out.Alerts = append(out.Alerts, a)
	}
	slices.SortStableFunc(out.Alerts, func(x, y Alert) int {
		if c := y.Posted.Time().Compare(x.Posted.Time()); c != 0 {
			return c
		}
		return strings.Compare(x.VacancyID, y.VacancyID)
	})
	return out, nil
}

// fit is a client a vacancy suits, before explanation.
type fit struct {
	k     int
	id    string
	score float64
}

func alertLimit(n int) int {
	if n == 0 {
		return 10
	}
	return n
}

// newVacancies returns the vacancies opt selects, by id.
func (e *Engine) newVacancies(opt AlertOptions) ([]*index.Entry, int) {
	if len(opt.VacancyIDs) > 0 {
		var out []*index.Entry
		unknown := 0
		for _, id := range slices.Compact(slices.Sorted(slices.Values(opt.VacancyIDs))) {
			if en, ok := e.ix.Vacancy(id); ok {
				out = append(out, en)
			} else {
				unknown++
			}
		}
		return out, unknown
	}
	since := retrieval.EpochDay(opt.Since)
	var out []*index.Entry
	for _, en := range e.ix.Vacancies() {
		if hotOf(en).Posted >= since {
			out = append(out, en)
		}
	}
	return out, 0
}

// alertLead raises a lead when the team already knows the employer: every
// specialist with a client who fits, named once. Whether the specialist
// may then speak to the employer about a client is each client's Action.
// Stage stays in English words, as the JSON has always given it; Text is
// in say's language.
func alertLead(say speech, en *index.Entry, rel *relation, fits []fit, wi *wantIndex) *AlertLead {
	if rel == nil || en.EmployerID == "" || rel.stageText == "" {
		return nil
	}
	var sp []string
	for _, f := range fits {
		if s := wi.wants[f.k].p.Specialist; s != "" {
			sp = append(sp, s)
		}
	}
	slices.Sort(sp)
	sp = slices.Compact(sp)
	if len(sp) == 0 {
		return nil
	}
	return &AlertLead{EmployerID: en.EmployerID, Stage: rel.stageText, Specialists: sp,
		Text: say.sprintf("an employer the team knows (%s) posted %q: %d client(s) fit; check each client's action before any contact",
			say.stage(rel.stage), en.Title, len(fits))}
}
