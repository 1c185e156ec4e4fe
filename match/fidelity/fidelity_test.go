package fidelity_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/preference"
)

var day = civil.MustParse

const (
	anna  = "anna.rossi"
	marco = "marco.bianchi"
)

func client(id, specialist, enrolled string) preference.Profile {
	return preference.Profile{ID: id, Specialist: specialist, Enrolled: day(enrolled), Disclosure: preference.DiscloseProgramOnly}
}

// meet is a specialist's contact at 10:00 on a day; clientID "" means a
// contact for the programme as a whole.
func meet(id, specialist, on string, typ employer.ContactType, clientID string) employer.Contact {
	purpose := employer.PurposeLearn
	if clientID != "" {
		purpose = employer.PurposePresent
	}
	return employer.Contact{ID: id, EmployerID: "e1", Specialist: specialist, At: day(on).Time().Add(10 * time.Hour),
		Type: typ, Purpose: purpose, ClientID: clientID}
}

func start(id, clientID, emp, title, isco, from, to string) employer.Placement {
	return employer.Placement{ID: id, ClientID: clientID, EmployerID: emp, Title: title,
		Occupation: employer.Occupation{ISCO: isco}, Start: day(from), End: day(to)}
}

// fixture is a quarter of a small team: the period is 6 January to 30
// March 2025, 84 days = 12 weeks, and the report is made on 30 June.
func fixture() fidelity.Input {
	clients := []preference.Profile{
		client("c-01", anna, "2024-12-20"),  // first contact 9 Jan: 11 + 9 = 20 days
		client("c-02", anna, "2025-02-01"),  // walks in herself 10 Mar: 27 + 10 = 37 days
		client("c-03", anna, "2025-02-10"),  // no contact; on 30 June: 18+31+30+31+30 = day 140
		client("c-04", anna, "2025-03-20"),  // first contact 15 Apr, after the period: 11 + 15 = 26 days
		client("c-05", marco, "2024-11-01"), // first contact 11 Nov: 10 days
		client("c-06", marco, "2025-04-10"), // enrolled after the period: not in the first-contact figures
	}
	var contacts []employer.Contact
	for i := range 41 { // every other day from 6 Jan: the last on 27 Mar
		contacts = append(contacts, meet(fmt.Sprintf("a-%02d", i), anna, day("2025-01-06").AddDays(2*i).String(), employer.FaceToFace, ""))
	}
	for i := range 78 { // every day from 6 Jan: the last on 24 Mar
		contacts = append(contacts, meet(fmt.Sprintf("m-%02d", i), marco, day("2025-01-06").AddDays(i).String(), employer.FaceToFace, ""))
	}
	walkIn := meet("w-1", anna, "2025-03-10", employer.FaceToFace, "c-02")
	walkIn.ByClient = true
	contacts = append(contacts,
		meet("k-1", anna, "2025-01-09", employer.FaceToFace, "c-01"), // anna's 42nd visit in the period
		meet("k-2", anna, "2025-02-05", employer.Phone, "c-02"),      // a call: not face to face
		meet("k-3", anna, "2025-01-05", employer.FaceToFace, ""),     // the day before the period
		meet("k-4", anna, "2025-03-31", employer.FaceToFace, ""),     // the day after
		meet("k-5", anna, "2025-04-15", employer.FaceToFace, "c-04"),
		meet("k-6", marco, "2024-11-11", employer.FaceToFace, "c-05"),
		walkIn, // c-02's own visit: rapid search, not anna's job development
	)
	placements := []employer.Placement{
		// In the period; tenures on 30 June.
		start("s1", "c-05", "e1", "Kitchen porter", "9412", "2025-01-13", ""),        // open: 18+28+31+30+31+30 = 168 days, retained
		start("s2", "c-01", "e2", "Shelf stacker", "", "2025-02-03", "2025-02-24"),   // 21 days, not retained
		start("s3", "c-02", "e1", "kitchen porter", "9412", "2025-03-17", ""),        // open: 14+30+31+30 = 105 days, retained
		start("s4", "c-99", "e3", "Shelf  Stacker ", "", "2025-03-24", "2025-06-24"), // not on a caseload: 7+30+31+24 = 92 days, retained
		// Outside the period.
		start("s5", "c-03", "e4", "Cleaner", "", "2025-04-07", ""),
		start("s6", "c-01", "e5", "Barista", "5120", "2024-10-01", ""), // still working on 30 March
	}
	return fidelity.Input{
		Clients: clients, Contacts: contacts, Placements: placements,
		Period: fidelity.Period{From: day("2025-01-06"), To: day("2025-03-30")},
		Today:  day("2025-06-30"),
	}
}

