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
	testCase{"filters select by employer, client, specialist and inclusive dates, sorted by time then id", false, func(t *testing.T, s *env) {
		k := func(id, emp string, day int, client, who string) employer.Contact {
			c := visit(id, emp, day, employer.PurposeIntroduction)
			c.ClientID, c.Specialist = client, who
			return c
		}
		_, err := s.AddContacts(ctx,
			k("k5", "bar", 5, "", anna), k("k1", "bar", 1, "c-01", anna), k("k3", "cafe", 3, "c-02", marco),
			k("k4", "cafe", 3, "", marco), k("k2", "bar", 2, "c-02", marco), k("k9", "bar", 9, "", anna))
		require.NoError(t, err)
		_, err = s.AddPlacements(ctx,
			job("p2", "c-02", "cafe", civil.D(2025, 3, 3)), job("p1", "c-01", "bar", civil.D(2025, 3, 3)),
			job("p0", "c-01", "cafe", civil.D(2025, 3, 1)), job("p9", "c-02", "bar", civil.D(2025, 3, 9)))
		require.NoError(t, err)
		d := func(day int) employer.Date { return civil.D(2025, 3, day) }
		for _, tc := range []struct {
			name       string
			f          store.Filter
			contacts   []string
			placements []string
		}{
			{"everything", store.Filter{}, []string{"k1", "k2", "k3", "k4", "k5", "k9"}, []string{"p0", "p1", "p2", "p9"}},
			{"one employer", store.Filter{EmployerID: "bar"}, []string{"k1", "k2", "k5", "k9"}, []string{"p1", "p9"}},
			{"one client", store.Filter{ClientID: "c-02"}, []string{"k2", "k3"}, []string{"p2", "p9"}},
			{"one specialist: no placement", store.Filter{Specialist: marco}, []string{"k2", "k3", "k4"}, []string{}},
			{"dates inclusive", store.Filter{From: d(3), To: d(5)}, []string{"k3", "k4", "k5"}, []string{"p1", "p2"}},
			{"from only", store.Filter{From: d(5)}, []string{"k5", "k9"}, []string{"p9"}},
			{"to only", store.Filter{To: d(2)}, []string{"k1", "k2"}, []string{"p0"}},
			{"all at once", store.Filter{EmployerID: "cafe", ClientID: "c-02", From: d(3), To: d(3)}, []string{"k3"}, []string{"p2"}},
			{"nothing", store.Filter{EmployerID: "nowhere"}, []string{}, []string{}},
		} {
			cs, err := s.Contacts(ctx, tc.f)
			require.NoError(t, err)
			assert.Equal(t, tc.contacts, contactIDs(cs), tc.name)
			ps, err := s.Placements(ctx, tc.f)
			require.NoError(t, err)
			assert.Equal(t, tc.placements, placementIDs(ps), tc.name)
		}
	}},
)
