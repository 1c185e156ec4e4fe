package pgstore

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Contact returns the current version of a contact that is not voided;
// ErrNotFound or ErrVoided otherwise.
func (s *Store) Contact(ctx context.Context, id string) (employer.Contact, error) {
	return one[employer.Contact](ctx, s, id)
}

// Placement is Contact for a placement.
func (s *Store) Placement(ctx context.Context, id string) (employer.Placement, error) {
	return one[employer.Placement](ctx, s, id)
}

func one[T any, PT recPtr[T]](ctx context.Context, s *Store, id string) (T, error) {
	var zero T
	if err := s.check(ctx); err != nil {
		return zero, err
	}
	kind := kindOf[T]()
	var (
		seq    int64
		voided bool
		raw    []byte
	)
	err := s.pool.QueryRow(ctx, fmt.Sprintf(`SELECT seq, voided, record FROM %s WHERE kind = $1 AND id = $2`, s.records),
		string(kind), id).Scan(&seq, &voided, &raw)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return zero, fmt.Errorf("pgstore: %s: %w", kind, record.Field(id, "", store.ErrNotFound, ""))
	case err != nil:
		return zero, s.wrap("read "+string(kind), err)
	case voided:
		return zero, fmt.Errorf("pgstore: %s: %w", kind, record.Field(id, "", store.ErrVoided, ""))
	}
	rec, _, err := decode[T, PT](raw, s.where(kind, id, seq))
	return rec, err
}

// Contacts returns the current versions of the contacts f selects, sorted by
// time, then id.
func (s *Store) Contacts(ctx context.Context, f store.Filter) ([]employer.Contact, error) {
	cs, err := list[employer.Contact](ctx, s, f)
	slices.SortFunc(cs, func(a, b employer.Contact) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
	})
	return cs, err
}

// Placements returns the current versions of the placements f selects,
// sorted by start, then id. A filter on Specialist selects none.
func (s *Store) Placements(ctx context.Context, f store.Filter) ([]employer.Placement, error) {
	if f.Specialist != "" {
		return nil, s.check(ctx)
	}
	ps, err := list[employer.Placement](ctx, s, f)
	slices.SortFunc(ps, func(a, b employer.Placement) int {
		return cmp.Or(a.Start.Time().Compare(b.Start.Time()), strings.Compare(a.ID, b.ID))
	})
	return ps, err
}

// list reads the current, non-voided records f selects, through the
// indexes on the filter columns. Sorting is left to the caller, in Go, so
// that it does not depend on the database's collation or time precision.
func list[T any, PT recPtr[T]](ctx context.Context, s *Store, f store.Filter) ([]T, error) {
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	kind := kindOf[T]()
	where := []string{"kind = $1", "NOT voided"}
	args := []any{string(kind)}
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, fmt.Sprintf(cond, len(args)))
	}
	if f.EmployerID != "" {
		add("employer_id = $%d", f.EmployerID)
	}
	if f.ClientID != "" {
		add("client_id = $%d", f.ClientID)
	}
	if f.Specialist != "" {
		add("specialist = $%d", f.Specialist)
	}
	if !f.From.IsZero() {
		add("day >= $%d", f.From.Time())
	}
	if !f.To.IsZero() {
		add("day <= $%d", f.To.Time())
	}
	rows, err := s.pool.Query(ctx, fmt.Sprintf(`SELECT id, seq, record FROM %s WHERE %s`, s.records, strings.Join(where, " AND ")), args...)
	if err != nil {
		return nil, s.wrap("read "+string(kind)+"s", err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var (
			id  string
			seq int64
			raw []byte
		)
		if err := rows.Scan(&id, &seq, &raw); err != nil {
			return nil, s.wrap("read "+string(kind)+"s", err)
		}
		rec, _, err := decode[T, PT](raw, s.where(kind, id, seq))
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("read "+string(kind)+"s", err)
	}
	return out, nil
}

// Versions returns every version of one record, oldest first: the original,
// then each amendment, end or void. ErrNotFound if there is none.
func (s *Store) Versions(ctx context.Context, kind store.Kind, id string) ([]store.Version, error) {
	if err := s.check(ctx); err != nil {
		return nil, err
	}
	if kind != store.KindContact && kind != store.KindPlacement {
		return nil, fmt.Errorf("pgstore: versions: %w", record.Field(id, "kind", store.ErrNotFound, "kind %q is neither %q nor %q", kind, store.KindContact, store.KindPlacement))
	}
	rows, err := s.pool.Query(ctx, fmt.Sprintf(`SELECT seq, op, change, record FROM %s WHERE kind = $1 AND id = $2 ORDER BY seq`, s.versions),
		string(kind), id)
	if err != nil {
		return nil, s.wrap("read versions", err)
	}
	defer rows.Close()
	var out []store.Version
	for rows.Next() {
		var (
			seq         int64
			op          string
			change, raw []byte
		)
		if err := rows.Scan(&seq, &op, &change, &raw); err != nil {
			return nil, s.wrap("read versions", err)
		}
		v, err := s.version(kind, id, seq, store.Op(op), change, raw)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("read versions", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("pgstore: %s: %w", kind, record.Field(id, "", store.ErrNotFound, ""))
	}
	return out, nil
}

// version decodes one row of the versions table.
func (s *Store) version(kind store.Kind, id string, seq int64, op store.Op, change, raw []byte) (store.Version, error) {
	v := store.Version{Kind: kind, ID: id, Op: op}
	where := s.where(kind, id, seq)
	if change != nil {
		if err := json.Unmarshal(change, &v.Change); err != nil {
			return v, fmt.Errorf("pgstore: %s: change: %w: %w", where, store.ErrCorrupt, err)
		}
	}
	if raw == nil {
		return v, nil
	}
	switch kind {
	case store.KindContact:
		c, _, err := decode[employer.Contact](raw, where)
		v.Contact = &c
		return v, err
	default:
		p, _, err := decode[employer.Placement](raw, where)
		v.Placement = &p
		return v, err
	}
}