func TestComputeTeam(t *testing.T) {
	in := fixture()
	r, err := fidelity.Compute(in)
	require.NoError(t, err)

	assert.Equal(t, in.Period, r.Period)
	assert.Equal(t, 12.0, r.Weeks) // 84 days / 7
	assert.Equal(t, []fidelity.SpecialistFigures{
		// 41 + k-1 = 42 visits; k-2 is a call, k-3 and k-4 fall outside, w-1 is the client's own.
		{Name: anna, Caseload: 4, FaceToFace: 42, Weeks: 12, FaceToFacePerWeek: 3.5, BelowContactTarget: true}, // 42 / 12
		{Name: marco, Caseload: 2, FaceToFace: 78, Weeks: 12, FaceToFacePerWeek: 6.5},                          // 78 / 12
	}, r.Specialists)
	assert.Equal(t, 5.0, r.FaceToFacePerWeek) // (3.5 + 6.5) / 2
	assert.Equal(t, 6.0, r.TargetPerWeek)
	assert.Equal(t, 6, r.Caseload)
	assert.Equal(t, 20, r.CaseloadTarget)

	assert.Equal(t, fidelity.FirstContactFigures{
		Clients:            5,  // c-01..c-05; c-06 enrolled after 30 March
		WithContact:        4,  // all but c-03
		MedianDays:         23, // sorted 10, 20, 26, 37: (20 + 26) / 2
		Within30:           3,  // 10, 20, 26
		PastDay30NoContact: []string{"c-03"},
	}, r.FirstContact)

	assert.Equal(t, 4, r.JobStarts)                                             // s1..s4; s4's client is on no caseload but counts for the team
	assert.Equal(t, 2, r.DistinctJobTypes)                                      // ISCO 9412 (s1, s3) and "shelf stacker" (s2, s4)
	assert.Equal(t, 3, r.DistinctEmployers)                                     // e1, e2, e3
	assert.Equal(t, 0.5, r.JobTypeDiversity)                                    // 2 / 4
	assert.Equal(t, 0.75, r.EmployerDiversity)                                  // 3 / 4
	assert.Equal(t, 3, r.Working)                                               // on 30 March: c-01 (s6), c-02 (s3), c-05 (s1)
	assert.Equal(t, 0.5, r.ShareWorking)                                        // 3 / 6
	assert.Equal(t, fidelity.Ratio{Num: 3, Den: 4, Value: 0.75}, r.Retention90) // all four judged; s2 left at 21 days
	assert.Equal(t, 98, r.MedianTenureDays)                                     // sorted 21, 92, 105, 168: (92 + 105) / 2 = 98.5, rounded down

	assert.Equal(t, []string{
		"anna.rossi: 3.5 face-to-face employer contacts a week, target 6",
		"client c-03: day 140 since enrolment, no employer contact yet",
	}, r.Flags)
}

func TestComputeOneSpecialist(t *testing.T) {
	in := fixture()
	in.Specialist = anna
	r, err := fidelity.Compute(in)
	require.NoError(t, err)

	assert.Equal(t, anna, r.Specialist)
	require.Len(t, r.Specialists, 1)
	assert.Equal(t, anna, r.Specialists[0].Name)
	assert.Equal(t, 3.5, r.FaceToFacePerWeek) // hers alone
	assert.Equal(t, 4, r.Caseload)            // c-01..c-04
	assert.Equal(t, fidelity.FirstContactFigures{
		Clients: 4, WithContact: 3,
		MedianDays:         26, // sorted 20, 26, 37
		Within30:           2,  // 20, 26
		PastDay30NoContact: []string{"c-03"},
	}, r.FirstContact)
	assert.Equal(t, 2, r.JobStarts)                                            // s2 (c-01), s3 (c-02); s4's client is not hers
	assert.Equal(t, 2, r.DistinctJobTypes)                                     // shelf stacker, ISCO 9412
	assert.Equal(t, 2, r.DistinctEmployers)                                    // e2, e1
	assert.Equal(t, 1.0, r.JobTypeDiversity)                                   // 2 / 2
	assert.Equal(t, 1.0, r.EmployerDiversity)                                  // 2 / 2
	assert.Equal(t, 2, r.Working)                                              // c-01, c-02
	assert.Equal(t, 0.5, r.ShareWorking)                                       // 2 / 4
	assert.Equal(t, fidelity.Ratio{Num: 1, Den: 2, Value: 0.5}, r.Retention90) // s3 kept, s2 not
	assert.Equal(t, 63, r.MedianTenureDays)                                    // (21 + 105) / 2
	assert.Len(t, r.Flags, 2)
}

