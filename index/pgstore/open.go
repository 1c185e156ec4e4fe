package pgstore

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// Store is the team's job-development log in PostgreSQL. Several Stores, in
// one process or many, may share a schema: writes take turns under an
// advisory lock, and each Store's derived state catches up with the others'
// writes whenever it is read. It is safe for concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	schema string
	server string
	log    *slog.Logger
	closed atomic.Bool

	// Quoted table names.
	versions, records, specialists string

	mu     sync.Mutex // guards the mirror and serialises catching up
	mirror mirror
}

var _ store.Store = (*Store)(nil)

// Open connects to the PostgreSQL server that connString names (a URL such
// as postgres://user@host/db or key=value pairs, as libpq takes), creates
// the store's schema when absent or migrates it forward, and loads the
// derived state from the current records. A schema written by a newer
// ipsmatch is ErrSchemaVersion. A server that cannot be reached is an error
// naming it, within the connect timeout or ctx, whichever ends first.
func Open(ctx context.Context, connString string, opt Options) (*Store, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	cfg, err := pgxpool.ParseConfig(connString)
	if err != nil {
		return nil, fmt.Errorf("pgstore: connection string: %w", err)
	}
	switch {
	case opt.ConnectTimeout > 0:
		cfg.ConnConfig.ConnectTimeout = opt.ConnectTimeout
	case cfg.ConnConfig.ConnectTimeout == 0:
		cfg.ConnConfig.ConnectTimeout = DefaultConnectTimeout
	}
	s := &Store{
		schema:      opt.Schema,
		server:      serverName(cfg.ConnConfig.Config),
		log:         opt.Logger,
		versions:    ident(opt.Schema) + ".versions",
		records:     ident(opt.Schema) + ".records",
		specialists: ident(opt.Schema) + ".specialists",
		mirror:      newMirror(),
	}
	s.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("pgstore: %s: %w", s.server, err)
	}
	if err := s.pool.Ping(ctx); err != nil {
		s.pool.Close()
		return nil, fmt.Errorf("pgstore: cannot reach %s: %w", s.server, err)
	}
	if _, err := migrate(ctx, s.pool, s.schema, migrations, s.log); err != nil {
		s.pool.Close()
		return nil, err
	}
	if err := s.load(ctx); err != nil {
		s.pool.Close()
		return nil, err
	}
	return s, nil
}

// serverName says which server a connection goes to, without the password.
func serverName(c pgconn.Config) string {
	where := fmt.Sprintf("%s:%d", c.Host, c.Port)
	if strings.HasPrefix(c.Host, "/") {
		where = fmt.Sprintf("socket %s/.s.PGSQL.%d", c.Host, c.Port)
	}
	return fmt.Sprintf("PostgreSQL server %s (database %q, user %q)", where, c.Database, c.User)
}

// Close releases the store's connections. Closing twice is harmless.
func (s *Store) Close() error {
	if s.closed.CompareAndSwap(false, true) {
		s.pool.Close()
	}
	return nil
}

// check returns ErrClosed once the store is closed, or ctx's error.
func (s *Store) check(ctx context.Context) error {
	if s.closed.Load() {
		return fmt.Errorf("pgstore: %w", store.ErrClosed)
	}
	return ctx.Err()
}

// wrap names the server in an error that did not come from the store's own
// checks, so a dropped connection says where it was going.
func (s *Store) wrap(what string, err error) error {
	if s.closed.Load() {
		return fmt.Errorf("pgstore: %s: %w", what, store.ErrClosed)
	}
	return fmt.Errorf("pgstore: %s on %s: %w", what, s.server, err)
}
