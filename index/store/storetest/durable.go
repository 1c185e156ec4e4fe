package storetest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var _ = register(
	testCase{"everything written survives a reopen: records, versions, roster and derived state", true, func(t *testing.T, s *env) {
		_, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction),
			visit("k2", "bar", 10, employer.PurposeLearn), visit("k3", "cafe", 11, employer.PurposeIntroduction))
		require.NoError(t, err)
		p := job("p1", "c-01", "bar", civil.D(2025, 4, 1))
		_, err = s.AddPlacements(ctx, p, job("p2", "c-02", "cafe", civil.D(2025, 4, 2)))
		require.NoError(t, err)
		p.End, p.EndReason = civil.D(2025, 8, 1), employer.EndBetterJob
		_, err = s.AddPlacements(ctx, p)
		require.NoError(t, err)
		fixed := visit("k2", "bar", 10, employer.PurposeThankYou)
		require.NoError(t, s.AmendContact(ctx, fixed, fix(sara, "it was a thank-you")))
		require.NoError(t, s.Void(ctx, store.KindContact, "k3", fix(anna, "duplicate")))
		require.NoError(t, s.Void(ctx, store.KindPlacement, "p2", fix(anna, "never started")))

		type snapshot struct {
			cs       []employer.Contact
			ps       []employer.Placement
			vs       [][]store.Version
			roster   []store.Specialist
			rel      employer.Relationship
			cafe     bool
			track    employer.TrackRecord
			firstJob bool
		}
		take := func(s store.Store) snapshot {
			var sn snapshot
			var err error
			sn.cs, err = s.Contacts(ctx, store.Filter{})
			require.NoError(t, err)
			sn.cs = utcContacts(sn.cs)
			sn.ps, err = s.Placements(ctx, store.Filter{})
			require.NoError(t, err)
			for _, id := range []string{"k2", "k3"} {
				vs, err := s.Versions(ctx, store.KindContact, id)
				require.NoError(t, err)
				for i := range vs {
					vs[i].Change.At = vs[i].Change.At.UTC()
					if vs[i].Contact != nil {
						vs[i].Contact.At = vs[i].Contact.At.UTC()
					}
				}
				sn.vs = append(sn.vs, vs)
			}
			vs, err := s.Versions(ctx, store.KindPlacement, "p1")
			require.NoError(t, err)
			sn.vs = append(sn.vs, vs)
			sn.roster, err = s.Specialists(ctx)
			require.NoError(t, err)
			d, err := s.Derived(ctx)
			require.NoError(t, err)
			sn.rel, _ = d.Relationship("bar", today)
			_, sn.cafe = d.Relationship("cafe", today)
			sn.track, _ = d.TrackRecord("bar", today)
			_, sn.firstJob = d.CurrentJob("c-02", today)
			return sn
		}
		before := take(s)
		assert.Equal(t, employer.StageHired, before.rel.Stage)
		assert.False(t, before.cafe, "cafe's only contact was voided")
		s.reopen(t)
		after := take(s)
		assert.Equal(t, before, after)
		_, err = s.AddContacts(ctx, visit("k4", "bar", 12, employer.PurposeThankYou))
		require.NoError(t, err, "the reopened store takes writes")
	}},
)
