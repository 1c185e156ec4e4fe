package storetest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var _ = register(
	testCase{"adding the same records again is a no-op", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		n, err := s.AddContacts(ctx, c, c)
		require.NoError(t, err)
		assert.Equal(t, 1, n, "a duplicate within a batch is written once")
		n, err = s.AddContacts(ctx, c)
		require.NoError(t, err)
		assert.Equal(t, 0, n)
		p := job("p1", "c-01", "bar", civil.D(2025, 4, 1))
		n, err = s.AddPlacements(ctx, p, p)
		require.NoError(t, err)
		assert.Equal(t, 1, n)
		n, err = s.AddPlacements(ctx, p)
		require.NoError(t, err)
		assert.Equal(t, 0, n)
		got, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Equal(t, []employer.Contact{c}, utcContacts(got))
		vs, err := s.Versions(ctx, store.KindContact, "k1")
		require.NoError(t, err)
		assert.Len(t, vs, 1, "a no-op leaves no version")
	}},
	testCase{"a different record under a stored id is a conflict and nothing of the batch is written", false, func(t *testing.T, s *env) {
		_, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
		require.NoError(t, err)
		changed := visit("k1", "bar", 3, employer.PurposeLearn)
		n, err := s.AddContacts(ctx, visit("k2", "bar", 4, employer.PurposeLearn), changed)
		require.ErrorIs(t, err, store.ErrConflict)
		assert.Equal(t, 0, n)
		var fe *employer.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "k1", fe.Record)
		_, err = s.Contact(ctx, "k2")
		assert.ErrorIs(t, err, store.ErrNotFound, "nothing of the batch is kept")
		c, err := s.Contact(ctx, "k1")
		require.NoError(t, err)
		assert.Equal(t, employer.PurposeIntroduction, c.Purpose)
	}},
	testCase{"an invalid record writes nothing and names its field", false, func(t *testing.T, s *env) {
		bad := visit("k2", "bar", 4, "pitch")
		n, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction), bad)
		var fe *employer.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "k2", fe.Record)
		assert.Equal(t, "purpose", fe.Field)
		assert.ErrorIs(t, err, employer.ErrUnknownValue)
		assert.Equal(t, 0, n)
		cs, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Empty(t, cs)
		_, err = s.AddPlacements(ctx, employer.Placement{ID: "p1"})
		assert.ErrorIs(t, err, employer.ErrRequired)
	}},
	testCase{"an open job can be ended by adding it with an end; a recorded end is kept", false, func(t *testing.T, s *env) {
		p := job("p1", "c-01", "bar", civil.D(2025, 4, 1))
		_, err := s.AddPlacements(ctx, p)
		require.NoError(t, err)
		moved := p
		moved.EmployerID, moved.End = "cafe", civil.D(2025, 5, 1)
		_, err = s.AddPlacements(ctx, moved)
		assert.ErrorIs(t, err, store.ErrConflict, "ending a job cannot change the rest")

		ended := p
		ended.End, ended.EndReason = civil.D(2025, 5, 1), employer.EndBetterJob
		n, err := s.AddPlacements(ctx, ended)
		require.NoError(t, err)
		assert.Equal(t, 1, n)
		got, err := s.Placement(ctx, "p1")
		require.NoError(t, err)
		assert.Equal(t, ended, got)
		vs, err := s.Versions(ctx, store.KindPlacement, "p1")
		require.NoError(t, err)
		assert.Equal(t, []store.Op{store.OpAdd, store.OpEnd}, ops(vs))

		later := ended
		later.End = civil.D(2025, 6, 1)
		_, err = s.AddPlacements(ctx, later)
		assert.ErrorIs(t, err, store.ErrConflict, "an end once recorded is amended, not re-added")
		_, err = s.AddPlacements(ctx, p)
		require.NoError(t, err, "the original start again is a no-op, not a reopening")
		got, err = s.Placement(ctx, "p1")
		require.NoError(t, err)
		assert.Equal(t, ended.End, got.End)
	}},
	testCase{"a cancelled context writes nothing", false, func(t *testing.T, s *env) {
		c, cancel := context.WithCancel(ctx)
		cancel()
		_, err := s.AddContacts(c, visit("k1", "bar", 3, employer.PurposeIntroduction))
		assert.ErrorIs(t, err, context.Canceled)
		cs, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Empty(t, cs)
	}},
	testCase{"a closed store says so; closing twice is harmless", false, func(t *testing.T, s *env) {
		require.NoError(t, s.Close())
		require.NoError(t, s.Close())
		_, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
		assert.ErrorIs(t, err, store.ErrClosed)
		_, err = s.Contacts(ctx, store.Filter{})
		assert.ErrorIs(t, err, store.ErrClosed)
	}},
)

func ops(vs []store.Version) []store.Op {
	out := make([]store.Op, len(vs))
	for i, v := range vs {
		out[i] = v.Op
	}
	return out
}
