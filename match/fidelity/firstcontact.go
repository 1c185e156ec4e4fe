package fidelity

import (
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// FirstContactFigures measure rapid job search: how soon after enrolment
// clients had their first face-to-face employer contact, made by the
// client or by a specialist for the client. The clients counted are those
// in scope enrolled on or before the period's last day; contacts count up
// to Today, so a client enrolled late in the period is not cut short.
type FirstContactFigures struct {
	Clients     int `json:"clients"`      // clients counted
	WithContact int `json:"with_contact"` // of them, those with a first contact
	// MedianDays is the median number of days from enrolment to the first
	// contact, over WithContact (a contact logged before enrolment counts
	// as day 0).
	MedianDays int `json:"median_days"`
	Within30   int `json:"within_30"` // first contact on or before day 30
	// PastDay30NoContact lists, sorted, the clients enrolled more than 30
	// days before Today with no face-to-face employer contact yet.
	PastDay30NoContact []string `json:"past_day_30_no_contact,omitempty"`
}

func firstContact(clients []preference.Profile, contacts []employer.Contact, to, today employer.Date) FirstContactFigures {
	first := firstFaceToFaceByClient(contacts, today)
	var f FirstContactFigures
	var days []int
	for _, p := range clients {
		if p.Enrolled.IsZero() || p.Enrolled.After(to) {
			continue
		}
		f.Clients++
		day, ok := first[p.ID]
		if !ok {
			if DaysSinceEnrolment(p, today) > RapidSearchDays {
				f.PastDay30NoContact = append(f.PastDay30NoContact, p.ID)
			}
			continue
		}
		d := max(0, day.DaysSince(p.Enrolled))
		days = append(days, d)
		f.WithContact++
		if d <= RapidSearchDays {
			f.Within30++
		}
	}
	f.MedianDays = employer.MedianDays(days)
	slices.Sort(f.PastDay30NoContact)
	return f
}

// firstFaceToFaceByClient maps each client id to the day of their first
// face-to-face employer contact on or before until (no limit when zero).
func firstFaceToFaceByClient(contacts []employer.Contact, until employer.Date) map[string]employer.Date {
	first := map[string]employer.Date{}
	for _, c := range contacts {
		if c.ClientID == "" || c.Type != employer.FaceToFace {
			continue
		}
		day := c.Day()
		if !until.IsZero() && day.After(until) {
			continue
		}
		if d, ok := first[c.ClientID]; !ok || day.Before(d) {
			first[c.ClientID] = day
		}
	}
	return first
}

// FirstFaceToFace returns the day of the earliest face-to-face employer
// contact about clientID, whether the client made it or a specialist made
// it for the client.
func FirstFaceToFace(clientID string, contacts []employer.Contact) (employer.Date, bool) {
	d, ok := firstFaceToFaceByClient(contacts, employer.Date{})[clientID]
	return d, ok && clientID != ""
}

// DaysSinceEnrolment returns the days from the client's enrolment to today;
// 0 when the enrolment date is missing or after today.
func DaysSinceEnrolment(p preference.Profile, today employer.Date) int {
	if p.Enrolled.IsZero() {
		return 0
	}
	return max(0, today.DaysSince(p.Enrolled))
}

// PastDay30 reports whether the client enrolled more than 30 days before
// today and has had no face-to-face employer contact, by themselves or by a
// specialist for them, on or before today: the rapid-search flag.
func PastDay30(p preference.Profile, contacts []employer.Contact, today employer.Date) bool {
	if DaysSinceEnrolment(p, today) <= RapidSearchDays {
		return false
	}
	_, ok := firstFaceToFaceByClient(contacts, today)[p.ID]
	return !ok
}