func TestComputeEmptyPeriod(t *testing.T) {
	t.Run("nothing at all", func(t *testing.T) {
		r, err := fidelity.Compute(fidelity.Input{Period: fidelity.Period{From: day("2025-03-03"), To: day("2025-03-03")}})
		require.NoError(t, err)
		assert.Equal(t, fidelity.Report{
			Period:         fidelity.Period{From: day("2025-03-03"), To: day("2025-03-03")},
			Weeks:          1.0 / 7, // a single day
			Specialists:    []fidelity.SpecialistFigures{},
			TargetPerWeek:  6,
			CaseloadTarget: 20,
		}, r)
	})
	t.Run("a week before anything happened", func(t *testing.T) {
		in := fixture()
		in.Period = fidelity.Period{From: day("2023-01-02"), To: day("2023-01-08")}
		r, err := fidelity.Compute(in)
		require.NoError(t, err)
		assert.Equal(t, 1.0, r.Weeks)
		require.Len(t, r.Specialists, 2, "specialists with a caseload are listed even without contacts")
		assert.Zero(t, r.FaceToFacePerWeek)
		assert.Equal(t, 6, r.Caseload, "the caseload is the clients given")
		assert.Equal(t, fidelity.FirstContactFigures{}, r.FirstContact, "nobody enrolled yet")
		assert.Zero(t, r.JobStarts)
		assert.Zero(t, r.JobTypeDiversity, "0, not NaN")
		assert.Zero(t, r.Working)
		assert.Zero(t, r.ShareWorking)
		assert.Equal(t, fidelity.Ratio{}, r.Retention90)
		assert.Zero(t, r.MedianTenureDays)
		assert.Equal(t, []string{
			"anna.rossi: 0.0 face-to-face employer contacts a week, target 6",
			"marco.bianchi: 0.0 face-to-face employer contacts a week, target 6",
		}, r.Flags)
	})
}

func TestComputeBadPeriod(t *testing.T) {
	for name, p := range map[string]fidelity.Period{
		"ends before it starts": {From: day("2025-03-10"), To: day("2025-03-09")},
		"no start":              {To: day("2025-03-09")},
		"no end":                {From: day("2025-03-09")},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := fidelity.Compute(fidelity.Input{Period: p})
			assert.ErrorIs(t, err, fidelity.ErrPeriod)
		})
	}
}

func TestOverCaseload(t *testing.T) {
	in := fidelity.Input{Period: fidelity.Period{From: day("2025-03-03"), To: day("2025-03-09")}, Today: day("2025-03-09")}
	for i := range 21 {
		in.Clients = append(in.Clients, client(fmt.Sprintf("c-%02d", i), "lucia", "2025-03-01"))
	}
	for i := range 6 {
		in.Contacts = append(in.Contacts, meet(fmt.Sprintf("l-%d", i), "lucia", day("2025-03-03").AddDays(i).String(), employer.FaceToFace, ""))
	}
	r, err := fidelity.Compute(in)
	require.NoError(t, err)
	assert.Equal(t, fidelity.SpecialistFigures{Name: "lucia", Caseload: 21, FaceToFace: 6, Weeks: 1, FaceToFacePerWeek: 6, OverCaseload: true},
		r.Specialists[0], "6 a week meets the target")
	assert.Equal(t, []string{"lucia: caseload of 21 clients, target 20 or fewer"}, r.Flags)
}

func TestRapidSearchHelpers(t *testing.T) {
	p := client("c-01", anna, "2025-03-01")
	contacts := []employer.Contact{
		meet("x-1", anna, "2025-04-10", employer.FaceToFace, "c-01"),
		meet("x-2", anna, "2025-03-05", employer.Phone, "c-01"),      // not face to face
		meet("x-3", anna, "2025-03-03", employer.FaceToFace, "c-02"), // someone else
		meet("x-4", anna, "2025-03-02", employer.FaceToFace, ""),     // for the programme
	}
	first, ok := fidelity.FirstFaceToFace("c-01", contacts)
	require.True(t, ok)
	assert.Equal(t, day("2025-04-10"), first)
	_, ok = fidelity.FirstFaceToFace("c-03", contacts)
	assert.False(t, ok)
	_, ok = fidelity.FirstFaceToFace("", contacts)
	assert.False(t, ok, "a programme contact is nobody's first contact")

	assert.Equal(t, 30, fidelity.DaysSinceEnrolment(p, day("2025-03-31")))
	assert.Equal(t, 0, fidelity.DaysSinceEnrolment(p, day("2025-02-01")), "not enrolled yet")
	assert.Equal(t, 0, fidelity.DaysSinceEnrolment(preference.Profile{}, day("2025-02-01")))

	assert.False(t, fidelity.PastDay30(p, contacts, day("2025-03-31")), "day 30 is still on time")
	assert.True(t, fidelity.PastDay30(p, contacts, day("2025-04-01")), "day 31, no contact yet")
	assert.True(t, fidelity.PastDay30(p, contacts, day("2025-04-09")), "the contact on 10 April has not happened yet")
	assert.False(t, fidelity.PastDay30(p, contacts, day("2025-04-10")))
}
