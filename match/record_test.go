package match

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var allPurposes = []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou,
	employer.PurposePresent, employer.PurposeInterview, employer.PurposeFollowAlong}

func TestContactAllowed(t *testing.T) {
	// What a specialist may do on a client's behalf, by disclosure choice.
	allowed := map[preference.Disclosure][]employer.Purpose{
		preference.DiscloseNone:        nil,
		preference.DiscloseProgramOnly: {employer.PurposeIntroduction, employer.PurposePresent},
		preference.DiscloseFull:        allPurposes,
	}
	stillAllowed := map[preference.Disclosure]string{
		preference.DiscloseNone:        "the client can apply on their own",
		preference.DiscloseProgramOnly: "the specialist may introduce them or present them as a candidate",
	}
	for d, ok := range allowed {
		for _, purpose := range allPurposes {
			for _, byClient := range []bool{false, true} {
				name := fmt.Sprintf("%s/%s/by_client=%v", d, purpose, byClient)
				t.Run(name, func(t *testing.T) {
					err := ContactAllowed(d, purpose, byClient)
					if byClient || slices.Contains(ok, purpose) {
						assert.NoError(t, err, "a contact the client makes, or one their choice covers, is allowed")
						return
					}
					require.ErrorIs(t, err, ErrDisclosureForbids)
					assert.Contains(t, err.Error(), string(purpose), "the error names the purpose")
					assert.Contains(t, err.Error(), stillAllowed[d], "the error says what is still allowed")
				})
			}
		}
	}
}

func TestContactAllowedUnknownChoiceIsTreatedAsNone(t *testing.T) {
	assert.ErrorIs(t, ContactAllowed("", employer.PurposeIntroduction, false), ErrDisclosureForbids)
	assert.NoError(t, ContactAllowed("", employer.PurposeIntroduction, true))
}

// recordFixture is a town with an empty journal, a roster of one
// specialist, and three clients, one per disclosure choice, behind the
// recording gate.
func recordFixture(t *testing.T) (*Recorder, *journal.Journal) {
	t.Helper()
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	cl, err := NewCaseload([]preference.Profile{
		{ID: "lucia", Enrolled: today.AddDays(-40), Disclosure: preference.DiscloseNone},
		{ID: "paolo", Enrolled: today.AddDays(-10), Disclosure: preference.DiscloseProgramOnly},
		{ID: "marta", Enrolled: today.AddDays(-5), Disclosure: preference.DiscloseFull},
	})
	require.NoError(t, err)
	j := journal.OpenMemory()
	_, err = j.AddSpecialists(context.Background(), store.Specialist{ID: "anna"})
	require.NoError(t, err)
	r, err := NewRecorder(j, e.Index(), cl, today)
	require.NoError(t, err)
	return r, j
}

// stored lists what the journal holds.
func storedContacts(t *testing.T, j *journal.Journal) []employer.Contact {
	t.Helper()
	cs, err := j.Contacts(context.Background(), store.Filter{})
	require.NoError(t, err)
	return cs
}

func storedPlacements(t *testing.T, j *journal.Journal) []employer.Placement {
	t.Helper()
	ps, err := j.Placements(context.Background(), store.Filter{})
	require.NoError(t, err)
	return ps
}

func visit(id, client string, purpose employer.Purpose) employer.Contact {
	return employer.Contact{ID: id, EmployerID: "e1", Specialist: "anna", At: today.Time().Add(10 * time.Hour),
		Type: employer.FaceToFace, Purpose: purpose, ClientID: client}
}

func TestRecordContactRefusesWhatDisclosureForbids(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name string
		c    employer.Contact
	}{
		{"presenting a client who chose none", visit("c1", "lucia", employer.PurposePresent)},
		{"introducing a client who chose none", visit("c2", "lucia", employer.PurposeIntroduction)},
		{"a learning visit on behalf of a client who chose none", visit("c3", "lucia", employer.PurposeLearn)},
		{"an interview for a client who chose program_only", visit("c4", "paolo", employer.PurposeInterview)},
		{"follow-along for a client who chose program_only", visit("c5", "paolo", employer.PurposeFollowAlong)},
		{"a thank-you on behalf of a client who chose program_only", visit("c6", "paolo", employer.PurposeThankYou)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, j := recordFixture(t)
			_, err := r.AddContacts(ctx, tc.c)
			require.ErrorIs(t, err, ErrDisclosureForbids)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "client_id", fe.Field)
			assert.Contains(t, err.Error(), fmt.Sprintf("client %q", tc.c.ClientID))
			assert.Contains(t, err.Error(), string(tc.c.Purpose))
			assert.Empty(t, storedContacts(t, j), "nothing is stored")
		})
	}
}

func TestRecordContactAllowsWhatDisclosureAllows(t *testing.T) {
	ctx := context.Background()
	r, j := recordFixture(t)
	walkIn := visit("c1", "lucia", employer.PurposePresent)
	walkIn.ByClient, walkIn.Specialist = true, ""
	programme := visit("c2", "", employer.PurposeLearn)
	for _, c := range []employer.Contact{
		walkIn, // a client who chose none applies on their own
		visit("c3", "paolo", employer.PurposePresent),
		visit("c4", "paolo", employer.PurposeIntroduction),
		visit("c5", "marta", employer.PurposeInterview),
		programme, // about the programme, no client
	} {
		_, err := r.AddContacts(ctx, c)
		require.NoError(t, err, c.ID)
	}
	assert.Len(t, storedContacts(t, j), 5)
}

