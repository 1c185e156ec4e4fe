package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// mirror is what the store has applied to its derived state: the last
// version seen and the current record of each id, which the next version
// of that record replaces.
type mirror struct {
	last       int64
	contacts   map[string]employer.Contact
	placements map[string]employer.Placement
	derived    *store.Derived
}

func newMirror() mirror {
	return mirror{
		contacts:   map[string]employer.Contact{},
		placements: map[string]employer.Placement{},
		derived:    store.NewDerived(),
	}
}

// Derived returns the derived state, first catching up with every version
// written since it was last read, by this store or any other: one indexed
// query for the versions with a greater seq, so its cost follows the writes
// since, not the size of the log.
func (s *Store) Derived(ctx context.Context) (*store.Derived, error) {
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	if err := s.catchUp(ctx); err != nil {
		return nil, err
	}
	return s.mirror.derived, nil
}

// load fills the derived state from the current records and notes the last
// version they include, both read in one snapshot.
func (s *Store) load(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := newMirror()
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, fmt.Sprintf(`SELECT coalesce(max(seq), 0) FROM %s`, s.versions)).Scan(&m.last); err != nil {
			return s.wrap("load the log", err)
		}
		rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT kind, id, seq, record FROM %s WHERE NOT voided`, s.records))
		if err != nil {
			return s.wrap("load the log", err)
		}
		defer rows.Close()
		for rows.Next() {
			var (
				kind, id string
				seq      int64
				raw      []byte
			)
			if err := rows.Scan(&kind, &id, &seq, &raw); err != nil {
				return s.wrap("load the log", err)
			}
			if err := m.apply(s, store.Kind(kind), id, seq, store.OpAdd, raw); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return s.wrap("load the log", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.mirror = m
	return nil
}

// catchPage bounds the versions one catch-up query reads. With a LIMIT the
// server walks the seq index even under a generic plan, which otherwise
// guesses that "seq > $1" selects a third of the table and scans it all.
const catchPage = 5000

// catchUp applies the versions written since the last one seen, in seq
// order. Writers commit in seq order (see write), so none is skipped.
func (s *Store) catchUp(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		n, err := s.catchPage(ctx)
		if err != nil || n < catchPage {
			return err
		}
	}
}

// catchPage applies up to catchPage versions and says how many it read.
func (s *Store) catchPage(ctx context.Context) (int, error) {
	rows, err := s.pool.Query(ctx, fmt.Sprintf(`SELECT kind, id, seq, op, record FROM %s WHERE seq > $1 ORDER BY seq LIMIT %d`,
		s.versions, catchPage), s.mirror.last)
	if err != nil {
		return 0, s.wrap("catch up with the log", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var (
			kind, id, op string
			seq          int64
			raw          []byte
		)
		if err := rows.Scan(&kind, &id, &seq, &op, &raw); err != nil {
			return n, s.wrap("catch up with the log", err)
		}
		if err := s.mirror.apply(s, store.Kind(kind), id, seq, store.Op(op), raw); err != nil {
			return n, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, s.wrap("catch up with the log", err)
	}
	return n, nil
}

// apply puts one version into the derived state, replacing the record's
// previous version; a void withdraws it.
func (m *mirror) apply(s *Store, kind store.Kind, id string, seq int64, op store.Op, raw []byte) error {
	where := s.where(kind, id, seq)
	switch kind {
	case store.KindContact:
		old, had := m.contacts[id]
		next, err := decodeOrVoid[employer.Contact](op, raw, where)
		if err != nil {
			return err
		}
		m.derived.PutContact(ptrIf(&old, had), next)
		putOrDelete(m.contacts, id, next)
	case store.KindPlacement:
		old, had := m.placements[id]
		next, err := decodeOrVoid[employer.Placement](op, raw, where)
		if err != nil {
			return err
		}
		m.derived.PutPlacement(ptrIf(&old, had), next)
		putOrDelete(m.placements, id, next)
	default:
		return fmt.Errorf("pgstore: %s: kind: %w", where, store.ErrCorrupt)
	}
	m.last = max(m.last, seq)
	return nil
}

func decodeOrVoid[T any, PT recPtr[T]](op store.Op, raw []byte, where string) (*T, error) {
	if op == store.OpVoid {
		return nil, nil
	}
	rec, _, err := decode[T, PT](raw, where)
	if err != nil {
		return nil, err
	}
	return &rec, nil
}

func ptrIf[T any](p *T, ok bool) *T {
	if !ok {
		return nil
	}
	return p
}

func putOrDelete[T any](m map[string]T, id string, next *T) {
	if next == nil {
		delete(m, id)
		return
	}
	m[id] = *next
}
