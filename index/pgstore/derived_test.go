package pgstore

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var (
	emps    = []string{"bar", "cafe", "deli", "hotel"}
	clients = []string{"c1", "c2", "c3"}
)

// writeRandom makes a random history of adds, ends, amendments and voids
// through s, with ids of its own.
func writeRandom(s *Store, who string, seed uint64, steps int) error {
	r := rand.New(rand.NewPCG(seed, 1))
	var mine []employer.Contact
	var jobs []employer.Placement
	for i := range steps {
		switch op := r.IntN(10); {
		case op < 5 || len(mine) == 0:
			c := visit(fmt.Sprintf("%s-k%d", who, i), emps[r.IntN(len(emps))], 1+r.IntN(28),
				[]employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou, employer.PurposePresent}[r.IntN(4)])
			if c.Purpose.ClientSpecific() || r.IntN(2) == 0 {
				c.ClientID = clients[r.IntN(len(clients))]
			}
			if _, err := s.AddContacts(ctx, c); err != nil {
				return err
			}
			mine = append(mine, c)
		case op < 7:
			p := employer.Placement{ID: fmt.Sprintf("%s-p%d", who, i), ClientID: clients[r.IntN(len(clients))],
				EmployerID: emps[r.IntN(len(emps))], Title: "porter", Start: civil.D(2025, 4, 1+r.IntN(28))}
			if _, err := s.AddPlacements(ctx, p); err != nil {
				return err
			}
			jobs = append(jobs, p)
		case op < 8 && len(jobs) > 0:
			p := jobs[len(jobs)-1]
			jobs = jobs[:len(jobs)-1]
			p.End, p.EndReason = p.Start.AddDays(10+r.IntN(100)), employer.EndQuit
			if _, err := s.AddPlacements(ctx, p); err != nil {
				return err
			}
		case op < 9:
			c := mine[r.IntN(len(mine))]
			c.EmployerID = emps[r.IntN(len(emps))]
			if err := s.AmendContact(ctx, c, fix("wrong employer")); err != nil && !isVoided(err) {
				return err
			}
		default:
			c := mine[r.IntN(len(mine))]
			if err := s.Void(ctx, store.KindContact, c.ID, fix("duplicate")); err != nil && !isVoided(err) {
				return err
			}
		}
	}
	return nil
}

func isVoided(err error) bool { return err != nil && errors.Is(err, store.ErrVoided) }

// assertDerivedAgrees checks s's derived state against employer's fold over
// the current records.
func assertDerivedAgrees(t *testing.T, s *Store, what string) {
	t.Helper()
	cs, err := s.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	ps, err := s.Placements(ctx, store.Filter{})
	require.NoError(t, err)
	d, err := s.Derived(ctx)
	require.NoError(t, err)
	rels := employer.Relationships(cs, ps, today)
	tracks := employer.TrackRecords(ps, today)
	for _, emp := range emps {
		r, ok := d.Relationship(emp, today)
		want, wantOK := rels[emp]
		assert.Equal(t, wantOK, ok, "%s: relationship with %s", what, emp)
		assert.Equal(t, want, r, "%s: relationship with %s", what, emp)
		tr, ok := d.TrackRecord(emp, today)
		wantTR, wantOK := tracks[emp]
		assert.Equal(t, wantOK, ok, "%s: track record at %s", what, emp)
		assert.Equal(t, wantTR, tr, "%s: track record at %s", what, emp)
	}
	for _, cl := range clients {
		var first employer.Date
		for _, c := range cs {
			if c.ClientID == cl && c.Type == employer.FaceToFace && (first.IsZero() || c.Day().Before(first)) {
				first = c.Day()
			}
		}
		got, ok := d.FirstFaceToFace(cl, today)
		assert.Equal(t, !first.IsZero(), ok, "%s: first face-to-face of %s", what, cl)
		assert.Equal(t, first, got, "%s: first face-to-face of %s", what, cl)
		job, ok := d.CurrentJob(cl, today)
		wantJob, wantOK := employer.CurrentJob(ps, cl, today)
		assert.Equal(t, wantOK, ok, "%s: current job of %s", what, cl)
		assert.Equal(t, wantJob, job, "%s: current job of %s", what, cl)
	}
}

func TestTwoStoresOnOneSchemaKeepEachOthersDerivedStateRight(t *testing.T) {
	a, url, schema := newStore(t)
	b := openStore(t, url, schema)

	_, err := a.AddContacts(ctx, visit("k0", "bar", 1, employer.PurposeIntroduction))
	require.NoError(t, err)
	d, err := b.Derived(ctx)
	require.NoError(t, err)
	_, ok := d.Relationship("bar", today)
	assert.True(t, ok, "b sees a's write on its next read")

	// Two writers in two stores, and a reader catching up all along.
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	stop := make(chan struct{})
	wg.Go(func() { errs <- writeRandom(a, "a", 1, 60) })
	wg.Go(func() { errs <- writeRandom(b, "b", 2, 60) })
	var reads sync.WaitGroup
	reads.Go(func() {
		for {
			select {
			case <-stop:
				errs <- nil
				return
			default:
			}
			if _, err := b.Derived(ctx); err != nil {
				errs <- err
				return
			}
			time.Sleep(time.Millisecond)
		}
	})
	wg.Wait()
	close(stop)
	reads.Wait()
	for range 3 {
		require.NoError(t, <-errs)
	}

	// A batch larger than one catch-up page is caught up whole.
	_, err = a.AddContacts(ctx, contacts("m", "mill", catchPage+1)...)
	require.NoError(t, err)
	d, err = b.Derived(ctx)
	require.NoError(t, err)
	mill, ok := d.Relationship("mill", today)
	require.True(t, ok)
	assert.Equal(t, catchPage+1, mill.Contacts)

	assertDerivedAgrees(t, a, "store a")
	assertDerivedAgrees(t, b, "store b")
	assertDerivedAgrees(t, openStore(t, url, schema), "a store opened afterwards")
}
