package employer

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/samber/lo"
)

// Stage is how far a specialist's relationship with an employer has gone,
// in the order IPS job development moves through it. Stages are ordered:
// a later stage compares greater.
type Stage int

// Relationship stages.
const (
	StageNone       Stage = iota // no contact yet
	StageIntroduced              // someone from the programme has been in touch
	StageLearning                // a visit to learn the business, without pitching anyone
	StageThanked                 // thanked after an introduction or a learning visit
	StageReady                   // ready to present candidates
	StageHired                   // the employer has hired a client
)

var stageNames = [...]struct{ text, code string }{
	StageNone:       {"none", "none"},
	StageIntroduced: {"introduced", "introduced"},
	StageLearning:   {"learning the business", "learning_business"},
	StageThanked:    {"thanked", "thanked"},
	StageReady:      {"ready to present candidates", "ready"},
	StageHired:      {"has hired", "has_hired"},
}

func (s Stage) valid() bool { return s >= StageNone && int(s) < len(stageNames) }

// String returns the stage in a specialist's words.
func (s Stage) String() string {
	if !s.valid() {
		return fmt.Sprintf("stage(%d)", int(s))
	}
	return stageNames[s].text
}

// MarshalText writes the stage's snake_case code, for JSON output.
func (s Stage) MarshalText() ([]byte, error) {
	if !s.valid() {
		return nil, fmt.Errorf("unknown relationship stage %d", int(s))
	}
	return []byte(stageNames[s].code), nil
}

// UnmarshalText reads a snake_case code written by MarshalText.
func (s *Stage) UnmarshalText(b []byte) error {
	for i, n := range stageNames {
		if n.code == string(b) {
			*s = Stage(i)
			return nil
		}
	}
	return fmt.Errorf("%w: relationship stage %q", ErrUnknownValue, b)
}

// Relationship sums up the programme's contacts with one employer, as of a
// given day. It is derived from the contact log and placements, never typed in.
type Relationship struct {
	EmployerID     string `json:"employer_id"`
	Stage          Stage  `json:"stage"`
	LastContact    Date   `json:"last_contact,omitzero"`      // zero if never
	LastFaceToFace Date   `json:"last_face_to_face,omitzero"` // a specialist's visit; zero if never
	Contacts       int    `json:"contacts"`                   // every contact, including those made by clients
	FaceToFace     int    `json:"face_to_face"`               // specialists' face-to-face visits
	// FollowUpDue is the follow-up date set by the latest contact; a later
	// specialist contact without one clears it. Zero when none is pending.
	FollowUpDue     Date `json:"follow_up_due,omitzero"`
	FollowUpOverdue bool `json:"follow_up_overdue,omitempty"` // FollowUpDue is before today
	// Learned is what contacts found out about the business, newest first.
	Learned []string `json:"learned,omitempty"`
	// Specialists are those who have been in touch with the employer
	// themselves (by any means), sorted.
	Specialists []string `json:"specialists,omitempty"`
}

// Relationships derives the relationship with every employer that has a
// contact or a job start on or before today, keyed by employer id. Later
// contacts and starts are ignored, so a report for a past day reads as it
// would have then.
//
// The stage is the highest that applies:
//
//   - has hired: a placement at the employer started on or before today;
//   - ready to present candidates: a thank_you came after a learn_business
//     visit, or a candidate has been presented (present_candidate,
//     interview, or follow_along, which implies one);
//   - thanked: a thank_you came after an introduction or a learning visit;
//   - learning the business: a learn_business contact exists;
//   - introduced: any contact exists;
//   - none otherwise.
//
// "After" is in the order of the log: by time, then by id. Contacts made by
// a client on their own (by_client) show the employer knows of the
// programme, so they make it introduced, but they never move the
// specialist's relationship further: their purpose is ignored, they are not
// specialist visits (FaceToFace, LastFaceToFace, Specialists) and they do
// not clear a specialist's planned follow-up. They do count in Contacts and
// LastContact, and what they taught is kept in Learned.
func Relationships(contacts []Contact, placements []Placement, today Date) map[string]Relationship {
	byEmployer := lo.GroupBy(
		lo.Filter(contacts, func(c Contact, _ int) bool { return !c.Day().After(today) }),
		func(c Contact) string { return c.EmployerID })
	out := make(map[string]Relationship, len(byEmployer))
	for id, cs := range byEmployer {
		out[id] = relationshipOf(id, cs, today)
	}
	for _, p := range placements {
		if p.Start.After(today) {
			continue
		}
		r := out[p.EmployerID]
		r.EmployerID = p.EmployerID
		r.Stage = StageHired
		out[p.EmployerID] = r
	}
	return out
}

// relationshipOf derives one employer's relationship from its contacts, all
// on or before today.
func relationshipOf(id string, cs []Contact, today Date) Relationship {
	cs = slices.Clone(cs)
	slices.SortFunc(cs, compareContacts)
	r := Relationship{EmployerID: id, Contacts: len(cs)}
	specialists := map[string]bool{}
	for _, c := range cs {
		day := c.Day()
		r.LastContact = day
		if !c.ByClient || !c.FollowUpDate.IsZero() {
			r.FollowUpDue = c.FollowUpDate
		}
		if text := strings.TrimSpace(c.Learned); text != "" {
			r.Learned = append(r.Learned, text)
		}
		if c.ByClient {
			continue
		}
		if c.Type == FaceToFace {
			r.FaceToFace++
			r.LastFaceToFace = day
		}
		if c.Specialist != "" {
			specialists[c.Specialist] = true
		}
	}
	slices.Reverse(r.Learned)
	r.Specialists = slices.Sorted(maps.Keys(specialists))
	r.FollowUpOverdue = !r.FollowUpDue.IsZero() && r.FollowUpDue.Before(today)
	r.Stage = stageOf(cs)
	return r
}

// stageOf walks sorted contacts once, remembering which steps came before.
func stageOf(cs []Contact) Stage {
	stage := StageNone
	var introduced, learned bool
	for _, c := range cs {
		stage = max(stage, StageIntroduced)
		if c.ByClient {
			continue
		}
		switch c.Purpose {
		case PurposeIntroduction:
			introduced = true
		case PurposeLearn:
			learned = true
			stage = max(stage, StageLearning)
		case PurposeThankYou:
			switch {
			case learned:
				stage = max(stage, StageReady)
			case introduced:
				stage = max(stage, StageThanked)
			}
		case PurposePresent, PurposeInterview, PurposeFollowAlong:
			stage = max(stage, StageReady)
		}
	}
	return stage
}

// compareContacts orders the log: by time, then by id.
func compareContacts(a, b Contact) int {
	return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
}
