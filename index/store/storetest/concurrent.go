package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

var _ = register(
	testCase{"readers beside a writer see whole batches, never part of one", false, func(t *testing.T, s *env) {
		const batches, size, readers = 30, 4, 3
		var wg sync.WaitGroup
		done := make(chan struct{})
		errs := make(chan error, readers+1)
		wg.Go(func() {
			defer close(done)
			for b := range batches {
				cs := make([]employer.Contact, size)
				for i := range cs {
					cs[i] = visit(fmt.Sprintf("k-%03d-%d", b, i), fmt.Sprintf("e%d", b%5), 1+b%28, employer.PurposeIntroduction)
				}
				if _, err := s.AddContacts(ctx, cs...); err != nil {
					errs <- err
					return
				}
			}
		})
		for range readers {
			wg.Go(func() {
				seen := 0
				for {
					select {
					case <-done:
						return
					default:
					}
					cs, err := s.Contacts(ctx, store.Filter{})
					if err == nil && (len(cs)%size != 0 || len(cs) < seen) {
						err = fmt.Errorf("saw %d contacts after %d: a batch split or lost", len(cs), seen)
					}
					if err == nil {
						var d *store.Derived
						d, err = s.Derived(ctx)
						if err == nil {
							d.Relationship("e1", today)
						}
					}
					if err != nil {
						errs <- err
						return
					}
					seen = len(cs)
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		cs, err := s.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		assert.Len(t, cs, batches*size)
	}},
)
