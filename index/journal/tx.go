package journal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// tx stages the entries of one batch over the committed state, so that a
// batch is checked as a whole and nothing of it counts until it commits.
// Writes and replay check entries with the same rules.
type tx struct {
	s       *state
	staged  map[key][]store.Version
	roster  map[string]store.Specialist
	entries []entry
}

type key struct {
	kind store.Kind
	id   string
}

func newTx(s *state) *tx {
	return &tx{s: s, staged: map[key][]store.Version{}, roster: map[string]store.Specialist{}}
}

// exists reports whether a record has any version, committed or staged.
func (t *tx) exists(k store.Kind, id string) bool {
	return len(t.staged[key{k, id}]) > 0 || t.s.has(k, id)
}

// versions returns a record's versions, committed then staged.
func (t *tx) versions(k store.Kind, id string) ([]store.Version, error) {
	base, err := t.s.history(k, id)
	return append(base, t.staged[key{k, id}]...), err
}

func (t *tx) specialist(id string) (store.Specialist, bool) {
	if s, ok := t.roster[id]; ok {
		return s, true
	}
	s, ok := t.s.roster[id]
	return s, ok
}

func (t *tx) push(e entry) {
	t.entries = append(t.entries, e)
	if e.Kind == kindSpecialist {
		t.roster[e.Specialist.ID] = *e.Specialist
		return
	}
	k := key{e.Kind, e.ID}
	t.staged[k] = append(t.staged[k], e.version())
}

// commitTo applies the staged entries to the state they were checked on.
// An entry without its line (a void staged in replay, a version 1 line)
// is encoded here; a write has encoded them all before.
func (t *tx) commitTo(s *state) error {
	for i := range t.entries {
		e := &t.entries[i]
		if e.raw == nil && e.Kind != kindSpecialist {
			b, err := json.Marshal(e)
			if err != nil {
				return fmt.Errorf("journal: encode %s %q: %w", e.Kind, e.ID, err)
			}
			e.raw = b
		}
		if err := s.apply(e); err != nil {
			return err
		}
	}
	return nil
}

// addSpecialist puts a specialist on the roster; the same again is a no-op.
func (t *tx) addSpecialist(sp store.Specialist) error {
	if err := sp.Validate(); err != nil {
		return err
	}
	if cur, ok := t.specialist(sp.ID); ok {
		if cur == sp {
			return nil
		}
		return &employer.FieldError{Record: sp.ID, Field: "name",
			Err: fmt.Errorf("%w: specialist %q is on the roster under another name", ErrConflict, sp.ID)}
	}
	t.push(entry{Kind: kindSpecialist, Specialist: &sp})
	return nil
}

// add records a new record, or the end of an open job. A record equal to
// any stored version of its id (the original, an end or an amendment) is
// a no-op, so re-importing a file after a correction changes nothing.
func (t *tx) add(e entry) error {
	if !t.exists(e.Kind, e.ID) {
		if err := t.checkSpecialist(e.ID, "specialist", contactSpecialist(&e)); err != nil {
			return err
		}
		e.Op = store.OpAdd
		t.push(e)
		return nil
	}
	vs, err := t.versions(e.Kind, e.ID)
	if err != nil {
		return err
	}
	enc := recordJSON(&e)
	for _, v := range vs {
		if v.Op != store.OpVoid && bytes.Equal(recordJSONOf(v.Contact, v.Placement), enc) {
			return nil
		}
	}
	if cur := currentPlacement(vs); cur != nil && e.Placement != nil && endsJob(*cur, *e.Placement) {
		e.Op = store.OpEnd
		t.push(e)
		return nil
	}
	return &employer.FieldError{Record: e.ID, Field: "id",
		Err: fmt.Errorf("%w: %s %q is stored with other content (amend it to correct it)", ErrConflict, e.Kind, e.ID)}
}

// amend records a correction of the current version.
func (t *tx) amend(e entry) error {
	if _, err := t.correctable(e.Kind, e.ID, e.Change); err != nil {
		return err
	}
	if err := t.checkSpecialist(e.ID, "specialist", contactSpecialist(&e)); err != nil {
		return err
	}
	e.Op = store.OpAmend
	t.push(e)
	return nil
}

// void withdraws a record.
func (t *tx) void(k store.Kind, id string, ch store.Change) error {
	if _, err := t.correctable(k, id, &ch); err != nil {
		return err
	}
	t.push(entry{Kind: k, ID: id, Op: store.OpVoid, Change: &ch})
	return nil
}

// correctable checks that a correction says who and why, that its author
// is on the roster, and that the record exists and is not voided.
func (t *tx) correctable(k store.Kind, id string, ch *store.Change) (store.Version, error) {
	switch {
	case ch == nil || strings.TrimSpace(ch.By) == "":
		return store.Version{}, &employer.FieldError{Record: id, Field: "change.by", Err: store.ErrNoReason}
	case strings.TrimSpace(ch.Reason) == "":
		return store.Version{}, &employer.FieldError{Record: id, Field: "change.reason", Err: store.ErrNoReason}
	}
	vs, err := t.versions(k, id)
	if err != nil {
		return store.Version{}, err
	}
	if len(vs) == 0 {
		return store.Version{}, &employer.FieldError{Record: id, Field: "id", Err: fmt.Errorf("%w: no %s %q", store.ErrNotFound, k, id)}
	}
	cur, ok := current(vs)
	if !ok {
		return store.Version{}, &employer.FieldError{Record: id, Field: "id", Err: fmt.Errorf("%w: %s %q", store.ErrVoided, k, id)}
	}
	return cur, t.checkSpecialist(id, "change.by", ch.By)
}

// checkSpecialist reports a specialist who is not on the roster, listing
// those who are. An empty name (a contact made by the client) passes.
func (t *tx) checkSpecialist(record, field, id string) error {
	if id == "" {
		return nil
	}
	if _, ok := t.specialist(id); ok {
		return nil
	}
	known := make([]string, 0, len(t.s.roster)+len(t.roster))
	for k := range t.s.roster {
		known = append(known, k)
	}
	for k := range t.roster {
		known = append(known, k)
	}
	slices.Sort(known)
	known = slices.Compact(known)
	return &employer.FieldError{Record: record, Field: field,
		Err: fmt.Errorf("%w: %q (the roster has %s)", store.ErrUnknownSpecialist, id, listIDs(known))}
}

// listIDs names the first ten ids and counts the rest.
func listIDs(ids []string) string {
	switch {
	case len(ids) == 0:
		return "no one yet: add specialists first"
	case len(ids) > 10:
		return fmt.Sprintf("%s and %d more", strings.Join(ids[:10], ", "), len(ids)-10)
	}
	return strings.Join(ids, ", ")
}

func contactSpecialist(e *entry) string {
	if e.Contact != nil {
		return e.Contact.Specialist
	}
	return ""
}

// endsJob reports whether next is cur, an open job, with an end date added.
func endsJob(cur, next employer.Placement) bool {
	if !cur.End.IsZero() || next.End.IsZero() {
		return false
	}
	cur.End, cur.EndReason = next.End, next.EndReason
	return bytes.Equal(recordJSONOf(nil, &cur), recordJSONOf(nil, &next))
}

// recordJSON encodes an entry's record, for comparing records as they are
// written, field by field.
func recordJSON(e *entry) []byte { return recordJSONOf(e.Contact, e.Placement) }

func recordJSONOf(c *employer.Contact, p *employer.Placement) []byte {
	var b []byte
	if c != nil {
		b, _ = json.Marshal(c)
	} else if p != nil {
		b, _ = json.Marshal(p)
	}
	return b
}
