package employer

import (
	"strings"
	"time"
)

// ContactType is how a specialist met an employer.
type ContactType string

// Contact types. Only face-to-face contacts count toward the weekly
// job-development target.
const (
	FaceToFace ContactType = "face_to_face"
	Phone      ContactType = "phone"
	Email      ContactType = "email"
)

// Purpose is why a contact was made: the steps of an IPS employer relationship.
type Purpose string

// Contact purposes, in the order a relationship usually moves through them.
const (
	PurposeIntroduction Purpose = "introduction"   // introduce yourself and the programme
	PurposeLearn        Purpose = "learn_business" // come back to learn the business, no pitching
	PurposeThankYou     Purpose = "thank_you"      // thank them for their time
	PurposePresent      Purpose = "present_candidate"
	PurposeInterview    Purpose = "interview"    // accompany or arrange an interview
	PurposeFollowAlong  Purpose = "follow_along" // support after a job start
)

var (
	contactTypes = []ContactType{FaceToFace, Phone, Email}
	purposes     = []Purpose{PurposeIntroduction, PurposeLearn, PurposeThankYou, PurposePresent, PurposeInterview, PurposeFollowAlong}
)

// ClientSpecific reports whether a contact with this purpose is necessarily
// about one client. Introductions, learning visits and thank-yous may be
// made for the programme as a whole.
func (p Purpose) ClientSpecific() bool {
	return p == PurposePresent || p == PurposeInterview || p == PurposeFollowAlong
}

// Contact is one entry of the job-development log.
type Contact struct {
	ID         string      `json:"id"`
	EmployerID string      `json:"employer_id"`
	Specialist string      `json:"specialist"`
	At         time.Time   `json:"at"`
	Type       ContactType `json:"type"`
	Purpose    Purpose     `json:"purpose"`
	Person     string      `json:"person,omitempty"` // who was met at the employer
	// Learned is what the specialist found out: needs, hiring plans, roles
	// the employer struggles to fill. It feeds employer leads.
	Learned      string `json:"learned,omitempty"`
	Outcome      string `json:"outcome,omitempty"`
	FollowUp     string `json:"follow_up,omitempty"`
	FollowUpDate Date   `json:"follow_up_date,omitzero"`
	// ClientID is set when the contact is on behalf of one client; the
	// client's disclosure choice must allow it.
	ClientID string `json:"client_id,omitempty"`
	// ByClient is true when the client made the contact themselves (for
	// example walking in with a CV); it counts for rapid search, not for
	// the specialist's job-development target.
	ByClient bool `json:"by_client,omitempty"`
}

// Day returns the calendar day of the contact.
func (c *Contact) Day() Date { return civilOf(c.At) }

// RecordID returns the contact's id.
func (c *Contact) RecordID() string { return c.ID }

// Validate reports the first problem with a contact as a *FieldError.
// Checks that need other records (the employer and client exist, the
// disclosure choice allows it, the date is not in the future) belong to
// the store that records it.
func (c *Contact) Validate() error {
	id := c.ID
	switch {
	case strings.TrimSpace(c.ID) == "":
		return fieldErr(id, "id", ErrRequired, "")
	case strings.TrimSpace(c.EmployerID) == "":
		return fieldErr(id, "employer_id", ErrRequired, "")
	case strings.TrimSpace(c.Specialist) == "" && !c.ByClient:
		return fieldErr(id, "specialist", ErrRequired, "")
	case c.At.IsZero():
		return fieldErr(id, "at", ErrRequired, "")
	case c.Type == "" || !oneOf(c.Type, contactTypes):
		return fieldErr(id, "type", ErrUnknownValue, "want one of %v", contactTypes)
	case c.Purpose == "" || !oneOf(c.Purpose, purposes):
		return fieldErr(id, "purpose", ErrUnknownValue, "want one of %v", purposes)
	case c.Purpose.ClientSpecific() && c.ClientID == "":
		return fieldErr(id, "client_id", ErrRequired, "a %s contact is about one client", c.Purpose)
	case c.ByClient && c.ClientID == "":
		return fieldErr(id, "client_id", ErrRequired, "a contact made by the client names the client")
	case !c.FollowUpDate.IsZero() && c.FollowUpDate.Before(c.Day()):
		return fieldErr(id, "follow_up_date", ErrMinAboveMax, "%s is before the contact on %s", c.FollowUpDate, c.Day())
	}
	return nil
}

// Placement is a job start by a client, open while the client works there.
type Placement struct {
	ID         string     `json:"id"`
	ClientID   string     `json:"client_id"`
	EmployerID string     `json:"employer_id"`
	VacancyID  string     `json:"vacancy_id,omitempty"`
	Title      string     `json:"title"`
	Occupation Occupation `json:"occupation,omitzero"`
	Hours      float64    `json:"hours,omitzero"` // per week
	Start      Date       `json:"start"`
	End        Date       `json:"end,omitzero"` // zero while the client works there
	EndReason  EndReason  `json:"end_reason,omitempty"`
}

// EndReason says why a job ended.
type EndReason string

// Reasons a job ends.
const (
	EndQuit      EndReason = "quit"
	EndFired     EndReason = "fired"
	EndLaidOff   EndReason = "laid_off"
	EndContract  EndReason = "contract_ended"
	EndBetterJob EndReason = "better_job"
	EndOther     EndReason = "other"
)

var endReasons = []EndReason{EndQuit, EndFired, EndLaidOff, EndContract, EndBetterJob, EndOther}

// RecordID returns the placement's id.
func (p *Placement) RecordID() string { return p.ID }

// Working reports whether the client still held the job on day.
func (p *Placement) Working(day Date) bool {
	return !day.Before(p.Start) && (p.End.IsZero() || day.Before(p.End))
}

// TenureDays is the number of days the job lasted, up to today while open.
func (p *Placement) TenureDays(today Date) int {
	end := p.End
	if end.IsZero() || today.Before(end) {
		end = today
	}
	if end.Before(p.Start) {
		return 0
	}
	return end.DaysSince(p.Start)
}

// Validate reports the first problem with a placement as a *FieldError.
func (p *Placement) Validate() error {
	id := p.ID
	switch {
	case strings.TrimSpace(p.ID) == "":
		return fieldErr(id, "id", ErrRequired, "")
	case strings.TrimSpace(p.ClientID) == "":
		return fieldErr(id, "client_id", ErrRequired, "")
	case strings.TrimSpace(p.EmployerID) == "":
		return fieldErr(id, "employer_id", ErrRequired, "")
	case strings.TrimSpace(p.Title) == "":
		return fieldErr(id, "title", ErrRequired, "")
	case p.Hours < 0 || p.Hours > 80:
		return fieldErr(id, "hours", ErrOutOfRange, "want a number in 0..80")
	case p.Start.IsZero():
		return fieldErr(id, "start", ErrRequired, "")
	case !p.End.IsZero() && p.End.Before(p.Start):
		return fieldErr(id, "end", ErrMinAboveMax, "%s is before the start %s", p.End, p.Start)
	case !oneOf(p.EndReason, endReasons):
		return fieldErr(id, "end_reason", ErrUnknownValue, "want one of %v", endReasons)
	case p.EndReason != "" && p.End.IsZero():
		return fieldErr(id, "end", ErrRequired, "an end reason needs an end date")
	}
	return validateOccupation(id, "occupation", p.Occupation)
}
