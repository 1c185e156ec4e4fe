package journal_test

import (
	"context"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

func ExampleJournal_AddPlacements() {
	ctx := context.Background()
	j := journal.OpenMemory() // journal.Open(dir) keeps it on disk
	defer j.Close()

	visit := employer.Contact{ID: "k-1", EmployerID: "bar-centrale", Specialist: "anna.rossi",
		At: time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC), Type: employer.FaceToFace, Purpose: employer.PurposeLearn}
	n, _ := j.AddContacts(ctx, visit)
	again, _ := j.AddContacts(ctx, visit) // the same record again: a no-op
	fmt.Println("contacts added:", n, again)

	job := employer.Placement{ID: "p-1", ClientID: "c-07", EmployerID: "bar-centrale", Title: "barista",
		Start: civil.D(2025, 4, 1)}
	_, _ = j.AddPlacements(ctx, job)
	job.End, job.EndReason = civil.D(2025, 9, 30), employer.EndBetterJob
	n, _ = j.AddPlacements(ctx, job) // ending the job updates it
	p, _ := j.Placement("p-1")
	fmt.Println("ended:", n, p.End, p.EndReason)
	// Output:
	// contacts added: 1 0
	// ended: 1 2025-09-30 better_job
}
