package match

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"golang.org/x/text/language"
)

// FollowAlongPolicy is the rhythm of support after a job start. The zero
// value is IPS practice: weekly for the first month, then monthly, for as
// long as the client works and wants it (support is time-unlimited).
type FollowAlongPolicy struct {
	// WeeklyForDays is how long after the start contacts are weekly; 0
	// means 28.
	WeeklyForDays int
	// WeekDays and MonthDays are the two intervals; 0 means 7 and 30.
	WeekDays, MonthDays int
}

func (p FollowAlongPolicy) withDefaults() FollowAlongPolicy {
	p.WeeklyForDays = cmp.Or(p.WeeklyForDays, 28)
	p.WeekDays = cmp.Or(p.WeekDays, 7)
	p.MonthDays = cmp.Or(p.MonthDays, 30)
	return p
}

// Validate reports a policy that cannot work.
func (p FollowAlongPolicy) Validate() error {
	if p.WeeklyForDays < 0 || p.WeekDays < 0 || p.MonthDays < 0 || p.WeekDays > 366 || p.MonthDays > 366 {
		return fmt.Errorf("%w: follow-along intervals must be 0..366 days", ErrInvalidOptions)
	}
	return nil
}

// FollowAlongOptions shape FollowAlongs.
type FollowAlongOptions struct {
	Today  employer.Date // required
	Policy FollowAlongPolicy
	// Within includes follow-alongs due up to this many days ahead; 0
	// means 7.
	Within int
	// SupportEnded holds, by client id, the day a client chose to end
	// follow-along support; nothing is due for them after it.
	SupportEnded map[string]employer.Date
	// Specialist, when set, keeps only that specialist's clients.
	Specialist string
	// EndedSince lists job endings on or after this day (zero: the last
	// 30 days).
	EndedSince employer.Date
	// Lang is the language of the texts, as in Options: English when zero.
	Lang language.Tag
}

// FollowAlong is one client's next follow-along contact after a job start.
type FollowAlong struct {
	Client      string        `json:"client"`
	Specialist  string        `json:"specialist,omitempty"`
	PlacementID string        `json:"placement_id"`
	EmployerID  string        `json:"employer_id"`
	Title       string        `json:"title"`
	Start       employer.Date `json:"start"`
	LastContact employer.Date `json:"last_contact,omitzero"`
	Due         employer.Date `json:"due"`
	Overdue     bool          `json:"overdue"`
	// AtWorkplace is whether the client's disclosure choice lets the
	// specialist contact the employer; otherwise support happens away
	// from work.
	AtWorkplace bool   `json:"at_workplace"`
	Text        string `json:"text"`
}

// JobEnding is a job that ended, and the new job search it starts.
type JobEnding struct {
	Client      string             `json:"client"`
	Specialist  string             `json:"specialist,omitempty"`
	PlacementID string             `json:"placement_id"`
	Title       string             `json:"title"`
	End         employer.Date      `json:"end"`
	Reason      employer.EndReason `json:"reason,omitempty"`
	TenureDays  int                `json:"tenure_days"`
	Text        string             `json:"text"`
}

// FollowAlongReport is what FollowAlongs returns.
type FollowAlongReport struct {
	Today   employer.Date `json:"today"`
	Due     []FollowAlong `json:"due"`
	Endings []JobEnding   `json:"endings"`
}

