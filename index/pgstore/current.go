package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// stored is the current row of one record.
type stored[T any] struct {
	rec    T
	enc    []byte
	cols   columns
	voided bool
}

// current reads the current rows of the records with the given ids.
func current[T any, PT recPtr[T]](ctx context.Context, s *Store, q pgx.Tx, ids []string) (map[string]stored[T], error) {
	kind := kindOf[T]()
	rows, err := q.Query(ctx, fmt.Sprintf(`SELECT id, seq, voided, record FROM %s WHERE kind = $1 AND id = ANY($2)`, s.records),
		string(kind), ids)
	if err != nil {
		return nil, s.wrap("read "+string(kind)+"s", err)
	}
	defer rows.Close()
	out := make(map[string]stored[T], len(ids))
	for rows.Next() {
		var (
			id     string
			seq    int64
			voided bool
			raw    []byte
		)
		if err := rows.Scan(&id, &seq, &voided, &raw); err != nil {
			return nil, s.wrap("read "+string(kind)+"s", err)
		}
		rec, enc, err := decode[T, PT](raw, s.where(kind, id, seq))
		if err != nil {
			return nil, err
		}
		out[id] = stored[T]{rec: rec, enc: enc, cols: columnsOf(PT(&rec)), voided: voided}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("read "+string(kind)+"s", err)
	}
	return out, nil
}

// where names a stored version for an error.
func (s *Store) where(kind store.Kind, id string, seq int64) string {
	return fmt.Sprintf("%s %q (version seq %d in schema %q)", kind, id, seq, s.schema)
}
