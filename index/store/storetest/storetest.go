package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// Factory opens stores for the suite.
type Factory struct {
	// Open returns a new, empty store. The suite closes it.
	Open func(t *testing.T) store.Store
	// Reopen closes s and opens the same store again, to check that what
	// was written survives; nil skips the durability subtests.
	Reopen func(t *testing.T, s store.Store) store.Store
}

// Run runs the contract suite on stores made by open.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	Factory{Open: open}.Run(t)
}

// Run runs the contract suite.
func (f Factory) Run(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.reopen && f.Reopen == nil {
				t.Skip("the factory cannot reopen a store")
			}
			s := f.Open(t)
			t.Cleanup(func() { s.Close() })
			_, err := s.AddSpecialists(ctx, roster...)
			require.NoError(t, err)
			tc.run(t, &env{Store: s, f: f})
		})
	}
}

// env is what a subtest gets: a store with the roster on it.
type env struct {
	store.Store
	f Factory
}

// reopen closes the store and opens it again.
func (e *env) reopen(t *testing.T) {
	t.Helper()
	e.Store = e.f.Reopen(t, e.Store)
	t.Cleanup(func() { e.Store.Close() })
}

type testCase struct {
	name   string
	reopen bool // needs Factory.Reopen
	run    func(t *testing.T, s *env)
}

// cases is the suite, one behaviour each; the files beside this one fill it.
var cases []testCase

func register(tcs ...testCase) bool {
	cases = append(cases, tcs...)
	return true
}

var ctx = context.Background()

// roster is the team every subtest starts with.
var roster = []store.Specialist{
	{ID: "anna.rossi", Name: "Anna Rossi"},
	{ID: "marco.bianchi", Name: "Marco Bianchi"},
	{ID: "sara.verdi", Name: "Sara Verdi"}, // the supervisor
}

const (
	anna  = "anna.rossi"
	marco = "marco.bianchi"
	sara  = "sara.verdi"
)

// visit is a specialist's face-to-face contact with employer emp on a day
// of March 2025.
func visit(id, emp string, day int, p employer.Purpose) employer.Contact {
	return employer.Contact{ID: id, EmployerID: emp, Specialist: anna, Type: employer.FaceToFace, Purpose: p,
		At: time.Date(2025, 3, day, 10, 0, 0, 0, time.UTC)}
}

// job is a client's job start at emp on a day of 2025.
func job(id, client, emp string, start employer.Date) employer.Placement {
	return employer.Placement{ID: id, ClientID: client, EmployerID: emp, Title: "kitchen porter", Hours: 20, Start: start}
}

func fix(by, why string) store.Change {
	return store.Change{By: by, Reason: why, At: time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC)}
}

var today = civil.D(2025, 6, 30)

// utcContacts returns cs with times in UTC, for comparing what a home
// returns in another zone.
func utcContacts(cs []employer.Contact) []employer.Contact {
	out := make([]employer.Contact, len(cs))
	for i, c := range cs {
		c.At = c.At.UTC()
		out[i] = c
	}
	return out
}

func contactIDs(cs []employer.Contact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func placementIDs(ps []employer.Placement) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}
