package storetest

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

var _ = register(
	testCase{"the roster is sorted and adding a specialist again is a no-op", false, func(t *testing.T, s *env) {
		n, err := s.AddSpecialists(ctx, store.Specialist{ID: "elena.neri", Name: "Elena Neri"}, roster[0])
		require.NoError(t, err)
		assert.Equal(t, 1, n)
		got, err := s.Specialists(ctx)
		require.NoError(t, err)
		assert.Equal(t, []store.Specialist{roster[0], {ID: "elena.neri", Name: "Elena Neri"}, roster[1], roster[2]}, got)
		_, err = s.AddSpecialists(ctx, store.Specialist{Name: "No Id"})
		assert.ErrorIs(t, err, employer.ErrRequired)
	}},
	testCase{"a contact naming a specialist off the roster is refused with the known ones", false, func(t *testing.T, s *env) {
		for i := range 12 {
			_, err := s.AddSpecialists(ctx, store.Specialist{ID: fmt.Sprintf("z%02d", i)})
			require.NoError(t, err)
		}
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		c.Specialist = "ana.rossi"
		n, err := s.AddContacts(ctx, visit("k0", "bar", 2, employer.PurposeIntroduction), c)
		require.ErrorIs(t, err, store.ErrUnknownSpecialist)
		assert.Equal(t, 0, n)
		var fe *employer.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "k1", fe.Record)
		assert.Equal(t, "specialist", fe.Field)
		assert.ErrorContains(t, err, "ana.rossi")
		assert.ErrorContains(t, err, "anna.rossi, marco.bianchi, sara.verdi, z00")
		assert.ErrorContains(t, err, "and 5 more", "15 on the roster: ten named")
		assert.NotContains(t, err.Error(), "z11")

		byClient := visit("k2", "bar", 4, employer.PurposeIntroduction)
		byClient.Specialist, byClient.ByClient, byClient.ClientID = "", true, "c-01"
		_, err = s.AddContacts(ctx, byClient)
		require.NoError(t, err, "a contact the client made names no specialist")
	}},
)
