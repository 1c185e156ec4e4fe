package journal_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// BenchmarkOpen replays a journal file of a million contacts, as a
// writer does when it opens: the in-memory history must not make that
// slower.
//
//	go test -run '^$' -bench Open -benchmem ./index/journal/
func BenchmarkOpen(b *testing.B) {
	const n = 1_000_000
	dir := b.TempDir()
	j, err := journal.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := j.AddSpecialists(ctx, store.Specialist{ID: "anna"}, store.Specialist{ID: "marco"}); err != nil {
		b.Fatal(err)
	}
	start := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	cs := make([]employer.Contact, 0, 10_000)
	for i := range n {
		cs = append(cs, employer.Contact{ID: fmt.Sprintf("k%07d", i), EmployerID: fmt.Sprintf("e%05d", i*7919%20_000),
			Specialist: []string{"anna", "marco"}[i%2], At: start.Add(time.Duration(i%(700*24)) * time.Hour),
			Type: employer.FaceToFace, Purpose: employer.PurposeLearn, Learned: "hires kitchen staff in spring"})
		if len(cs) == cap(cs) {
			if _, err := j.AddContacts(ctx, cs...); err != nil {
				b.Fatal(err)
			}
			cs = cs[:0]
		}
	}
	if err := j.Close(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		j, err := journal.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		j.Close()
	}
}