// FollowAlongs lists, for the caseload's clients who work now, the next
// follow-along contact due (overdue first), and the jobs that ended
// recently: IPS treats an ending as the start of a new job search, the
// same day. A follow-along is any contact with purpose follow_along about
// the client, by the specialist or the client. It reads the job starts and
// the clients' follow-along contacts from the store.
func FollowAlongs(ctx context.Context, st store.Store, cl *Caseload, opt FollowAlongOptions) (FollowAlongReport, error) {
	if opt.Today.IsZero() {
		return FollowAlongReport{}, fmt.Errorf("%w: follow-alongs need today's date", ErrInvalidOptions)
	}
	if err := opt.Policy.Validate(); err != nil {
		return FollowAlongReport{}, err
	}
	pol := opt.Policy.withDefaults()
	within := cmp.Or(opt.Within, 7)
	since := opt.EndedSince
	if since.IsZero() {
		since = opt.Today.AddDays(-30)
	}
	ps, err := st.Placements(ctx, store.Filter{To: opt.Today})
	if err != nil {
		return FollowAlongReport{}, err
	}
	sp := speechIn(opt.Lang)
	rep := FollowAlongReport{Today: opt.Today, Due: []FollowAlong{}, Endings: []JobEnding{}}
	for _, p := range ps {
		prof, ok := cl.Client(p.ClientID)
		if !ok || (opt.Specialist != "" && prof.Specialist != opt.Specialist) {
			continue
		}
		if !p.End.IsZero() && !p.End.After(opt.Today) {
			if !p.End.Before(since) {
				rep.Endings = append(rep.Endings, endingOf(sp, p, prof.Specialist, opt.Today))
			}
			continue
		}
		if ended, ok := opt.SupportEnded[p.ClientID]; ok && !ended.After(opt.Today) {
			continue
		}
		cs, err := st.Contacts(ctx, store.Filter{ClientID: p.ClientID, From: p.Start, To: opt.Today})
		if err != nil {
			return FollowAlongReport{}, err
		}
		f := FollowAlong{Client: p.ClientID, Specialist: prof.Specialist, PlacementID: p.ID, EmployerID: p.EmployerID,
			Title: p.Title, Start: p.Start, AtWorkplace: allows(prof.Disclosure, employer.PurposeFollowAlong)}
		for _, c := range cs {
			if c.Purpose == employer.PurposeFollowAlong && c.Day().After(f.LastContact) {
				f.LastContact = c.Day()
			}
		}
		f.Due = pol.next(p.Start, f.LastContact)
		if f.Due.After(opt.Today.AddDays(within)) {
			continue
		}
		f.Overdue = f.Due.Before(opt.Today)
		f.Text = followAlongText(sp, f, pol)
		rep.Due = append(rep.Due, f)
	}
	slices.SortFunc(rep.Due, func(a, b FollowAlong) int {
		return cmp.Or(strings.Compare(a.Specialist, b.Specialist), a.Due.Time().Compare(b.Due.Time()), strings.Compare(a.Client, b.Client))
	})
	slices.SortFunc(rep.Endings, func(a, b JobEnding) int {
		return cmp.Or(b.End.Time().Compare(a.End.Time()), strings.Compare(a.Client, b.Client))
	})
	return rep, nil
}

// next is the day the next follow-along falls due: an interval after the
// last one (or the start), weekly while within the first weeks, monthly
// after.
func (p FollowAlongPolicy) next(start, last employer.Date) employer.Date {
	from := start
	if !last.IsZero() && last.After(start) {
		from = last
	}
	if due := from.AddDays(p.WeekDays); due.DaysSince(start) <= p.WeeklyForDays {
		return due
	}
	return from.AddDays(p.MonthDays)
}

func followAlongText(sp speech, f FollowAlong, pol FollowAlongPolicy) string {
	rhythm := "monthly"
	if f.Due.DaysSince(f.Start) <= pol.WeeklyForDays {
		rhythm = "weekly in the first month"
	}
	when := sp.sprintf("due %s", sp.date(f.Due))
	if f.Overdue {
		when = sp.sprintf("OVERDUE since %s", sp.date(f.Due))
	}
	where := "with the client and, as they agreed, the employer"
	if !f.AtWorkplace {
		where = "with the client, away from work (their disclosure choice rules out contacting the employer)"
	}
	return sp.sprintf("follow-along %s (%s) for %s since %s: %s", when, sp.tr(rhythm), f.Title, sp.date(f.Start), sp.tr(where))
}

func endingOf(sp speech, p employer.Placement, specialist string, today employer.Date) JobEnding {
	reason := "no reason recorded"
	if p.EndReason != "" {
		reason = strings.ReplaceAll(string(p.EndReason), "_", " ")
	}
	return JobEnding{Client: p.ClientID, Specialist: specialist, PlacementID: p.ID, Title: p.Title, End: p.End,
		Reason: p.EndReason, TenureDays: p.TenureDays(today),
		Text: sp.sprintf("%s ended on %s (%s) after %d days: a new job search started the same day", p.Title, sp.date(p.End), sp.tr(reason), p.TenureDays(today))}
}
