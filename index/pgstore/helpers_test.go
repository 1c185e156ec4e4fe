package pgstore

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var ctx = context.Background()

// pgURL returns the server the tests use. Without one they skip, except in
// CI, which must never skip them silently.
func pgURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("IPSMATCH_PG_URL")
	if u == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("IPSMATCH_PG_URL is not set, and CI must run the PostgreSQL tests: .ci/run starts a throw-away server")
		}
		tb.Skip("PostgreSQL tests skipped: set IPSMATCH_PG_URL, or run .ci/run which starts a throw-away server")
	}
	return u
}

var schemas atomic.Int64

// freshSchema returns the server and a schema no other test uses, dropped
// when the test ends.
func freshSchema(tb testing.TB) (url, schema string) {
	tb.Helper()
	url = pgURL(tb)
	schema = fmt.Sprintf("test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemas.Add(1))
	tb.Cleanup(func() { exec(tb, url, `DROP SCHEMA IF EXISTS `+ident(schema)+` CASCADE`) })
	return url, schema
}

// exec runs SQL on a connection of its own.
func exec(tb testing.TB, url, sql string, args ...any) {
	tb.Helper()
	conn, err := pgx.Connect(ctx, url)
	require.NoError(tb, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql, args...)
	require.NoError(tb, err)
}

// openStore opens a store on schema, closed when the test ends.
func openStore(tb testing.TB, url, schema string) *Store {
	tb.Helper()
	s, err := Open(ctx, url, Options{Schema: schema})
	require.NoError(tb, err)
	tb.Cleanup(func() { s.Close() })
	return s
}

// newStore opens a store on a fresh schema with the test roster.
func newStore(tb testing.TB) (*Store, string, string) {
	tb.Helper()
	url, schema := freshSchema(tb)
	s := openStore(tb, url, schema)
	_, err := s.AddSpecialists(ctx, roster...)
	require.NoError(tb, err)
	return s, url, schema
}

var roster = []store.Specialist{{ID: "anna.rossi", Name: "Anna Rossi"}, {ID: "sara.verdi", Name: "Sara Verdi"}}

// visit is a face-to-face contact with emp on a day of March 2025.
func visit(id, emp string, day int, p employer.Purpose) employer.Contact {
	return employer.Contact{ID: id, EmployerID: emp, Specialist: "anna.rossi", Type: employer.FaceToFace, Purpose: p,
		At: time.Date(2025, 3, day, 10, 0, 0, 0, time.UTC)}
}

var today = civil.D(2025, 6, 30)

func fix(why string) store.Change { return store.Change{By: "sara.verdi", Reason: why} }
