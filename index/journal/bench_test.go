package journal_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// BenchmarkDerivedReads reads the derived figures for a random employer
// and client from logs of 100 and 1,000,000 contacts (about 50 per
// employer and 5 per client in both): the cost must not grow with the log.
// "same-day" reads what the first read of the day kept; "new-day" asks for
// another day every time, so each read folds one employer's records.
//
//	go test -run '^$' -bench DerivedReads -benchmem -count 6 ./index/journal/
func BenchmarkDerivedReads(b *testing.B) {
	for _, n := range []int{100, 1_000_000} {
		d, emps, clients := cachedLog(b, n)
		today := civil.D(2025, 12, 31)
		for _, e := range emps {
			d.Relationship(e, today)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		b.Run(fmt.Sprintf("contacts=%d/same-day", n), func(b *testing.B) {
			for b.Loop() {
				e := emps[rng.IntN(len(emps))]
				d.Relationship(e, today)
				d.TrackRecord(e, today)
				d.FirstFaceToFace(clients[rng.IntN(len(clients))], today)
			}
		})
		b.Run(fmt.Sprintf("contacts=%d/new-day", n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				day := today.AddDays(i % 3650)
				e := emps[rng.IntN(len(emps))]
				d.Relationship(e, day)
				d.TrackRecord(e, day)
				d.FirstFaceToFace(clients[rng.IntN(len(clients))], day)
			}
		})
	}
}

// logs keeps the benchmark's logs across -count runs: building a million
// contacts takes seconds.
var logs = map[int]struct {
	j             *journal.Journal
	emps, clients []string
}{}

func cachedLog(b *testing.B, n int) (*store.Derived, []string, []string) {
	j, emps, clients := cachedJournal(b, n)
	d, err := j.Derived(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return d, emps, clients
}

func cachedJournal(b *testing.B, n int) (*journal.Journal, []string, []string) {
	if l, ok := logs[n]; ok {
		return l.j, l.emps, l.clients
	}
	j, emps, clients := bigLog(b, n)
	logs[n] = struct {
		j             *journal.Journal
		emps, clients []string
	}{j, emps, clients}
	return j, emps, clients
}

// BenchmarkContactsOfOneEmployer lists one employer's contacts (about 50)
// from a log of a million, as the employer and follow-up commands do: it
// decodes only the contacts it returns.
//
//	go test -run '^$' -bench ContactsOfOneEmployer -benchmem ./index/journal/
func BenchmarkContactsOfOneEmployer(b *testing.B) {
	j, emps, _ := cachedJournal(b, 1_000_000)
	rng := rand.New(rand.NewPCG(5, 6))
	for b.Loop() {
		cs, err := j.Contacts(ctx, store.Filter{EmployerID: emps[rng.IntN(len(emps))]})
		if err != nil || len(cs) == 0 {
			b.Fatal(len(cs), err)
		}
	}
}

// bigLog fills a memory journal with n contacts and n/50 placements.
func bigLog(b *testing.B, n int) (*journal.Journal, []string, []string) {
	b.Helper()
	j := journal.OpenMemory()
	if _, err := j.AddSpecialists(ctx, store.Specialist{ID: "anna"}, store.Specialist{ID: "marco"}); err != nil {
		b.Fatal(err)
	}
	emps := make([]string, max(2, n/50))
	for i := range emps {
		emps[i] = fmt.Sprintf("e%06d", i)
	}
	clients := make([]string, max(2, n/5))
	for i := range clients {
		clients[i] = fmt.Sprintf("c%07d", i)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	purposes := []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou}
	start := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	const batch = 10_000
	cs := make([]employer.Contact, 0, batch)
	for i := range n {
		cs = append(cs, employer.Contact{ID: fmt.Sprintf("k%07d", i), EmployerID: emps[rng.IntN(len(emps))],
			Specialist: []string{"anna", "marco"}[i%2], At: start.Add(time.Duration(rng.IntN(700*24)) * time.Hour),
			Type: employer.FaceToFace, Purpose: purposes[rng.IntN(len(purposes))], ClientID: clients[rng.IntN(len(clients))]})
		if len(cs) == batch || i == n-1 {
			if _, err := j.AddContacts(ctx, cs...); err != nil {
				b.Fatal(err)
			}
			cs = cs[:0]
		}
	}
	ps := make([]employer.Placement, 0, n/50+1)
	for i := range n/50 + 1 {
		ps = append(ps, employer.Placement{ID: fmt.Sprintf("p%07d", i), ClientID: clients[rng.IntN(len(clients))],
			EmployerID: emps[rng.IntN(len(emps))], Title: "porter", Start: civil.D(2024, 1, 1).AddDays(rng.IntN(700))})
	}
	if _, err := j.AddPlacements(ctx, ps...); err != nil {
		b.Fatal(err)
	}
	return j, emps, clients
}
