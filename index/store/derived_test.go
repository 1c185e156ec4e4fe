package store_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// The derived state keeps contacts in a compact form; what it folds from
// them must be what employer.Relationships folds from the contacts as
// written, including a contact's day in its own time zone.
func TestDerivedRelationshipKeepsWhatContactsSay(t *testing.T) {
	rome := time.FixedZone("CET", 2*3600)
	cs := []employer.Contact{
		{ID: "k1", EmployerID: "cafe", Specialist: "anna", At: time.Date(2025, 3, 1, 23, 30, 0, 0, rome), // 21:30 UTC
			Type: employer.FaceToFace, Purpose: employer.PurposeLearn, Learned: "needs kitchen porters",
			FollowUpDate: civil.D(2025, 3, 20)},
		{ID: "k2", EmployerID: "cafe", Specialist: "marco", At: time.Date(2025, 3, 2, 0, 30, 0, 0, rome), // 1 March UTC
			Type: employer.Phone, Purpose: employer.PurposeThankYou},
		{ID: "k3", EmployerID: "cafe", At: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC), ByClient: true,
			Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction, ClientID: "c1", Learned: "hiring in May",
			FollowUpDate: civil.D(2025, 4, 1)},
	}
	d := store.NewDerived()
	for i := range cs {
		d.PutContact(nil, &cs[i])
	}
	for _, today := range []employer.Date{civil.D(2025, 3, 1), civil.D(2025, 3, 2), civil.D(2025, 3, 31), {}} {
		want, wantOK := employer.Relationships(cs, nil, today)["cafe"]
		got, ok := d.Relationship("cafe", today)
		require.Equal(t, wantOK, ok, today.String())
		assert.Equal(t, want, got, today.String())
	}
	first, ok := d.FirstFaceToFace("c1", civil.D(2025, 3, 31))
	assert.True(t, ok)
	assert.Equal(t, civil.D(2025, 3, 5), first)
	_, ok = d.FirstFaceToFace("c1", civil.D(2025, 3, 4))
	assert.False(t, ok, "no face-to-face contact yet on 4 March")

	amended := cs[0]
	amended.Learned = "needs a dishwasher"
	d.PutContact(&cs[0], &amended)
	d.PutContact(&cs[2], nil)
	r, ok := d.Relationship("cafe", civil.D(2025, 3, 31))
	require.True(t, ok)
	assert.Equal(t, []string{"needs a dishwasher"}, r.Learned, "the amendment replaces the learned text, the void drops the other")
	assert.Equal(t, 2, r.Contacts)
	_, ok = d.FirstFaceToFace("c1", civil.D(2025, 3, 31))
	assert.False(t, ok, "the voided contact no longer counts")
}
