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

// recordFixture is a town with an empty journal and three clients, one per
// disclosure choice.
func recordFixture(t *testing.T) (*journal.Journal, *Engine, []preference.Profile) {
	t.Helper()
	emps, vacs := smallTown()
	e := newTestEngine(t, emps, vacs)
	clients := []preference.Profile{
		{ID: "lucia", Enrolled: today.AddDays(-40), Disclosure: preference.DiscloseNone},
		{ID: "paolo", Enrolled: today.AddDays(-10), Disclosure: preference.DiscloseProgramOnly},
		{ID: "marta", Enrolled: today.AddDays(-5), Disclosure: preference.DiscloseFull},
	}
	j := journal.OpenMemory()
	_, err := j.AddSpecialists(context.Background(), store.Specialist{ID: "anna"})
	require.NoError(t, err)
	return j, e, clients
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
			j, e, clients := recordFixture(t)
			err := RecordContact(ctx, j, e.Index(), clients, tc.c, today)
			require.ErrorIs(t, err, ErrDisclosureForbids)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "client_id", fe.Field)
			assert.Contains(t, err.Error(), fmt.Sprintf("client %q", tc.c.ClientID))
			assert.Contains(t, err.Error(), string(tc.c.Purpose))
			assert.Empty(t, StoreHistory(j).Contacts(), "nothing is stored")
		})
	}
}

func TestRecordContactAllowsWhatDisclosureAllows(t *testing.T) {
	ctx := context.Background()
	j, e, clients := recordFixture(t)
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
		require.NoError(t, RecordContact(ctx, j, e.Index(), clients, c, today), c.ID)
	}
	assert.Len(t, StoreHistory(j).Contacts(), 5)
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
			j, e, clients := recordFixture(t)
			err := RecordContact(ctx, j, e.Index(), clients, tc.c, today)
			require.ErrorIs(t, err, tc.err)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Contains(t, err.Error(), tc.text)
			assert.Empty(t, StoreHistory(j).Contacts(), "nothing is stored")
		})
	}
}

func TestRecordContactTwiceIsANoOp(t *testing.T) {
	ctx := context.Background()
	j, e, clients := recordFixture(t)
	c := visit("c1", "marta", employer.PurposePresent)
	require.NoError(t, RecordContact(ctx, j, e.Index(), clients, c, today))
	require.NoError(t, RecordContact(ctx, j, e.Index(), clients, c, today))
	got := StoreHistory(j).Contacts()
	require.Len(t, got, 1)
	assert.Equal(t, "marta", got[0].ClientID)
}

func TestRecordContactNeedsStores(t *testing.T) {
	_, _, clients := recordFixture(t)
	err := RecordContact(context.Background(), nil, nil, clients, visit("c1", "marta", employer.PurposePresent), today)
	assert.ErrorIs(t, err, ErrInvalidOptions)
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
		{"an unknown client is refused", start("p3", "nobody", "e1", today), "client_id", ErrUnknownClient},
		{"a start after today is refused", start("p4", "marta", "e1", today.AddDays(2)), "start", ErrFutureDate},
		{"an end before the start is refused", endsBefore, "end", employer.ErrMinAboveMax},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			j, e, clients := recordFixture(t)
			err := RecordPlacement(ctx, j, e.Index(), clients, tc.p, today)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Len(t, StoreHistory(j).Placements(), 1)
				return
			}
			require.ErrorIs(t, err, tc.err)
			var fe *employer.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Empty(t, StoreHistory(j).Placements(), "nothing is stored")
		})
	}
}
