package pgstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// AddSpecialists puts specialists on the roster in one transaction. Adding
// one already there under the same name is a no-op; under another name it
// is ErrConflict, and nothing is written.
func (s *Store) AddSpecialists(ctx context.Context, ss ...store.Specialist) (added int, err error) {
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	ids := make([]string, 0, len(ss))
	for i, sp := range ss {
		if err := sp.Validate(); err != nil {
			return 0, fmt.Errorf("pgstore: specialist %d: %w", i+1, err)
		}
		ids = append(ids, sp.ID)
	}
	if len(ss) == 0 {
		return 0, nil
	}
	err = s.writeRoster(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT id, name FROM %s WHERE id = ANY($1)`, s.specialists), ids)
		if err != nil {
			return s.wrap("read the roster", err)
		}
		names, err := pgx.CollectRows(rows, pgx.RowToStructByPos[store.Specialist])
		if err != nil {
			return s.wrap("read the roster", err)
		}
		have := map[string]string{}
		for _, n := range names {
			have[n.ID] = n.Name
		}
		var fresh [][]any
		for _, sp := range ss {
			name, ok := have[sp.ID]
			switch {
			case !ok:
				have[sp.ID] = sp.Name
				fresh = append(fresh, []any{sp.ID, sp.Name})
			case name != sp.Name:
				return fmt.Errorf("pgstore: specialist %q is on the roster under another name: %w", sp.ID, store.ErrConflict)
			}
		}
		added = len(fresh)
		if added == 0 {
			return nil
		}
		_, err = tx.CopyFrom(ctx, pgx.Identifier{s.schema, "specialists"}, []string{"id", "name"}, pgx.CopyFromRows(fresh))
		if err != nil {
			return s.wrap("add specialists", err)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return added, nil
}

// writeRoster runs fn in a transaction under the write lock.
func (s *Store) writeRoster(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return s.wrap("add specialists", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, lockWrite, s.schema); err != nil {
		return s.wrap("add specialists", err)
	}
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return s.wrap("add specialists", err)
	}
	return nil
}

// Specialists returns the roster, sorted by id.
func (s *Store) Specialists(ctx context.Context) ([]store.Specialist, error) {
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, fmt.Sprintf(`SELECT id, name FROM %s`, s.specialists))
	if err != nil {
		return nil, s.wrap("read the roster", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[store.Specialist])
	if err != nil {
		return nil, s.wrap("read the roster", err)
	}
	// Sorted here, byte-wise, whatever the database's collation.
	slices.SortFunc(out, func(a, b store.Specialist) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// rosterUse is one place a record or correction names a specialist.
type rosterUse struct {
	kind   store.Kind
	record string // the record's id
	field  string // "specialist" or "change.by"
	id     string // the specialist's id
}

// rosterShown is how many known ids an ErrUnknownSpecialist lists.
const rosterShown = 10

// checkRoster returns ErrUnknownSpecialist for the first use of an id that
// is not on the roster, listing the known ids.
func (s *Store) checkRoster(ctx context.Context, tx pgx.Tx, uses []rosterUse) error {
	if len(uses) == 0 {
		return nil
	}
	ids := make([]string, 0, len(uses))
	for _, u := range uses {
		ids = append(ids, u.id)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT id FROM %s WHERE id = ANY($1)`, s.specialists), ids)
	if err != nil {
		return s.wrap("read the roster", err)
	}
	found, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return s.wrap("read the roster", err)
	}
	if len(found) == len(ids) {
		return nil
	}
	for _, u := range uses {
		if slices.Contains(found, u.id) {
			continue
		}
		rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT id FROM %s ORDER BY id COLLATE "C"`, s.specialists))
		if err != nil {
			return s.wrap("read the roster", err)
		}
		known, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return s.wrap("read the roster", err)
		}
		return fmt.Errorf("pgstore: %s: %w", u.kind, record.Field(u.record, u.field, store.ErrUnknownSpecialist, "%q (%s)", u.id, knownList(known)))
	}
	return nil
}

// knownList lists the first known ids and counts the rest.
func knownList(known []string) string {
	switch {
	case len(known) == 0:
		return "the roster is empty"
	case len(known) <= rosterShown:
		return "known: " + strings.Join(known, ", ")
	}
	return fmt.Sprintf("known: %s and %d more", strings.Join(known[:rosterShown], ", "), len(known)-rosterShown)
}
