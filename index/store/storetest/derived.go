package storetest

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var _ = register(
	testCase{"derived state equals a brute-force fold over the current records of a random history", false, func(t *testing.T, s *env) {
		for seed := range uint64(3) {
			h := newHistory(seed)
			for step := range 240 {
				h.step(t, s)
				if step%40 == 39 {
					h.compare(t, s, fmt.Sprintf("seed %d step %d", seed, step))
				}
			}
		}
	}},
)

// history makes a random log, through the store, with adds, ends,
// amendments and voids, over a few employers and clients.
type history struct {
	rng    *rand.Rand
	seed   uint64
	n      int
	emps   []string
	client []string
	live   map[string]bool // contact ids that may be corrected
	jobs   map[string]employer.Placement
}

func newHistory(seed uint64) *history {
	pre := fmt.Sprintf("s%d-", seed)
	return &history{
		rng: rand.New(rand.NewPCG(seed, 7)), seed: seed,
		emps:   []string{pre + "bar", pre + "cafe", pre + "deli", pre + "hotel", pre + "shop"},
		client: []string{pre + "c1", pre + "c2", pre + "c3", pre + "c4"},
		live:   map[string]bool{}, jobs: map[string]employer.Placement{},
	}
}

var purposes = []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou,
	employer.PurposePresent, employer.PurposeInterview, employer.PurposeFollowAlong}

func (h *history) contact(id string) employer.Contact {
	r := h.rng
	c := employer.Contact{ID: id, EmployerID: h.emps[r.IntN(len(h.emps))], Specialist: roster[r.IntN(len(roster))].ID,
		At:      time.Date(2025, time.Month(1+r.IntN(6)), 1+r.IntN(28), 8+r.IntN(10), 0, 0, 0, time.UTC),
		Type:    []employer.ContactType{employer.FaceToFace, employer.Phone, employer.Email}[r.IntN(3)],
		Purpose: purposes[r.IntN(len(purposes))], Learned: []string{"", "needs a dishwasher", "hiring in May"}[r.IntN(3)]}
	if c.Purpose.ClientSpecific() || r.IntN(3) == 0 {
		c.ClientID = h.client[r.IntN(len(h.client))]
	}
	if c.ClientID != "" && r.IntN(4) == 0 {
		c.ByClient, c.Specialist = true, ""
	}
	if r.IntN(3) == 0 {
		c.FollowUpDate = c.Day().AddDays(r.IntN(30))
	}
	return c
}

func (h *history) placement(id string) employer.Placement {
	r := h.rng
	p := job(id, h.client[r.IntN(len(h.client))], h.emps[r.IntN(len(h.emps))], civil.D(2025, time.Month(1+r.IntN(6)), 1+r.IntN(28)))
	if r.IntN(3) == 0 {
		p.End, p.EndReason = p.Start.AddDays(1+r.IntN(200)), employer.EndQuit
	}
	return p
}

func (h *history) step(t *testing.T, s store.Store) {
	t.Helper()
	h.n++
	id := fmt.Sprintf("s%d-%d", h.seed, h.n)
	ch := fix(sara, "corrected in review")
	switch r := h.rng.IntN(20); {
	case r < 10:
		_, err := s.AddContacts(ctx, h.contact("k"+id))
		require.NoError(t, err)
		h.live["k"+id] = true
	case r < 13:
		p := h.placement("p" + id)
		_, err := s.AddPlacements(ctx, p)
		require.NoError(t, err)
		h.jobs[p.ID] = p
	case r < 15:
		if pid, ok := pick(h.rng, h.jobs); ok && h.jobs[pid].End.IsZero() {
			p := h.jobs[pid]
			p.End = p.Start.AddDays(h.rng.IntN(120))
			_, err := s.AddPlacements(ctx, p)
			require.NoError(t, err)
			h.jobs[pid] = p
		}
	case r < 18:
		if kid, ok := pick(h.rng, h.live); ok {
			require.NoError(t, s.AmendContact(ctx, h.contact(kid), ch))
		}
	case r < 19:
		if kid, ok := pick(h.rng, h.live); ok {
			require.NoError(t, s.Void(ctx, store.KindContact, kid, ch))
			delete(h.live, kid)
		}
	default:
		pid, ok := pick(h.rng, h.jobs)
		switch {
		case !ok:
		case h.rng.IntN(2) == 0:
			require.NoError(t, s.Void(ctx, store.KindPlacement, pid, ch))
			delete(h.jobs, pid)
		default:
			p := h.placement(pid)
			require.NoError(t, s.AmendPlacement(ctx, p, ch))
			h.jobs[pid] = p
		}
	}
}

// pick returns a key of m chosen by rng, the same for the same seed.
func pick[V any](rng *rand.Rand, m map[string]V) (string, bool) {
	if len(m) == 0 {
		return "", false
	}
	keys := slices.Sorted(maps.Keys(m))
	return keys[rng.IntN(len(keys))], true
}

// compare checks every derived figure against employer's own functions
// over the store's current records, on several days.
func (h *history) compare(t *testing.T, s store.Store, where string) {
	t.Helper()
	cs, err := s.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	ps, err := s.Placements(ctx, store.Filter{})
	require.NoError(t, err)
	d, err := s.Derived(ctx)
	require.NoError(t, err)
	for _, day := range []employer.Date{civil.D(2025, 1, 15), civil.D(2025, 3, 31), civil.D(2025, 7, 1), civil.D(2026, 1, 1)} {
		rels := employer.Relationships(cs, ps, day)
		tracks := employer.TrackRecords(ps, day)
		for _, emp := range h.emps {
			want, wantOK := rels[emp]
			got, ok := d.Relationship(emp, day)
			assert.Equal(t, wantOK, ok, "%s %s relationship with %s", where, day, emp)
			assert.Equal(t, want, got, "%s %s relationship with %s", where, day, emp)
			wantTR, wantOK := tracks[emp]
			gotTR, ok := d.TrackRecord(emp, day)
			assert.Equal(t, wantOK, ok, "%s %s track record at %s", where, day, emp)
			assert.Equal(t, wantTR, gotTR, "%s %s track record at %s", where, day, emp)
		}
		for _, cl := range h.client {
			want, wantOK := firstFaceToFace(cs, cl, day)
			got, ok := d.FirstFaceToFace(cl, day)
			assert.Equal(t, wantOK, ok, "%s %s first face-to-face of %s", where, day, cl)
			assert.Equal(t, want, got, "%s %s first face-to-face of %s", where, day, cl)
			wantJob, wantOK := employer.CurrentJob(ps, cl, day)
			gotJob, ok := d.CurrentJob(cl, day)
			assert.Equal(t, wantOK, ok, "%s %s current job of %s", where, day, cl)
			assert.Equal(t, wantJob, gotJob, "%s %s current job of %s", where, day, cl)
		}
	}
}

func firstFaceToFace(cs []employer.Contact, client string, day employer.Date) (employer.Date, bool) {
	var first employer.Date
	found := false
	for _, c := range cs {
		if c.ClientID == client && c.Type == employer.FaceToFace && !c.Day().After(day) && (!found || c.Day().Before(first)) {
			first, found = c.Day(), true
		}
	}
	return first, found
}
