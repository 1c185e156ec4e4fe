package fidelity_test

import (
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/preference"
)

func ExampleCompute() {
	in := fidelity.Input{
		Clients: []preference.Profile{
			{ID: "c-07", Specialist: "anna.rossi", Enrolled: civil.D(2025, 2, 3)},
			{ID: "c-08", Specialist: "anna.rossi", Enrolled: civil.D(2025, 2, 17)},
		},
		Period: fidelity.Period{From: civil.D(2025, 3, 3), To: civil.D(2025, 3, 16)}, // two weeks
	}
	for i := range 7 {
		in.Contacts = append(in.Contacts, employer.Contact{ID: fmt.Sprint("k-", i), EmployerID: "bar-centrale",
			Specialist: "anna.rossi", At: time.Date(2025, 3, 3+2*i, 10, 0, 0, 0, time.UTC),
			Type: employer.FaceToFace, Purpose: employer.PurposeLearn})
	}
	in.Contacts[6].ClientID, in.Contacts[6].Purpose = "c-08", employer.PurposePresent // 15 March

	r, _ := fidelity.Compute(in)
	fmt.Printf("%.1f a week; first contact for %d of %d clients\n",
		r.FaceToFacePerWeek, r.FirstContact.WithContact, r.FirstContact.Clients)
	for _, f := range r.Flags {
		fmt.Println(f)
	}
	// Output:
	// 3.5 a week; first contact for 1 of 2 clients
	// anna.rossi: 3.5 face-to-face employer contacts a week, target 6
	// client c-07: day 41 since enrolment, no employer contact yet
}
