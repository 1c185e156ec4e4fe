package journal

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// state is what the journal's committed lines say: every version of every
// record, the roster, and the derived state fed with each version.
type state struct {
	contacts   map[string][]store.Version
	placements map[string][]store.Version
	roster     map[string]store.Specialist
	derived    *store.Derived
}

func newState() *state {
	return &state{
		contacts:   map[string][]store.Version{},
		placements: map[string][]store.Version{},
		roster:     map[string]store.Specialist{},
		derived:    store.NewDerived(),
	}
}

func (s *state) table(k store.Kind) map[string][]store.Version {
	if k == store.KindContact {
		return s.contacts
	}
	return s.placements
}

// apply adds one checked entry and feeds the derived state with the
// version it replaces and the new one.
func (s *state) apply(e *entry) {
	if e.Kind == kindSpecialist {
		s.roster[e.Specialist.ID] = *e.Specialist
		return
	}
	t := s.table(e.Kind)
	vs := t[e.ID]
	var prev store.Version
	if len(vs) > 0 {
		prev = vs[len(vs)-1]
	}
	t[e.ID] = append(vs, e.version())
	if e.Kind == store.KindContact {
		s.derived.PutContact(prev.Contact, e.Contact)
	} else {
		s.derived.PutPlacement(prev.Placement, e.Placement)
	}
}

// current returns the current version of a contact, or nil when it is
// absent or voided.
func current(vs []store.Version) (store.Version, bool) {
	if len(vs) == 0 {
		return store.Version{}, false
	}
	v := vs[len(vs)-1]
	return v, v.Op != store.OpVoid
}

func currentContact(vs []store.Version) *employer.Contact {
	if v, ok := current(vs); ok {
		return v.Contact
	}
	return nil
}

func currentPlacement(vs []store.Version) *employer.Placement {
	if v, ok := current(vs); ok {
		return v.Placement
	}
	return nil
}
