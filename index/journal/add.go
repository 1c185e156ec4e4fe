package journal

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
)

// AddContacts records contacts. All are checked first, and nothing is
// written if any is invalid or conflicts: re-adding a contact identical to
// a stored one is a no-op (not counted), and a different contact under a
// stored id is an ErrConflict naming the id. The new lines are written
// together and synced once, so they are durable when AddContacts returns.
// added counts the contacts written.
//
// The journal does not check that the employer and client exist or that the
// client's disclosure choice allows the contact: the caller does.
func (j *Journal) AddContacts(ctx context.Context, cs ...employer.Contact) (added int, err error) {
	return add(ctx, j, &j.contacts, cs)
}

// AddPlacements records job starts, with the same rules as AddContacts,
// except that a placement may be added again with an End (and EndReason)
// to record that an open job ended: everything else must be as stored. That
// writes a new line, counted in added, and the latest version wins.
// Changing an end already recorded is a conflict.
func (j *Journal) AddPlacements(ctx context.Context, ps ...employer.Placement) (added int, err error) {
	return add(ctx, j, &j.placements, ps)
}

// record is what the journal needs of a record type.
type record[T any] interface {
	*T
	Validate() error
	RecordID() string
}

// table holds the latest version of each record of one kind, by id.
type table[T any] struct {
	kind string
	recs map[string]T
	// replaces reports whether next may replace cur under the same id; nil
	// means never.
	replaces func(cur, next T) bool
}

func (t *table[T]) sorted(cmp func(a, b T) int) []T {
	out := slices.Collect(maps.Values(t.recs))
	slices.SortFunc(out, cmp)
	return out
}

// decide reports whether next, encoded as enc, is to be written under id
// given the current version, or conflicts with it.
func (t *table[T]) decide(id string, cur T, exists bool, next T, enc []byte) (bool, error) {
	if !exists {
		return true, nil
	}
	if same(cur, enc) {
		return false, nil
	}
	if t.replaces != nil && t.replaces(cur, next) {
		return true, nil
	}
	return false, fmt.Errorf("%s %q: %w", t.kind, id, ErrConflict)
}

// same reports whether a record encodes to enc: records are compared as they
// are written, field by field.
func same[T any](rec T, enc []byte) bool {
	b, err := json.Marshal(rec)
	return err == nil && bytes.Equal(b, enc)
}

// endsJob lets a placement be re-added with an end date, to close an open job.
func endsJob(cur, next employer.Placement) bool {
	if !cur.End.IsZero() || next.End.IsZero() {
		return false
	}
	cur.End, cur.EndReason = next.End, next.EndReason
	b, err := json.Marshal(next)
	return err == nil && same(cur, b)
}

// canonical validates rec and returns it as it reads back from the journal,
// with its encoding, so that memory and a replayed file always agree.
func canonical[T any, PT record[T]](rec T) (T, []byte, error) {
	var back T
	if err := PT(&rec).Validate(); err != nil {
		return back, nil, err
	}
	b, err := json.Marshal(rec)
	if err == nil {
		err = json.Unmarshal(b, &back)
	}
	if err == nil {
		b, err = json.Marshal(back)
	}
	if err != nil {
		return back, nil, fmt.Errorf("journal: encode record %q: %w", PT(&rec).RecordID(), err)
	}
	return back, b, nil
}

func add[T any, PT record[T]](ctx context.Context, j *Journal, t *table[T], recs []T) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	type item struct {
		id  string
		rec T
		enc []byte
	}
	items := make([]item, 0, len(recs))
	for _, r := range recs {
		c, enc, err := canonical[T, PT](r)
		if err != nil {
			return 0, err
		}
		items = append(items, item{PT(&c).RecordID(), c, enc})
	}

	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return 0, ErrClosed
	}
	staged := map[string]T{}
	var lines bytes.Buffer
	n := 0
	for _, it := range items {
		cur, ok := staged[it.id]
		if !ok {
			cur, ok = t.recs[it.id]
		}
		write, err := t.decide(it.id, cur, ok, it.rec, it.enc)
		if err != nil {
			return 0, err
		}
		if !write {
			continue
		}
		staged[it.id] = it.rec
		line, err := json.Marshal(entry{Kind: t.kind, Record: it.enc})
		if err != nil {
			return 0, fmt.Errorf("journal: encode %s %q: %w", t.kind, it.id, err)
		}
		lines.Write(line)
		lines.WriteByte('\n')
		n++
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := j.append(lines.Bytes()); err != nil {
		return 0, err
	}
	maps.Copy(t.recs, staged)
	return n, nil
}

// replayInto applies one record read back from the file, strictly decoded
// and checked as when it was added.
func replayInto[T any, PT record[T]](t *table[T], raw json.RawMessage) error {
	var rec T
	if err := employer.DecodeJSON(raw, &rec); err != nil {
		return err
	}
	if err := PT(&rec).Validate(); err != nil {
		return err
	}
	enc, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	id := PT(&rec).RecordID()
	cur, ok := t.recs[id]
	write, err := t.decide(id, cur, ok, rec, enc)
	if write {
		t.recs[id] = rec
	}
	return err
}
