package match

import (
	"context"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
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
	// Lang is the language of the reasons', flags' and action's text, as
	// in Options: English when zero. Codes (stage, action, factor) never
	// change with it.
	Lang language.Tag
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
	ls := newLeadScorer(e.ix, &p, pool, *opt.Weights, opt.Lang)
	res := Leads{Client: p.ID, Today: opt.Today, Leads: []Lead{}, Excluded: map[string]int{}}
	cands, err := ls.rank(ctx, res.Excluded)
	if err != nil {
		return Leads{}, err
	}
	for i, lc := range cands[:min(opt.Limit, len(cands))] {
		res.Leads = append(res.Leads, ls.lead(lc, i+1))
	}
	res.Rapid = pool.rels.rapidSearch(&p)
	res.Rapid.Text = ls.sp.rapid(res.Rapid, p.Enrolled)
	if res.Rapid.PastDay30 {
		res.Flags = append(res.Flags, res.Rapid.Text)
	}
	if len(res.Leads) == 0 {
		res.Flags = append(res.Flags, ls.sp.tr("no employer meets every must; consider relaxing one"))
	}
	for _, u := range ls.w.understood {
		if u.Text != "" && len(u.Occupations) == 0 {
			res.Flags = append(res.Flags, ls.sp.sprintf("%q was not recognised as an occupation; matched on words only", u.Text))
		}
	}
	return res, nil
}

// leadActionText says what the client's choice allows with an employer.
// A client who chose not to disclose approaches employers themselves, and
// the text never suggests anyone going on their behalf.
func leadActionText(sp speech, d preference.Disclosure) string {
	a := actionFor(d)
	if a == ApplyOnOwn {
		return sp.tr("the client can approach this employer on their own, for example walking in with a CV; help them prepare behind the scenes")
	}
	return sp.actionText(a)
}
