package pgstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// SchemaVersion is the version of the tables this package reads and writes.
// Open migrates older schemas forward and refuses newer ones.
const SchemaVersion = 1

// migrations[i] takes a schema from version i to version i+1; "%[1]s" is
// the quoted schema name. A released step is never edited: a change to the
// tables is a new step, and SchemaVersion grows with it.
var migrations = []string{
	// 1: the log, the current records, the roster.
	`CREATE SCHEMA IF NOT EXISTS %[1]s;
CREATE TABLE %[1]s.schema_version (
	one        boolean PRIMARY KEY DEFAULT true CHECK (one),
	version    integer NOT NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE %[1]s.specialists (
	id       text PRIMARY KEY,
	name     text NOT NULL DEFAULT '',
	added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE %[1]s.versions (
	seq         bigserial PRIMARY KEY,
	kind        text NOT NULL CHECK (kind IN ('contact', 'placement')),
	id          text NOT NULL,
	op          text NOT NULL CHECK (op IN ('add', 'end', 'amend', 'void')),
	change      jsonb,
	record      jsonb,
	recorded_at timestamptz NOT NULL DEFAULT now(),
	CHECK ((op = 'void') = (record IS NULL)),
	CHECK ((op IN ('amend', 'void')) = (change IS NOT NULL))
);
CREATE INDEX versions_record ON %[1]s.versions (kind, id, seq);
CREATE TABLE %[1]s.records (
	kind        text NOT NULL,
	id          text NOT NULL,
	seq         bigint NOT NULL REFERENCES %[1]s.versions (seq),
	voided      boolean NOT NULL DEFAULT false,
	employer_id text NOT NULL,
	client_id   text NOT NULL DEFAULT '',
	specialist  text NOT NULL DEFAULT '',
	day         date NOT NULL,
	at          timestamptz,
	record      jsonb NOT NULL,
	PRIMARY KEY (kind, id)
);
CREATE INDEX records_employer ON %[1]s.records (kind, employer_id, day) WHERE NOT voided;
CREATE INDEX records_client ON %[1]s.records (kind, client_id, day) WHERE NOT voided AND client_id <> '';
CREATE INDEX records_specialist ON %[1]s.records (kind, specialist, day) WHERE NOT voided AND specialist <> '';
CREATE INDEX records_day ON %[1]s.records (kind, day) WHERE NOT voided;`,
}

// Advisory lock classes (the first key); the second is hashtext(schema), so
// stores in different schemas never wait for each other.
const (
	lockMigrate = 0x1b5_0001
	lockWrite   = 0x1b5_0002
)

// migrate brings the schema to len(steps) in one transaction, under an
// advisory lock so that processes opening the store at once take turns: the
// first creates or migrates, the others find it done. It returns the
// version found (0 when absent).
func migrate(ctx context.Context, pool *pgxpool.Pool, schema string, steps []string, log *slog.Logger) (int, error) {
	var from int
	err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, lockMigrate, schema); err != nil {
			return fmt.Errorf("pgstore: lock schema %q for migration: %w", schema, err)
		}
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass(format('%I.schema_version', $1::text)) IS NOT NULL`, schema).Scan(&exists); err != nil {
			return fmt.Errorf("pgstore: schema %q: read version: %w", schema, err)
		}
		if exists {
			err := tx.QueryRow(ctx, fmt.Sprintf(`SELECT version FROM %s.schema_version`, ident(schema))).Scan(&from)
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("pgstore: schema %q: table schema_version has no row: %w", schema, store.ErrCorrupt)
			}
			if err != nil {
				return fmt.Errorf("pgstore: schema %q: read version: %w", schema, err)
			}
		}
		switch {
		case from > len(steps):
			return fmt.Errorf("pgstore: schema %q is at version %d, this ipsmatch knows up to %d: upgrade ipsmatch: %w",
				schema, from, len(steps), store.ErrSchemaVersion)
		case from == len(steps):
			return nil
		}
		for v := from; v < len(steps); v++ {
			if _, err := tx.Exec(ctx, fmt.Sprintf(steps[v], ident(schema))); err != nil {
				return fmt.Errorf("pgstore: schema %q: migrate to version %d: %w", schema, v+1, err)
			}
		}
		_, err := tx.Exec(ctx, fmt.Sprintf(`INSERT INTO %s.schema_version (version) VALUES ($1)
			ON CONFLICT (one) DO UPDATE SET version = excluded.version, updated_at = now()`, ident(schema)), len(steps))
		if err != nil {
			return fmt.Errorf("pgstore: schema %q: write version: %w", schema, err)
		}
		return nil
	})
	if err != nil {
		return from, err
	}
	if from < len(steps) {
		log.Info("pgstore: schema migrated", "schema", schema, "from", from, "to", len(steps))
	}
	return from, nil
}

// ident quotes a schema name for SQL text.
func ident(name string) string { return pgx.Identifier{name}.Sanitize() }
