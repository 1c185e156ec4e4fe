package match

import (
	"context"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// StoreHistory reads a store.Store as a History: every current record that
// is not voided. History has no error to return, so a failed read reads as
// no records.
func StoreHistory(s store.Store) History { return storeHistory{s} }

type storeHistory struct{ s store.Store }

func (h storeHistory) Contacts() []employer.Contact {
	cs, _ := h.s.Contacts(context.Background(), store.Filter{})
	return cs
}

func (h storeHistory) Placements() []employer.Placement {
	ps, _ := h.s.Placements(context.Background(), store.Filter{})
	return ps
}
