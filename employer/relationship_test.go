package employer_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var day = civil.MustParse

// visit builds a specialist's contact with employer "e1" at 10:00 on a day.
func visit(id, on string, typ employer.ContactType, purpose employer.Purpose) employer.Contact {
	return employer.Contact{
		ID: id, EmployerID: "e1", Specialist: "anna", Type: typ, Purpose: purpose,
		At: day(on).Time().Add(10 * time.Hour),
	}
}

func byClient(c employer.Contact) employer.Contact {
	c.ByClient, c.Specialist, c.ClientID = true, "", "c-01"
	return c
}

func TestStageWords(t *testing.T) {
	for s, want := range map[employer.Stage][2]string{
		employer.StageNone:       {"none", "none"},
		employer.StageIntroduced: {"introduced", "introduced"},
		employer.StageLearning:   {"learning the business", "learning_business"},
		employer.StageThanked:    {"thanked", "thanked"},
		employer.StageReady:      {"ready to present candidates", "ready"},
		employer.StageHired:      {"has hired", "has_hired"},
	} {
		assert.Equal(t, want[0], s.String())
		b, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want[1], string(b))
		var back employer.Stage
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.Less(t, employer.StageThanked, employer.StageReady, "stages are ordered")
	_, err := employer.Stage(9).MarshalText()
	assert.Error(t, err)
	var s employer.Stage
	assert.ErrorIs(t, s.UnmarshalText([]byte("friends")), employer.ErrUnknownValue)
}

func TestRelationshipStage(t *testing.T) {
	const (
		f2f   = employer.FaceToFace
		phone = employer.Phone
	)
	intro := employer.PurposeIntroduction
	learn := employer.PurposeLearn
	thanks := employer.PurposeThankYou
	hire := employer.Placement{ID: "p1", ClientID: "c-01", EmployerID: "e1", Title: "porter", Start: day("2025-03-01")}
	today := day("2025-03-10")

	tests := []struct {
		name       string
		contacts   []employer.Contact
		placements []employer.Placement
		want       employer.Stage
	}{
		{"no contact and no start: absent", nil, nil, employer.StageNone},
		{"an introduction introduces", []employer.Contact{visit("a", "2025-03-01", f2f, intro)}, nil, employer.StageIntroduced},
		{"any first contact introduces, even a thank-you",
			[]employer.Contact{visit("a", "2025-03-01", phone, thanks)}, nil, employer.StageIntroduced},
		{"a learning visit", []employer.Contact{
			visit("a", "2025-03-01", f2f, intro), visit("b", "2025-03-03", f2f, learn)}, nil, employer.StageLearning},
		{"thanked after an introduction", []employer.Contact{
			visit("a", "2025-03-01", f2f, intro), visit("b", "2025-03-02", employer.Email, thanks)}, nil, employer.StageThanked},
		{"a thank-you before the introduction does not count", []employer.Contact{
			visit("b", "2025-03-01", employer.Email, thanks), visit("a", "2025-03-02", f2f, intro)}, nil, employer.StageIntroduced},
		{"thanked after learning the business: ready", []employer.Contact{
			visit("a", "2025-03-01", f2f, intro), visit("b", "2025-03-03", f2f, learn),
			visit("c", "2025-03-04", employer.Email, thanks)}, nil, employer.StageReady},
		{"same minute: the log orders by id", []employer.Contact{
			visit("b", "2025-03-03", f2f, thanks), visit("a", "2025-03-03", f2f, learn)}, nil, employer.StageReady},
		{"presenting a candidate means ready", []employer.Contact{
			visit("a", "2025-03-01", f2f, employer.PurposePresent)}, nil, employer.StageReady},
		{"an interview means ready", []employer.Contact{
			visit("a", "2025-03-01", phone, employer.PurposeInterview)}, nil, employer.StageReady},
		{"follow-along support implies a candidate was presented", []employer.Contact{
			visit("a", "2025-03-01", phone, employer.PurposeFollowAlong)}, nil, employer.StageReady},
		{"a start on or before today: has hired", []employer.Contact{
			visit("a", "2025-02-01", f2f, intro)}, []employer.Placement{hire}, employer.StageHired},
		{"a start with no logged contact still counts", nil, []employer.Placement{hire}, employer.StageHired},
		{"a start after today does not count", []employer.Contact{visit("a", "2025-02-01", f2f, intro)},
			[]employer.Placement{{ID: "p2", ClientID: "c-01", EmployerID: "e1", Title: "porter", Start: day("2025-04-01")}},
			employer.StageIntroduced},
		{"contacts after today do not count", []employer.Contact{
			visit("a", "2025-03-01", f2f, intro), visit("b", "2025-03-11", f2f, learn)}, nil, employer.StageIntroduced},
		{"a client's own visit introduces, no further", []employer.Contact{
			byClient(visit("a", "2025-03-01", f2f, employer.PurposePresent))}, nil, employer.StageIntroduced},
		{"a client's thank-you does not make the specialist thanked", []employer.Contact{
			visit("a", "2025-03-01", f2f, intro), visit("b", "2025-03-02", f2f, learn),
			byClient(visit("c", "2025-03-03", employer.Email, thanks))}, nil, employer.StageLearning},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := employer.Relationships(tt.contacts, tt.placements, today)
			r, ok := rs["e1"]
			assert.Equal(t, tt.want != employer.StageNone, ok, "present in the map")
			assert.Equal(t, tt.want, r.Stage)
		})
	}
}

