package pgstore

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
)

// BenchmarkDerived reads an employer's relationship through Derived, which
// first asks the server for versions newer than the last seen: the cost
// should not grow with the log. The history is written with AddContacts,
// which loads a batch with COPY.
func BenchmarkDerived(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprintf("contacts=%d", n), func(b *testing.B) {
			s, _, _ := newStore(b)
			cs := make([]employer.Contact, n)
			for i := range cs {
				cs[i] = employer.Contact{ID: fmt.Sprintf("k%07d", i), EmployerID: fmt.Sprintf("e%04d", i%1000),
					Specialist: "anna.rossi", Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction,
					At: time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)}
			}
			start := time.Now()
			added, err := s.AddContacts(ctx, cs...)
			require.NoError(b, err)
			require.Equal(b, n, added)
			b.Logf("%d contacts added in one batch in %v", n, time.Since(start).Round(time.Millisecond))
			for b.Loop() {
				d, err := s.Derived(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if _, ok := d.Relationship("e0042", today); !ok {
					b.Fatal("no relationship with e0042")
				}
			}
		})
	}
}

// BenchmarkAddContact writes one contact per call: one transaction under
// the write lock, then the derived state catches up.
func BenchmarkAddContact(b *testing.B) {
	s, _, _ := newStore(b)
	i := 0
	for b.Loop() {
		i++
		if _, err := s.AddContacts(ctx, visit(fmt.Sprintf("k%d", i), "bar", 1+i%28, employer.PurposeIntroduction)); err != nil {
			b.Fatal(err)
		}
	}
}
