package pgstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// AmendContact replaces the current version of the contact with c.ID by c,
// keeping the earlier versions. ErrNoReason without ch.By and ch.Reason,
// ErrNotFound if there is no such contact, ErrVoided if it was voided,
// ErrUnknownSpecialist if ch.By or c.Specialist is not on the roster.
func (s *Store) AmendContact(ctx context.Context, c employer.Contact, ch store.Change) error {
	return amend(ctx, s, c, ch)
}

// AmendPlacement is AmendContact for a placement.
func (s *Store) AmendPlacement(ctx context.Context, p employer.Placement, ch store.Change) error {
	return amend(ctx, s, p, ch)
}

// Void withdraws a record: it no longer counts anywhere, but its versions
// can still be read. Errors as for the amendments.
func (s *Store) Void(ctx context.Context, kind store.Kind, id string, ch store.Change) error {
	switch kind {
	case store.KindContact:
		return void[employer.Contact](ctx, s, id, ch)
	case store.KindPlacement:
		return void[employer.Placement](ctx, s, id, ch)
	}
	return fmt.Errorf("pgstore: void: %w", record.Field(id, "kind", store.ErrNotFound, "kind %q is neither %q nor %q", kind, store.KindContact, store.KindPlacement))
}

func amend[T any, PT recPtr[T]](ctx context.Context, s *Store, rec T, ch store.Change) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	kind, id := kindOf[T](), PT(&rec).RecordID()
	change, err := encodeChange(kind, id, "amendment", ch)
	if err != nil {
		return err
	}
	c, enc, err := canonical[T, PT](rec)
	if err != nil {
		return err
	}
	cols := columnsOf(PT(&c))
	uses := []rosterUse{{kind, id, "change.by", ch.By}}
	if cols.specialist != "" {
		uses = append(uses, rosterUse{kind, id, "specialist", cols.specialist})
	}
	_, err = s.write(ctx, "amend "+string(kind), func(ctx context.Context, tx pgx.Tx) ([]row, error) {
		if _, err := existing[T, PT](ctx, s, tx, id); err != nil {
			return nil, err
		}
		if err := s.checkRoster(ctx, tx, uses); err != nil {
			return nil, err
		}
		return []row{{kind: kind, id: id, op: store.OpAmend, change: change, record: enc, cols: cols, exists: true}}, nil
	})
	return err
}

func void[T any, PT recPtr[T]](ctx context.Context, s *Store, id string, ch store.Change) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	kind := kindOf[T]()
	change, err := encodeChange(kind, id, "void", ch)
	if err != nil {
		return err
	}
	_, err = s.write(ctx, "void "+string(kind), func(ctx context.Context, tx pgx.Tx) ([]row, error) {
		cur, err := existing[T, PT](ctx, s, tx, id)
		if err != nil {
			return nil, err
		}
		if err := s.checkRoster(ctx, tx, []rosterUse{{kind, id, "change.by", ch.By}}); err != nil {
			return nil, err
		}
		return []row{{kind: kind, id: id, op: store.OpVoid, change: change, record: cur.enc, cols: cur.cols, exists: true}}, nil
	})
	return err
}

// existing returns the current version of a record that can be corrected:
// ErrNotFound or ErrVoided otherwise.
func existing[T any, PT recPtr[T]](ctx context.Context, s *Store, tx pgx.Tx, id string) (stored[T], error) {
	kind := kindOf[T]()
	cur, err := current[T, PT](ctx, s, tx, []string{id})
	if err != nil {
		return stored[T]{}, err
	}
	c, ok := cur[id]
	switch {
	case !ok:
		return c, fmt.Errorf("pgstore: %s: %w", kind, record.Field(id, "", store.ErrNotFound, ""))
	case c.voided:
		return c, fmt.Errorf("pgstore: %s: %w", kind, record.Field(id, "", store.ErrVoided, ""))
	}
	return c, nil
}

// encodeChange checks a correction and encodes it, a zero At made now.
func encodeChange(kind store.Kind, id, what string, ch store.Change) ([]byte, error) {
	switch {
	case strings.TrimSpace(ch.By) == "":
		return nil, fmt.Errorf("pgstore: %s of %s: %w", what, kind, record.Field(id, "change.by", store.ErrNoReason, ""))
	case strings.TrimSpace(ch.Reason) == "":
		return nil, fmt.Errorf("pgstore: %s of %s: %w", what, kind, record.Field(id, "change.reason", store.ErrNoReason, ""))
	}
	if ch.At.IsZero() {
		ch.At = time.Now().UTC()
	}
	b, err := json.Marshal(ch)
	if err != nil {
		return nil, fmt.Errorf("pgstore: %s of %s %q: encode change: %w", what, kind, id, err)
	}
	return b, nil
}
