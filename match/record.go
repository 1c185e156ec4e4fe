package match

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// Recorder is the one gate through which contacts and placements reach the
// team's store: the library, the CLI's contact and placement commands, a
// folder import and the server all record through it. The store checks
// each record on its own (fields, ids, the roster); the checks that need
// other records live here: the employer is in the index, a named client is
// in the caseload, the day has come, and, for a contact, the client's
// disclosure choice allows it (ContactAllowed). A contact the choice does
// not allow is an error, never a warning: once an employer has heard about
// a client, it cannot be taken back. A batch is checked whole before
// anything is written, so an error stores nothing. A Recorder is safe for
// concurrent use.
type Recorder struct {
	store    store.Store
	ix       *index.Index
	caseload *Caseload
	// Today is the day records may not come after; zero means the
	// current date.
	today employer.Date
	// pending employers and specialists count as known: they are about
	// to be written, ahead of the records that name them (see Expecting).
	pendingEmployers, pendingRoster map[string]bool
}

// NewRecorder returns the gate over a store, the index that knows the
// employers and the caseload that knows the clients. today, when not
// zero, pins the day records may not come after.
func NewRecorder(st store.Store, ix *index.Index, cl *Caseload, today employer.Date) (*Recorder, error) {
	if st == nil || ix == nil {
		return nil, fmt.Errorf("%w: recording needs a store and an index", ErrInvalidOptions)
	}
	return &Recorder{store: st, ix: ix, caseload: cl, today: today}, nil
}

// Store returns the store the recorder writes to.
func (r *Recorder) Store() store.Store { return r.store }

// AddContacts checks every contact, then records them as one batch. Errors
// are *employer.FieldError values naming the record and field and wrapping
// ErrUnknownEmployer, ErrFutureDate, ErrUnknownClient or
// ErrDisclosureForbids, or a store error; nothing is stored on any error.
// added counts the contacts written (a contact recorded before is not).
func (r *Recorder) AddContacts(ctx context.Context, cs ...employer.Contact) (added int, err error) {
	if err := r.CheckContacts(ctx, cs...); err != nil {
		return 0, err
	}
	return r.store.AddContacts(ctx, cs...)
}

// AddPlacements checks every job start, then records them as one batch.
// A placement is not an employer contact, so the disclosure choice does
// not gate it, and a former client no longer in the caseload may have one
// (their tenure still counts in the employer's track record); callers
// report such placements with FormerClients. Errors are as for
// AddContacts.
func (r *Recorder) AddPlacements(ctx context.Context, ps ...employer.Placement) (added int, err error) {
	if err := r.CheckPlacements(ctx, ps...); err != nil {
		return 0, err
	}
	return r.store.AddPlacements(ctx, ps...)
}

// AmendContact replaces a contact by a corrected version, checked exactly
// as a new one: a correction cannot slip past the disclosure choice.
func (r *Recorder) AmendContact(ctx context.Context, c employer.Contact, ch store.Change) error {
	if err := r.CheckContacts(ctx, c); err != nil {
		return err
	}
	return r.store.AmendContact(ctx, c, ch)
}

// AmendPlacement replaces a placement by a corrected version, checked as a
// new one.
func (r *Recorder) AmendPlacement(ctx context.Context, p employer.Placement, ch store.Change) error {
	if err := r.CheckPlacements(ctx, p); err != nil {
		return err
	}
	return r.store.AmendPlacement(ctx, p, ch)
}

// Void withdraws a record, keeping its versions. Withdrawing reveals
// nothing to an employer, so it needs no disclosure check.
func (r *Recorder) Void(ctx context.Context, kind store.Kind, id string, ch store.Change) error {
	return r.store.Void(ctx, kind, id, ch)
}

