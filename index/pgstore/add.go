package pgstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// AddContacts records contacts in one transaction. Each is checked first;
// nothing is written if any is invalid, names a specialist not on the
// roster (ErrUnknownSpecialist) or reuses a stored id for a different
// contact (ErrConflict). Re-adding a stored contact unchanged is a no-op, not
// counted in added.
func (s *Store) AddContacts(ctx context.Context, cs ...employer.Contact) (added int, err error) {
	return add(ctx, s, cs)
}

// AddPlacements records job starts as AddContacts does, except that an open
// placement may be added again with an End (and EndReason), everything else
// unchanged, to record that the job ended: that writes an "end" version.
// Changing an end already recorded is ErrConflict (use AmendPlacement).
func (s *Store) AddPlacements(ctx context.Context, ps ...employer.Placement) (added int, err error) {
	return add(ctx, s, ps)
}

type item[T any] struct {
	id  string
	rec T
	enc []byte
}

func add[T any, PT recPtr[T]](ctx context.Context, s *Store, recs []T) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	kind := kindOf[T]()
	items := make([]item[T], 0, len(recs))
	ids := make([]string, 0, len(recs))
	var uses []rosterUse
	for _, r := range recs {
		c, enc, err := canonical[T, PT](r)
		if err != nil {
			return 0, err
		}
		id := PT(&c).RecordID()
		items = append(items, item[T]{id, c, enc})
		ids = append(ids, id)
		if sp := columnsOf(PT(&c)).specialist; sp != "" {
			uses = append(uses, rosterUse{kind, id, "specialist", sp})
		}
	}
	if len(items) == 0 {
		return 0, nil
	}
	return s.write(ctx, "add "+string(kind)+"s", func(ctx context.Context, tx pgx.Tx) ([]row, error) {
		if err := s.checkRoster(ctx, tx, uses); err != nil {
			return nil, err
		}
		cur, err := current[T, PT](ctx, s, tx, ids)
		if err != nil {
			return nil, err
		}
		// Earlier versions matter only for records that differ from their
		// current version: re-adding any stored version is a no-op.
		var differ []string
		for _, it := range items {
			if c, ok := cur[it.id]; ok && !bytes.Equal(c.enc, it.enc) {
				differ = append(differ, it.id)
			}
		}
		seen, err := history[T, PT](ctx, s, tx, differ)
		if err != nil {
			return nil, err
		}
		var out []row
		for _, it := range items {
			c, exists := cur[it.id]
			op, err := decideAdd(kind, it, c, exists, seen[it.id])
			if err != nil {
				return nil, err
			}
			if op == "" {
				continue
			}
			out = append(out, row{kind: kind, id: it.id, op: op, record: it.enc, cols: columnsOf(PT(&it.rec)), exists: exists})
			cur[it.id] = stored[T]{rec: it.rec, enc: it.enc}
			seen[it.id] = append(seen[it.id], it.enc)
		}
		return out, nil
	})
}

// decideAdd says what adding it does given the current row and the
// encodings of the record's earlier versions: an add, an end, nothing ("")
// or a conflict.
func decideAdd[T any](kind store.Kind, it item[T], cur stored[T], exists bool, earlier [][]byte) (store.Op, error) {
	switch {
	case !exists:
		return store.OpAdd, nil
	case bytes.Equal(cur.enc, it.enc):
		return "", nil
	case slices.ContainsFunc(earlier, func(enc []byte) bool { return bytes.Equal(enc, it.enc) }):
		return "", nil
	case cur.voided:
		return "", fmt.Errorf("pgstore: %s: %w", kind, record.Field(it.id, "", store.ErrConflict, "the %s stored under this id was voided; its id is not reused", kind))
	case endsJob(cur.rec, it.rec):
		return store.OpEnd, nil
	}
	return "", fmt.Errorf("pgstore: %s: %w", kind, record.Field(it.id, "", store.ErrConflict, "a different %s is stored under this id (use Amend)", kind))
}

// endsJob reports whether next is the open placement cur with an end added.
func endsJob[T any](cur, next T) bool {
	c, ok := any(cur).(employer.Placement)
	n, _ := any(next).(employer.Placement)
	if !ok || !c.End.IsZero() || n.End.IsZero() {
		return false
	}
	c.End, c.EndReason = n.End, n.EndReason
	a, err1 := json.Marshal(c)
	b, err2 := json.Marshal(n)
	return err1 == nil && err2 == nil && bytes.Equal(a, b)
}

// history returns the encodings of every stored version of the records
// with the given ids, voids aside.
func history[T any, PT recPtr[T]](ctx context.Context, s *Store, tx pgx.Tx, ids []string) (map[string][][]byte, error) {
	out := map[string][][]byte{}
	if len(ids) == 0 {
		return out, nil
	}
	kind := kindOf[T]()
	rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT id, seq, record FROM %s WHERE kind = $1 AND id = ANY($2) AND record IS NOT NULL`, s.versions),
		string(kind), ids)
	if err != nil {
		return nil, s.wrap("read versions", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id  string
			seq int64
			raw []byte
		)
		if err := rows.Scan(&id, &seq, &raw); err != nil {
			return nil, s.wrap("read versions", err)
		}
		_, enc, err := decode[T, PT](raw, s.where(kind, id, seq))
		if err != nil {
			return nil, err
		}
		out[id] = append(out[id], enc)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("read versions", err)
	}
	return out, nil
}
