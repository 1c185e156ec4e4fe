package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// row is one version to write and the current record it leaves behind.
type row struct {
	kind   store.Kind
	id     string
	op     store.Op
	change []byte // the Change as JSON; nil for an add or an end
	record []byte // the record after this version; for a void, the one withdrawn
	cols   columns
	exists bool // the record has a current row, which this version replaces
}

// planFunc decides, inside the write transaction and under the write lock,
// which versions a call writes. Its errors are returned as they are.
type planFunc func(ctx context.Context, tx pgx.Tx) ([]row, error)

// write runs one write as one transaction: all of it is written or none.
// Writers of a schema take turns under a transaction-level advisory lock,
// taken before any sequence number is drawn and released only once the
// commit is visible, so versions become visible in seq order and catching
// up by "seq greater than the last seen" never skips one. After the commit
// the derived state catches up, with this write and any other.
func (s *Store) write(ctx context.Context, what string, plan planFunc) (int, error) {
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, s.wrap(what, err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, lockWrite, s.schema); err != nil {
		return 0, s.wrap(what, err)
	}
	rows, err := plan(ctx, tx)
	if err != nil {
		return 0, err
	}
	if len(rows) == 0 {
		return 0, nil
	}
	if err := s.insert(ctx, tx, rows); err != nil {
		return 0, s.wrap(what, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, s.wrap(what, err)
	}
	if err := s.catchUp(ctx); err != nil {
		// The write is durable; the next read of the derived state retries.
		s.log.Warn("pgstore: derived state not refreshed after a write", "write", what, "err", err)
	}
	return len(rows), nil
}

// insert writes the versions, then the current rows: new records by COPY,
// replaced ones by UPDATE, in the order of rows.
func (s *Store) insert(ctx context.Context, tx pgx.Tx, rows []row) error {
	seqs, err := s.nextSeqs(ctx, tx, len(rows))
	if err != nil {
		return err
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{s.schema, "versions"},
		[]string{"seq", "kind", "id", "op", "change", "record"},
		pgx.CopyFromSlice(len(rows), func(i int) ([]any, error) {
			r := rows[i]
			rec := r.record
			if r.op == store.OpVoid {
				rec = nil
			}
			return []any{seqs[i], string(r.kind), r.id, string(r.op), r.change, rec}, nil
		}))
	if err != nil {
		return fmt.Errorf("write versions: %w", err)
	}
	var fresh []int
	var b pgx.Batch
	for i, r := range rows {
		if !r.exists {
			fresh = append(fresh, i)
			continue
		}
		b.Queue(fmt.Sprintf(`UPDATE %s SET seq = $3, voided = $4, employer_id = $5, client_id = $6,
			specialist = $7, day = $8, at = $9, record = $10 WHERE kind = $1 AND id = $2`, s.records),
			string(r.kind), r.id, seqs[i], r.op == store.OpVoid,
			r.cols.employerID, r.cols.clientID, r.cols.specialist, r.cols.day.Time(), r.cols.at, r.record)
	}
	if len(fresh) > 0 {
		_, err = tx.CopyFrom(ctx, pgx.Identifier{s.schema, "records"},
			[]string{"kind", "id", "seq", "voided", "employer_id", "client_id", "specialist", "day", "at", "record"},
			pgx.CopyFromSlice(len(fresh), func(j int) ([]any, error) {
				i := fresh[j]
				r := rows[i]
				return []any{string(r.kind), r.id, seqs[i], false, r.cols.employerID, r.cols.clientID,
					r.cols.specialist, r.cols.day.Time(), r.cols.at, r.record}, nil
			}))
		if err != nil {
			return fmt.Errorf("write records: %w", err)
		}
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("update records: %w", err)
		}
	}
	return nil
}

// nextSeqs draws n sequence numbers, ascending, for versions written in
// order: one call that moves the sequence on by n. Only a writer holding
// the write lock draws, so the block is its own.
func (s *Store) nextSeqs(ctx context.Context, tx pgx.Tx, n int) ([]int64, error) {
	var last int64
	err := tx.QueryRow(ctx, `SELECT setval(pg_get_serial_sequence($1, 'seq'), nextval(pg_get_serial_sequence($1, 'seq')) + $2 - 1)`,
		s.versions, n).Scan(&last)
	if err != nil {
		return nil, fmt.Errorf("draw version numbers: %w", err)
	}
	seqs := make([]int64, n)
	for i := range seqs {
		seqs[i] = last - int64(n-1-i)
	}
	return seqs, nil
}
