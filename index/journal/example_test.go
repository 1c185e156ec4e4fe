package journal_test

import (
	"context"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

func ExampleJournal_AmendContact() {
	ctx := context.Background()
	j := journal.OpenMemory() // journal.Open(dir) keeps it on disk
	defer j.Close()
	_, _ = j.AddSpecialists(ctx, store.Specialist{ID: "anna.rossi", Name: "Anna Rossi"})

	visit := employer.Contact{ID: "k-1", EmployerID: "bar-centrale", Specialist: "anna.rossi",
		At: time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC), Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction}
	n, _ := j.AddContacts(ctx, visit)
	again, _ := j.AddContacts(ctx, visit) // the same record again: a no-op
	fmt.Println("contacts added:", n, again)

	visit.Purpose = employer.PurposeLearn
	_ = j.AmendContact(ctx, visit, store.Change{By: "anna.rossi", Reason: "it was a second visit"})
	d, _ := j.Derived(ctx)
	r, _ := d.Relationship("bar-centrale", civil.D(2025, 3, 31))
	vs, _ := j.Versions(ctx, store.KindContact, "k-1")
	fmt.Println("stage:", r.Stage, "versions:", len(vs), vs[1].Op, vs[1].Change.Reason)
	// Output:
	// contacts added: 1 0
	// stage: learning the business versions: 2 amend it was a second visit
}