func TestRelationshipFigures(t *testing.T) {
	today := day("2025-03-20")
	a := visit("a", "2025-03-01", employer.FaceToFace, employer.PurposeIntroduction)
	a.Learned = "hires kitchen porters every spring"
	b := visit("b", "2025-03-05", employer.Phone, employer.PurposeLearn)
	b.Specialist, b.Learned = "marco", "  "
	b.FollowUpDate = day("2025-03-12")
	c := byClient(visit("c", "2025-03-08", employer.FaceToFace, employer.PurposeIntroduction))
	c.Learned = "the manager wants reliable morning staff"
	other := visit("x", "2025-03-02", employer.FaceToFace, employer.PurposeIntroduction)
	other.EmployerID = "e2"
	other.FollowUpDate = day("2025-03-25")
	later := visit("z", "2025-03-21", employer.FaceToFace, employer.PurposeLearn)

	rs := employer.Relationships([]employer.Contact{later, c, b, other, a}, nil, today)
	require.Len(t, rs, 2)
	assert.Equal(t, employer.Relationship{
		EmployerID:     "e1",
		Stage:          employer.StageLearning,
		LastContact:    day("2025-03-08"), // the client's walk-in is a contact
		LastFaceToFace: day("2025-03-01"), // but not a specialist's visit
		Contacts:       3,                 // a, b, c; z is after today
		FaceToFace:     1,                 // a
		// b set a follow-up for 12 March; the client's walk-in on the 8th
		// does not discharge it, and it is before the 20th.
		FollowUpDue:     day("2025-03-12"),
		FollowUpOverdue: true,
		Learned:         []string{"the manager wants reliable morning staff", "hires kitchen porters every spring"},
		Specialists:     []string{"anna", "marco"},
	}, rs["e1"])
	assert.Equal(t, day("2025-03-25"), rs["e2"].FollowUpDue)
	assert.False(t, rs["e2"].FollowUpOverdue, "due after today")

	// A later specialist contact without a follow-up date clears the plan.
	d := visit("d", "2025-03-15", employer.FaceToFace, employer.PurposeThankYou)
	r := employer.Relationships([]employer.Contact{a, b, c, d}, nil, today)["e1"]
	assert.True(t, r.FollowUpDue.IsZero())
	assert.False(t, r.FollowUpOverdue)
	assert.Equal(t, employer.StageReady, r.Stage, "thank-you after b's learning call")
	assert.Equal(t, day("2025-03-15"), r.LastFaceToFace)
}

func TestRelationshipJSON(t *testing.T) {
	r := employer.Relationship{EmployerID: "e1", Stage: employer.StageReady, LastContact: day("2025-03-01"), Contacts: 1}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"employer_id":"e1","stage":"ready","last_contact":"2025-03-01","contacts":1,"face_to_face":0}`, string(b))
}
