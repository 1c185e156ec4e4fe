package journal

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// recMeta is what a filter asks of a record's current version, numbered
// so that Contacts and Placements decode only the records they return.
type recMeta struct {
	employer, client, specialist uint32 // numbered in state.names
	day                          int32  // a contact's day, a placement's start
}

// metaOf describes the record an entry carries.
func (s *state) metaOf(e *entry) recMeta {
	switch {
	case e.Contact != nil:
		c := e.Contact
		return recMeta{s.names.Intern(c.EmployerID), s.names.Intern(c.ClientID), s.names.Intern(c.Specialist), dayNumber(c.Day())}
	case e.Placement != nil:
		p := e.Placement
		return recMeta{s.names.Intern(p.EmployerID), s.names.Intern(p.ClientID), s.names.Intern(""), dayNumber(p.Start)}
	}
	return recMeta{}
}

// selector is a store.Filter over recMeta. It may pass a record the
// filter rejects (a placement when the filter names a specialist), never
// the reverse: callers check what it passes with the filter itself.
type selector struct {
	employer, client, specialist int64 // -1: any
	from, to                     int32
	hasFrom, hasTo               bool
}

// selector returns the selector for f, or false when f names an id no
// record has, so that nothing matches.
func (s *state) selector(f store.Filter) (selector, bool) {
	sel := selector{employer: -1, client: -1, specialist: -1}
	for _, p := range []struct {
		id  string
		num *int64
	}{{f.EmployerID, &sel.employer}, {f.ClientID, &sel.client}, {f.Specialist, &sel.specialist}} {
		if p.id == "" {
			continue
		}
		n, ok := s.names.Lookup(p.id)
		if !ok {
			return sel, false
		}
		*p.num = int64(n)
	}
	if !f.From.IsZero() {
		sel.from, sel.hasFrom = dayNumber(f.From), true
	}
	if !f.To.IsZero() {
		sel.to, sel.hasTo = dayNumber(f.To), true
	}
	return sel, true
}

func (sel *selector) pass(m *recMeta) bool {
	return (sel.employer < 0 || int64(m.employer) == sel.employer) &&
		(sel.client < 0 || int64(m.client) == sel.client) &&
		(sel.specialist < 0 || int64(m.specialist) == sel.specialist) &&
		(!sel.hasFrom || m.day >= sel.from) &&
		(!sel.hasTo || m.day <= sel.to)
}

// dayNumber numbers a date by days since 1970-01-01, so that dates and
// their numbers order alike.
func dayNumber(d employer.Date) int32 { return int32(d.Time().Unix() / 86400) }
