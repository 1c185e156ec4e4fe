package store

import (
	"context"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Store is the team's job-development log. Every method takes a context
// and returns an error, whatever the home. Implementations are safe for
// concurrent use.
//
// Writes are all or nothing and durable when the call returns. Adding the
// same record again is a no-op; adding a different record under a stored id
// is ErrConflict (use Amend). A contact whose Specialist, or a correction
// whose By, is not on the roster is ErrUnknownSpecialist, which lists the
// known ones. The store does not know employers, clients or disclosure
// choices: match.Recorder checks those before it writes, and every entry
// point records through it.
type Store interface {
	// AddContacts records contacts; added counts those written.
	AddContacts(ctx context.Context, cs ...employer.Contact) (added int, err error)
	// AddPlacements records job starts. A placement may be added again with
	// an End (and EndReason) to record that an open job ended; changing an
	// end already recorded is a conflict (use AmendPlacement).
	AddPlacements(ctx context.Context, ps ...employer.Placement) (added int, err error)
	// AmendContact replaces the current version of the contact with c.ID
	// by c, keeping the earlier versions. ErrNotFound if there is none,
	// ErrVoided if it was voided, ErrNoReason without ch.By and ch.Reason.
	AmendContact(ctx context.Context, c employer.Contact, ch Change) error
	// AmendPlacement is AmendContact for a placement.
	AmendPlacement(ctx context.Context, p employer.Placement, ch Change) error
	// Void withdraws a record: it no longer counts anywhere, but its
	// versions can still be read. Errors as for the amendments.
	Void(ctx context.Context, kind Kind, id string, ch Change) error

	// AddSpecialists puts specialists (and supervisors) on the roster;
	// adding one already there with the same name is a no-op.
	AddSpecialists(ctx context.Context, ss ...Specialist) (added int, err error)
	// Specialists returns the roster, sorted by id.
	Specialists(ctx context.Context) ([]Specialist, error)

	// Contact returns the current version of a contact that is not voided;
	// ErrNotFound or ErrVoided otherwise.
	Contact(ctx context.Context, id string) (employer.Contact, error)
	// Placement is Contact for a placement.
	Placement(ctx context.Context, id string) (employer.Placement, error)
	// Contacts returns the current versions of the contacts f selects,
	// sorted by time, then id.
	Contacts(ctx context.Context, f Filter) ([]employer.Contact, error)
	// Placements returns the current versions of the placements f selects,
	// sorted by start, then id.
	Placements(ctx context.Context, f Filter) ([]employer.Placement, error)
	// Versions returns every version of one record, oldest first: the
	// original, then each amendment, end or void. ErrNotFound if none.
	Versions(ctx context.Context, kind Kind, id string) ([]Version, error)

	// Derived returns the derived state, up to date with every write
	// visible to this store when the call is made (including those of other
	// processes). Reading it costs the same whatever the size of the log.
	Derived(ctx context.Context) (*Derived, error)

	// Close releases the store. Closing twice is harmless.
	Close() error
}

// Kind names a kind of record in the log.
type Kind string

// Kinds of record.
const (
	KindContact   Kind = "contact"
	KindPlacement Kind = "placement"
)

// Op is what one version of a record did.
type Op string

// Operations on a record.
const (
	OpAdd   Op = "add"   // the original
	OpEnd   Op = "end"   // an open placement got its end date
	OpAmend Op = "amend" // a correction
	OpVoid  Op = "void"  // withdrawn
)

// Change says who corrected a record, when and why. By and Reason are
// required; a zero At means now.
type Change struct {
	By     string    `json:"by"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason"`
}

// Version is one version of a record. Contact or Placement holds the
// record as it was after this operation; both are nil for a void.
type Version struct {
	Kind      Kind                `json:"kind"`
	ID        string              `json:"id"`
	Op        Op                  `json:"op"`
	Change    Change              `json:"change,omitzero"` // zero for an add or an end
	Contact   *employer.Contact   `json:"contact,omitempty"`
	Placement *employer.Placement `json:"placement,omitempty"`
}

// Specialist is a member of the team: an employment specialist or a
// supervisor. ID is what records name (for example "anna.rossi").
type Specialist struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
}

// Filter selects records for Contacts and Placements. The zero Filter
// selects every current record that is not voided. Dates are inclusive
// (a contact's day, a placement's start); zero means open.
type Filter struct {
	EmployerID string
	ClientID   string
	Specialist string // contacts only
	From, To   employer.Date
}

// MatchContact reports whether a contact passes the filter.
func (f Filter) MatchContact(c *employer.Contact) bool {
	d := c.Day()
	return (f.EmployerID == "" || c.EmployerID == f.EmployerID) &&
		(f.ClientID == "" || c.ClientID == f.ClientID) &&
		(f.Specialist == "" || c.Specialist == f.Specialist) &&
		(f.From.IsZero() || !d.Before(f.From)) &&
		(f.To.IsZero() || !d.After(f.To))
}

// MatchPlacement reports whether a placement passes the filter; a filter on
// Specialist selects no placement.
func (f Filter) MatchPlacement(p *employer.Placement) bool {
	return f.Specialist == "" &&
		(f.EmployerID == "" || p.EmployerID == f.EmployerID) &&
		(f.ClientID == "" || p.ClientID == f.ClientID) &&
		(f.From.IsZero() || !p.Start.Before(f.From)) &&
		(f.To.IsZero() || !p.Start.After(f.To))
}
