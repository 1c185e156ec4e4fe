package pgstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

func TestAServerThatIsDownIsNamedAtOnce(t *testing.T) {
	dir := fmt.Sprintf("/tmp/ipsmatch-no-server-%d", os.Getpid())
	_, err := Open(ctx, "postgres:///postgres?user=postgres&host="+dir, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), dir, "the error names the server")
	assert.Contains(t, err.Error(), "cannot reach")
}

// silentServer accepts connections and never answers, as a hung server or
// a dropped route would.
func silentServer(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { c.Close() })
		}
	}()
	return ln.Addr().String()
}

func TestAServerThatDoesNotAnswerTimesOut(t *testing.T) {
	addr := silentServer(t)
	url := "postgres://postgres@" + addr + "/postgres?sslmode=disable"

	start := time.Now()
	_, err := Open(ctx, url, Options{ConnectTimeout: 200 * time.Millisecond})
	require.Error(t, err)
	assert.Contains(t, err.Error(), addr)
	assert.Less(t, time.Since(start), 5*time.Second, "the connect timeout bounds the wait")

	c, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	start = time.Now()
	_, err = Open(c, url, Options{})
	require.Error(t, err)
	assert.Less(t, time.Since(start), 5*time.Second, "the context bounds the wait")
}

// backendWaitingFor returns the pid of the server process that waits for a
// lock on table.
func backendWaitingFor(t *testing.T, conn *pgx.Conn, table string) int32 {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var pid int32
		err := conn.QueryRow(ctx, `SELECT pid FROM pg_locks WHERE NOT granted AND relation = $1::regclass`, table).Scan(&pid)
		if err == nil {
			return pid
		}
		require.ErrorIs(t, err, pgx.ErrNoRows)
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no backend waits for %s", table)
	return 0
}

func contacts(prefix, emp string, n int) []employer.Contact {
	out := make([]employer.Contact, n)
	for i := range out {
		out[i] = visit(fmt.Sprintf("%s%03d", prefix, i), emp, 1+i%28, employer.PurposeIntroduction)
	}
	return out
}

func TestAConnectionDroppedMidWriteLeavesNothingHalfWritten(t *testing.T) {
	s, url, schema := newStore(t)
	_, err := s.AddContacts(ctx, visit("k0", "bar", 1, employer.PurposeIntroduction))
	require.NoError(t, err)

	// Hold the current-records table so the write stops after writing its
	// versions, then kill the write's connection from here.
	admin, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer admin.Close(ctx)
	tx, err := admin.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, `LOCK TABLE `+ident(schema)+`.records IN EXCLUSIVE MODE`)
	require.NoError(t, err)

	done := make(chan error, 1)
	go func() {
		_, err := s.AddContacts(ctx, contacts("k", "cafe", 50)[1:]...)
		done <- err
	}()
	pid := backendWaitingFor(t, admin, ident(schema)+".records")
	_, err = admin.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid)
	require.NoError(t, err)
	err = <-done
	require.Error(t, err)
	assert.Contains(t, err.Error(), "add contacts on PostgreSQL server", "the error says what failed where")
	require.NoError(t, tx.Rollback(ctx))

	var versions, records int
	require.NoError(t, admin.QueryRow(ctx, `SELECT count(*) FROM `+ident(schema)+`.versions`).Scan(&versions))
	require.NoError(t, admin.QueryRow(ctx, `SELECT count(*) FROM `+ident(schema)+`.records`).Scan(&records))
	assert.Equal(t, 1, versions, "no version of the dropped batch is kept")
	assert.Equal(t, 1, records)

	d, err := s.Derived(ctx)
	require.NoError(t, err, "the store carries on with a new connection")
	_, ok := d.Relationship("cafe", today)
	assert.False(t, ok)
	n, err := s.AddContacts(ctx, contacts("k", "cafe", 50)[1:]...)
	require.NoError(t, err)
	assert.Equal(t, 49, n, "the batch can be written again whole")
	_, ok = d.Relationship("cafe", today)
	assert.True(t, ok)
}

func TestAWriteWaitingForTheLockHonoursItsContext(t *testing.T) {
	s, url, schema := newStore(t)
	admin, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer admin.Close(ctx)
	_, err = admin.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext($2))`, lockWrite, schema)
	require.NoError(t, err)

	c, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	_, err = s.AddContacts(c, visit("k1", "bar", 3, employer.PurposeIntroduction))
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err), "%v", err)

	_, err = admin.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext($2))`, lockWrite, schema)
	require.NoError(t, err)
	_, err = s.Contact(ctx, "k1")
	require.ErrorIs(t, err, store.ErrNotFound)
}

func TestAClosedStoreSaysSo(t *testing.T) {
	s, _, _ := newStore(t)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "closing twice is harmless")
	_, err := s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
	assert.ErrorIs(t, err, store.ErrClosed)
	_, err = s.Derived(ctx)
	assert.ErrorIs(t, err, store.ErrClosed)
	_, err = s.Specialists(ctx)
	assert.ErrorIs(t, err, store.ErrClosed)
	assert.True(t, strings.HasPrefix(err.Error(), "pgstore: "))
}
