package journal

import (
	"encoding/json"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/arena"
)

// state is what the journal's committed lines say: every version of every
// record, the roster, and the derived state fed with each version.
//
// A log holds millions of versions, so they are kept as the garbage
// collector likes them, without pointers: each version's line, as written
// to the file, in an arena, and numbers that find it. A read decodes the
// lines it returns.
type state struct {
	lines      arena.Arena
	versions   []version
	contacts   table
	placements table
	names      *arena.Index // employer, client and specialist ids, for recMeta
	roster     map[string]store.Specialist
	derived    *store.Derived
}

// table finds the versions of one kind of record by id.
type table struct {
	ids    *arena.Index
	newest []int32   // record number -> index of its newest version
	meta   []recMeta // record number -> its newest record, for filters
}

// version locates one version's line and the version before it.
type version struct {
	line arena.Ref
	prev int32 // -1 for the original
	op   opCode
}

type opCode uint8

const (
	opAdd opCode = iota
	opEnd
	opAmend
	opVoid
)

var opCodes = map[store.Op]opCode{store.OpAdd: opAdd, store.OpEnd: opEnd, store.OpAmend: opAmend, store.OpVoid: opVoid}

func newState() *state {
	return &state{
		contacts:   table{ids: arena.NewIndex()},
		placements: table{ids: arena.NewIndex()},
		names:      arena.NewIndex(),
		roster:     map[string]store.Specialist{},
		derived:    store.NewDerived(),
	}
}

func (s *state) table(k store.Kind) *table {
	if k == store.KindContact {
		return &s.contacts
	}
	return &s.placements
}

// has reports whether any version of a record is stored.
func (s *state) has(k store.Kind, id string) bool {
	_, ok := s.table(k).ids.Lookup(id)
	return ok
}

// apply adds one checked entry, whose line is e.raw, and feeds the derived
// state with the version it replaces and the new one.
func (s *state) apply(e *entry) error {
	if e.Kind == kindSpecialist {
		s.roster[e.Specialist.ID] = *e.Specialist
		return nil
	}
	t := s.table(e.Kind)
	rec := t.ids.Intern(e.ID)
	prev := int32(-1)
	if int(rec) < len(t.newest) {
		prev = t.newest[rec]
	} else {
		t.newest = append(t.newest, 0)
		t.meta = append(t.meta, recMeta{})
	}
	var old store.Version
	if prev >= 0 && s.versions[prev].op != opVoid {
		var err error
		if old, err = s.decode(prev); err != nil {
			return err
		}
	}
	t.newest[rec] = int32(len(s.versions))
	if e.Op != store.OpVoid {
		t.meta[rec] = s.metaOf(e)
	}
	s.versions = append(s.versions, version{line: s.lines.Add(e.raw), prev: prev, op: opCodes[e.Op]})
	if e.Kind == store.KindContact {
		s.derived.PutContact(old.Contact, e.Contact)
	} else {
		s.derived.PutPlacement(old.Placement, e.Placement)
	}
	return nil
}

// decode reads back the version numbered i.
func (s *state) decode(i int32) (store.Version, error) {
	var e entry
	if err := json.Unmarshal(s.lines.Bytes(s.versions[i].line), &e); err != nil {
		return store.Version{}, fmt.Errorf("journal: read back a stored version: %w", err)
	}
	return e.version(), nil
}

// history returns every version of a record, oldest first; none when
// there is no such record.
func (s *state) history(k store.Kind, id string) ([]store.Version, error) {
	t := s.table(k)
	rec, ok := t.ids.Lookup(id)
	if !ok {
		return nil, nil
	}
	var idx []int32
	for i := t.newest[rec]; i >= 0; i = s.versions[i].prev {
		idx = append(idx, i)
	}
	out := make([]store.Version, len(idx))
	for n, i := range idx {
		v, err := s.decode(i)
		if err != nil {
			return nil, err
		}
		out[len(idx)-1-n] = v
	}
	return out, nil
}

// live returns the current version of a record; ErrNotFound or ErrVoided
// otherwise.
func (s *state) live(k store.Kind, id string) (store.Version, error) {
	t := s.table(k)
	rec, ok := t.ids.Lookup(id)
	if !ok {
		return store.Version{}, &employer.FieldError{Record: id, Field: "id", Err: fmt.Errorf("%w: no %s %q", store.ErrNotFound, k, id)}
	}
	i := t.newest[rec]
	if s.versions[i].op == opVoid {
		return store.Version{}, &employer.FieldError{Record: id, Field: "id", Err: fmt.Errorf("%w: %s %q", store.ErrVoided, k, id)}
	}
	return s.decode(i)
}

// eachLive calls fn with the current version of every record of a kind
// that is not voided and may pass f; fn checks f itself.
func (s *state) eachLive(k store.Kind, f store.Filter, fn func(store.Version)) error {
	sel, ok := s.selector(f)
	if !ok {
		return nil
	}
	t := s.table(k)
	for rec, i := range t.newest {
		if s.versions[i].op == opVoid || !sel.pass(&t.meta[rec]) {
			continue
		}
		v, err := s.decode(i)
		if err != nil {
			return err
		}
		fn(v)
	}
	return nil
}

// current returns the current version of a record, or false when it is
// absent or voided.
func current(vs []store.Version) (store.Version, bool) {
	if len(vs) == 0 {
		return store.Version{}, false
	}
	v := vs[len(vs)-1]
	return v, v.Op != store.OpVoid
}

func currentPlacement(vs []store.Version) *employer.Placement {
	if v, ok := current(vs); ok {
		return v.Placement
	}
	return nil
}
