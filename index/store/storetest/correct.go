package storetest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var _ = register(
	testCase{"amending a contact's purpose keeps every version and moves the relationship stage", false, func(t *testing.T, s *env) {
		_, err := s.AddContacts(ctx,
			visit("k1", "bar", 3, employer.PurposeIntroduction),
			visit("k2", "bar", 10, employer.PurposeLearn),
			visit("k3", "bar", 17, employer.PurposeThankYou))
		require.NoError(t, err)
		assert.Equal(t, employer.StageReady, stage(t, s, "bar"), "thanked after learning the business")

		fixed := visit("k2", "bar", 10, employer.PurposeIntroduction)
		require.NoError(t, s.AmendContact(ctx, fixed, fix(sara, "was an introduction, logged as a visit")))
		assert.Equal(t, employer.StageThanked, stage(t, s, "bar"), "only thanked after an introduction")
		got, err := s.Contact(ctx, "k2")
		require.NoError(t, err)
		assert.Equal(t, employer.PurposeIntroduction, got.Purpose)

		vs, err := s.Versions(ctx, store.KindContact, "k2")
		require.NoError(t, err)
		require.Equal(t, []store.Op{store.OpAdd, store.OpAmend}, ops(vs))
		assert.Equal(t, employer.PurposeLearn, vs[0].Contact.Purpose, "the original is kept")
		assert.Equal(t, employer.PurposeIntroduction, vs[1].Contact.Purpose)
		assert.Equal(t, sara, vs[1].Change.By)
		assert.Equal(t, "was an introduction, logged as a visit", vs[1].Change.Reason)
		assert.True(t, vs[1].Change.At.Equal(fix(sara, "").At))
		assert.Equal(t, "k2", vs[1].ID)
		assert.Equal(t, store.KindContact, vs[1].Kind)
	}},
	testCase{"amending the specialist fixes a typo everywhere", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		_, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		c.Specialist = marco
		require.NoError(t, s.AmendContact(ctx, c, fix(marco, "I made this visit, not Anna")))
		r := relationship(t, s, "bar")
		assert.Equal(t, []string{marco}, r.Specialists)
		cs, err := s.Contacts(ctx, store.Filter{Specialist: marco})
		require.NoError(t, err)
		assert.Equal(t, []string{"k1"}, contactIDs(cs))
		cs, err = s.Contacts(ctx, store.Filter{Specialist: anna})
		require.NoError(t, err)
		assert.Empty(t, cs)
	}},
	testCase{"an amended record is checked as a new one", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		_, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		bad := c
		bad.Type = "pigeon"
		err = s.AmendContact(ctx, bad, fix(anna, "typo"))
		var fe *employer.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "type", fe.Field)
		unknown := c
		unknown.Specialist = "anna.rosi"
		err = s.AmendContact(ctx, unknown, fix(anna, "typo"))
		assert.ErrorIs(t, err, store.ErrUnknownSpecialist)
		p := job("p1", "c-01", "bar", civil.D(2025, 4, 1))
		_, err = s.AddPlacements(ctx, p)
		require.NoError(t, err)
		p.End = civil.D(2025, 3, 1)
		err = s.AmendPlacement(ctx, p, fix(anna, "typo"))
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "end", fe.Field)
		vs, err := s.Versions(ctx, store.KindContact, "k1")
		require.NoError(t, err)
		assert.Len(t, vs, 1, "a refused correction leaves no version")
	}},
	testCase{"re-adding an earlier version after a correction is a no-op, so a re-import changes nothing", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		_, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		fixed := c
		fixed.Purpose = employer.PurposeLearn
		require.NoError(t, s.AmendContact(ctx, fixed, fix(anna, "it was a learning visit")))
		n, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		assert.Equal(t, 0, n)
		got, err := s.Contact(ctx, "k1")
		require.NoError(t, err)
		assert.Equal(t, employer.PurposeLearn, got.Purpose, "the correction stands")
	}},
	testCase{"a voided contact counts nowhere and its versions stay readable", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeLearn)
		c.ClientID = "c-01"
		_, err := s.AddContacts(ctx, c, visit("k2", "cafe", 4, employer.PurposeIntroduction))
		require.NoError(t, err)
		d, err := s.Derived(ctx)
		require.NoError(t, err)
		_, ok := d.FirstFaceToFace("c-01", today)
		require.True(t, ok)

		require.NoError(t, s.Void(ctx, store.KindContact, "k1", fix(sara, "entered for the wrong employer")))
		_, err = s.Contact(ctx, "k1")
		assert.ErrorIs(t, err, store.ErrVoided)
		cs, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Equal(t, []string{"k2"}, contactIDs(cs))
		d, err = s.Derived(ctx)
		require.NoError(t, err)
		_, ok = d.Relationship("bar", today)
		assert.False(t, ok, "no relationship is left with bar")
		_, ok = d.FirstFaceToFace("c-01", today)
		assert.False(t, ok)

		vs, err := s.Versions(ctx, store.KindContact, "k1")
		require.NoError(t, err)
		require.Equal(t, []store.Op{store.OpAdd, store.OpVoid}, ops(vs))
		assert.Equal(t, employer.PurposeLearn, vs[0].Contact.Purpose)
		assert.Nil(t, vs[1].Contact)
		assert.Equal(t, "entered for the wrong employer", vs[1].Change.Reason)

		err = s.AmendContact(ctx, c, fix(anna, "again"))
		assert.ErrorIs(t, err, store.ErrVoided)
		err = s.Void(ctx, store.KindContact, "k1", fix(anna, "again"))
		assert.ErrorIs(t, err, store.ErrVoided)
		n, err := s.AddContacts(ctx, c)
		require.NoError(t, err, "re-importing the voided record is a no-op")
		assert.Equal(t, 0, n)
		_, err = s.Contact(ctx, "k1")
		assert.ErrorIs(t, err, store.ErrVoided, "and it stays voided")
		other := c
		other.Purpose = employer.PurposeThankYou
		_, err = s.AddContacts(ctx, other)
		assert.ErrorIs(t, err, store.ErrConflict, "a voided id is not reused")
	}},
	testCase{"a voided placement takes back the hire and the track record", false, func(t *testing.T, s *env) {
		_, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
		require.NoError(t, err)
		_, err = s.AddPlacements(ctx, job("p1", "c-01", "bar", civil.D(2025, 4, 1)))
		require.NoError(t, err)
		assert.Equal(t, employer.StageHired, stage(t, s, "bar"))
		require.NoError(t, s.Void(ctx, store.KindPlacement, "p1", fix(sara, "the client never started")))
		assert.Equal(t, employer.StageIntroduced, stage(t, s, "bar"))
		d, err := s.Derived(ctx)
		require.NoError(t, err)
		_, ok := d.TrackRecord("bar", today)
		assert.False(t, ok)
		_, ok = d.CurrentJob("c-01", today)
		assert.False(t, ok)
		_, err = s.Placement(ctx, "p1")
		assert.ErrorIs(t, err, store.ErrVoided)
		ps, err := s.Placements(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Empty(t, ps)
		vs, err := s.Versions(ctx, store.KindPlacement, "p1")
		require.NoError(t, err)
		assert.Equal(t, []store.Op{store.OpAdd, store.OpVoid}, ops(vs))
	}},
	testCase{"a correction needs who and why", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		_, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		p := job("p1", "c-01", "bar", civil.D(2025, 4, 1))
		_, err = s.AddPlacements(ctx, p)
		require.NoError(t, err)
		for _, tc := range []struct {
			name, field string
			ch          store.Change
		}{
			{"no one", "change.by", store.Change{Reason: "typo"}},
			{"blank who", "change.by", store.Change{By: "  ", Reason: "typo"}},
			{"no reason", "change.reason", store.Change{By: anna}},
			{"blank reason", "change.reason", store.Change{By: anna, Reason: " "}},
		} {
			for what, err := range map[string]error{
				"amend contact":   s.AmendContact(ctx, c, tc.ch),
				"amend placement": s.AmendPlacement(ctx, p, tc.ch),
				"void":            s.Void(ctx, store.KindContact, "k1", tc.ch),
			} {
				require.ErrorIs(t, err, store.ErrNoReason, "%s: %s", tc.name, what)
				var fe *employer.FieldError
				require.ErrorAs(t, err, &fe, "%s: %s", tc.name, what)
				assert.Equal(t, tc.field, fe.Field, "%s: %s", tc.name, what)
			}
		}
		err = s.Void(ctx, store.KindContact, "k1", store.Change{By: "nobody", Reason: "typo"})
		require.ErrorIs(t, err, store.ErrUnknownSpecialist, "the author is on the roster")
		var fe *employer.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "change.by", fe.Field)
		vs, err := s.Versions(ctx, store.KindContact, "k1")
		require.NoError(t, err)
		assert.Len(t, vs, 1)
	}},
	testCase{"a correction of a record never stored is ErrNotFound", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		assert.ErrorIs(t, s.AmendContact(ctx, c, fix(anna, "typo")), store.ErrNotFound)
		assert.ErrorIs(t, s.AmendPlacement(ctx, job("p1", "c-01", "bar", civil.D(2025, 4, 1)), fix(anna, "typo")), store.ErrNotFound)
		assert.ErrorIs(t, s.Void(ctx, store.KindContact, "k1", fix(anna, "typo")), store.ErrNotFound)
		assert.ErrorIs(t, s.Void(ctx, store.KindPlacement, "p1", fix(anna, "typo")), store.ErrNotFound)
		_, err := s.Versions(ctx, store.KindContact, "k1")
		assert.ErrorIs(t, err, store.ErrNotFound)
		_, err = s.Contact(ctx, "k1")
		assert.ErrorIs(t, err, store.ErrNotFound)
		_, err = s.Placement(ctx, "p1")
		assert.ErrorIs(t, err, store.ErrNotFound)
		_, err = s.AddContacts(ctx, c)
		require.NoError(t, err)
		_, err = s.Placement(ctx, "k1")
		assert.ErrorIs(t, err, store.ErrNotFound, "a contact's id names no placement")
	}},
	testCase{"a correction without a time is dated now", false, func(t *testing.T, s *env) {
		c := visit("k1", "bar", 3, employer.PurposeIntroduction)
		_, err := s.AddContacts(ctx, c)
		require.NoError(t, err)
		before := time.Now().Add(-time.Second)
		require.NoError(t, s.Void(ctx, store.KindContact, "k1", store.Change{By: anna, Reason: "duplicate"}))
		vs, err := s.Versions(ctx, store.KindContact, "k1")
		require.NoError(t, err)
		require.Len(t, vs, 2)
		at := vs[1].Change.At
		assert.True(t, at.After(before) && at.Before(time.Now().Add(time.Second)), "dated %s", at)
	}},
)

func relationship(t *testing.T, s store.Store, emp string) employer.Relationship {
	t.Helper()
	d, err := s.Derived(ctx)
	require.NoError(t, err)
	r, ok := d.Relationship(emp, today)
	require.True(t, ok, "a relationship with %s", emp)
	return r
}

func stage(t *testing.T, s store.Store, emp string) employer.Stage {
	t.Helper()
	return relationship(t, s, emp).Stage
}