func TestRecordContactChecksOtherRecords(t *testing.T) {
	ctx := context.Background()
	noType := visit("c1", "marta", employer.PurposePresent)
	noType.Type = ""
	unknownEmp := visit("c2", "marta", employer.PurposePresent)
	unknownEmp.EmployerID = "e99"
	future := visit("c3", "marta", employer.PurposePresent)
	future.At = today.AddDays(1).Time().Add(9 * time.Hour)
	cases := []struct {
		name  string
		c     employer.Contact
		field string
		err   error
		text  string
	}{
		{"an invalid contact fails its own validation", noType, "type", employer.ErrUnknownValue, "type"},
		{"an unknown employer is named", unknownEmp, "employer_id", ErrUnknownEmployer, `"e99"`},
		{"an unknown client is named", visit("c4", "nobody", employer.PurposePresent), "client_id", ErrUnknownClient, `"nobody"`},
		{"a contact dated tomorrow is refused", future, "at", ErrFutureDate, today.AddDays(1).String()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, j := recordFixture(t)
			_, err := r.AddContacts(ctx, tc.c)
			require.ErrorIs(t, err, tc.err)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Contains(t, err.Error(), tc.text)
			assert.Empty(t, storedContacts(t, j), "nothing is stored")
		})
	}
}

func TestRecordContactTwiceIsANoOp(t *testing.T) {
	ctx := context.Background()
	r, j := recordFixture(t)
	c := visit("c1", "marta", employer.PurposePresent)
	n, err := r.AddContacts(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	n, err = r.AddContacts(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, 0, n, "the second time writes nothing")
	got := storedContacts(t, j)
	require.Len(t, got, 1)
	assert.Equal(t, "marta", got[0].ClientID)
}

func TestRecorderNeedsStores(t *testing.T) {
	_, err := NewRecorder(nil, nil, nil, today)
	assert.ErrorIs(t, err, ErrInvalidOptions)
}

func TestRecorderBatchIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	r, j := recordFixture(t)
	_, err := r.AddContacts(ctx, visit("c1", "marta", employer.PurposePresent), visit("c2", "lucia", employer.PurposePresent))
	require.ErrorIs(t, err, ErrDisclosureForbids, "the second contact is refused")
	assert.Empty(t, storedContacts(t, j), "so the first is not stored either")
}

func TestRecorderAmendIsCheckedLikeANewContact(t *testing.T) {
	ctx := context.Background()
	r, j := recordFixture(t)
	c := visit("c1", "lucia", employer.PurposeLearn)
	c.ClientID = ""
	_, err := r.AddContacts(ctx, c)
	require.NoError(t, err)
	c.ClientID, c.Purpose = "lucia", employer.PurposePresent
	err = r.AmendContact(ctx, c, store.Change{By: "anna", Reason: "it was for lucia"})
	require.ErrorIs(t, err, ErrDisclosureForbids, "a correction cannot name a client who chose none")
	got := storedContacts(t, j)
	require.Len(t, got, 1)
	assert.Empty(t, got[0].ClientID, "the stored contact is unchanged")
}

func TestCaseloadRefusesTwoProfilesForOneClient(t *testing.T) {
	_, err := NewCaseload([]preference.Profile{
		{ID: "lucia", Enrolled: today, Disclosure: preference.DiscloseNone},
		{ID: "lucia", Enrolled: today, Disclosure: preference.DiscloseFull},
	}, "clients/lucia.json", "clients/lucia-copy.json")
	require.ErrorIs(t, err, ErrDuplicateClient)
	assert.Contains(t, err.Error(), "clients/lucia.json")
	assert.Contains(t, err.Error(), "clients/lucia-copy.json")
}

func TestRecordPlacement(t *testing.T) {
	ctx := context.Background()
	start := func(id, client, emp string, day employer.Date) employer.Placement {
		return employer.Placement{ID: id, ClientID: client, EmployerID: emp, Title: "Kitchen porter", Start: day}
	}
	endsBefore := start("p5", "marta", "e1", today.AddDays(-10))
	endsBefore.End, endsBefore.EndReason = today.AddDays(-20), employer.EndQuit
	cases := []struct {
		name  string
		p     employer.Placement
		field string
		err   error
	}{
		{"a job start of a client who chose none is recorded", start("p1", "lucia", "e1", today.AddDays(-3)), "", nil},
		{"an unknown employer is refused", start("p2", "marta", "e99", today), "employer_id", ErrUnknownEmployer},
		{"a former client no longer in the caseload is recorded", start("p3", "past-1", "e1", today), "", nil},
		{"a start after today is refused", start("p4", "marta", "e1", today.AddDays(2)), "start", ErrFutureDate},
		{"an end before the start is refused", endsBefore, "end", employer.ErrMinAboveMax},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, j := recordFixture(t)
			_, err := r.AddPlacements(ctx, tc.p)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Len(t, storedPlacements(t, j), 1)
				return
			}
			require.ErrorIs(t, err, tc.err)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Empty(t, storedPlacements(t, j), "nothing is stored")
		})
	}
}