// Expecting returns a recorder that also counts the given employers and
// specialists as known: for checking a whole import before the employers
// and the roster it brings are written. Use it to check, not to write.
func (r *Recorder) Expecting(employers, specialists []string) *Recorder {
	c := *r
	c.pendingEmployers = setOf(employers)
	c.pendingRoster = setOf(specialists)
	return &c
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// CheckContacts runs every check AddContacts runs, without writing: each
// contact is valid, its employer is known, its day has come, its
// specialist is on the roster, a named client is in the caseload, and the
// client's disclosure choice allows the contact.
func (r *Recorder) CheckContacts(ctx context.Context, cs ...employer.Contact) error {
	roster, err := r.roster(ctx, len(cs))
	if err != nil {
		return err
	}
	for i := range cs {
		if err := r.checkContact(&cs[i]); err != nil {
			return err
		}
		if s := cs[i].Specialist; s != "" && !roster[s] {
			return &employer.FieldError{Record: cs[i].ID, Field: "specialist", Err: store.UnknownSpecialist(s, keys(roster))}
		}
	}
	return nil
}

// CheckPlacements runs every check AddPlacements runs, without writing.
func (r *Recorder) CheckPlacements(ctx context.Context, ps ...employer.Placement) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range ps {
		if err := r.checkPlacement(&ps[i]); err != nil {
			return err
		}
	}
	return nil
}

// roster is the store's roster with the pending specialists; nil when
// there is nothing to check.
func (r *Recorder) roster(ctx context.Context, n int) (map[string]bool, error) {
	if n == 0 {
		return nil, ctx.Err()
	}
	ss, err := r.store.Specialists(ctx)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(ss)+len(r.pendingRoster))
	for _, s := range ss {
		m[s.ID] = true
	}
	for id := range r.pendingRoster {
		m[id] = true
	}
	return m, nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func (r *Recorder) checkContact(c *employer.Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if err := r.knownEmployer(c.ID, c.EmployerID); err != nil {
		return err
	}
	if day, t := c.Day(), r.Today(); day.After(t) {
		return &employer.FieldError{Record: c.ID, Field: "at",
			Err: fmt.Errorf("%w: %s is after today (%s)", ErrFutureDate, day, t)}
	}
	if c.ClientID == "" {
		return nil
	}
	p, ok := r.caseload.Client(c.ClientID)
	if !ok {
		return &employer.FieldError{Record: c.ID, Field: "client_id", Err: r.caseload.unknown(c.ClientID)}
	}
	if err := contactAllowed(fmt.Sprintf("client %q", p.ID), p.Disclosure, c.Purpose, c.ByClient); err != nil {
		return &employer.FieldError{Record: c.ID, Field: "client_id", Err: err}
	}
	return nil
}

func (r *Recorder) checkPlacement(p *employer.Placement) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if err := r.knownEmployer(p.ID, p.EmployerID); err != nil {
		return err
	}
	if t := r.Today(); p.Start.After(t) {
		return &employer.FieldError{Record: p.ID, Field: "start",
			Err: fmt.Errorf("%w: %s is after today (%s)", ErrFutureDate, p.Start, t)}
	}
	return nil
}

// FormerClients returns, sorted and once each, the clients named by ps
// who are not in the caseload: worth a warning, since a typo in a client id
// looks the same.
func (r *Recorder) FormerClients(ps ...employer.Placement) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if _, ok := r.caseload.Client(p.ClientID); !ok && !seen[p.ClientID] {
			seen[p.ClientID] = true
			out = append(out, p.ClientID)
		}
	}
	slices.Sort(out)
	return out
}

// Today is the day records may not come after.
func (r *Recorder) Today() employer.Date {
	if r.today.IsZero() {
		return civil.Of(time.Now())
	}
	return r.today
}

func (r *Recorder) knownEmployer(record, id string) error {
	if _, ok := r.ix.Employer(id); ok || r.pendingEmployers[id] {
		return nil
	}
	return &employer.FieldError{Record: record, Field: "employer_id",
		Err: fmt.Errorf("%w: %q is not in the index; add the employer first", ErrUnknownEmployer, id)}
}
