package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/pgstore"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pgStore opens a PostgreSQL store in a schema of its own, dropped after
// the test. Without a server it skips, except in CI.
func pgStore(t *testing.T) (*pgstore.Store, func() *pgstore.Store) {
	t.Helper()
	url := os.Getenv("IPSMATCH_PG_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("IPSMATCH_PG_URL is not set in CI: .ci/run starts a PostgreSQL server for these tests")
		}
		t.Skip("PostgreSQL tests skipped: set IPSMATCH_PG_URL, or run .ci/run which starts a throw-away server")
	}
	ctx := context.Background()
	schema := fmt.Sprintf("ws_test_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, url)
		if err == nil {
			_, _ = conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
			_ = conn.Close(ctx)
		}
	})
	open := func() *pgstore.Store {
		st, err := pgstore.Open(ctx, url, pgstore.Options{Schema: schema})
		require.NoError(t, err)
		t.Cleanup(func() { _ = st.Close() })
		return st
	}
	return open(), open
}

// The workspace runs on PostgreSQL as on the file journal: a folder is
// imported through the same gate, a forbidden contact is refused and
// stores nothing, and another process's store sees what was written.
func TestWorkspaceOnPostgres(t *testing.T) {
	ctx := context.Background()
	st, open := pgStore(t)
	data := copyTown(t)
	w, err := Open(ctx, Options{Index: filepath.Join(t.TempDir(), "ix"), Create: true, Store: st, Today: today})
	require.NoError(t, err)
	defer w.Close()
	_, err = w.ImportFolder(ctx, data, ImportOptions{})
	require.NoError(t, err)
	assert.Len(t, contacts(t, w), 3)

	bad := employer.Contact{ID: "bad", EmployerID: "shop", Specialist: "anna.rossi", At: today.Time().Add(-time.Hour),
		Type: employer.FaceToFace, Purpose: employer.PurposePresent, ClientID: "luca"}
	_, err = w.Recorder.AddContacts(ctx, bad)
	require.ErrorIs(t, err, match.ErrDisclosureForbids)
	assert.Len(t, contacts(t, w), 3, "nothing is stored")

	c, err := w.Store.Contact(ctx, "c1")
	require.NoError(t, err)
	c.Purpose = employer.PurposeLearn
	require.NoError(t, w.Recorder.AmendContact(ctx, c, store.Change{By: "marco.bianchi", Reason: "it was a learning visit"}))

	other := open()
	d, err := other.Derived(ctx)
	require.NoError(t, err)
	rel, ok := d.Relationship("bakery", today)
	require.True(t, ok)
	assert.Equal(t, employer.StageHired, rel.Stage, "a second store on the same database sees the placement")
	vs, err := other.Versions(ctx, store.KindContact, "c1")
	require.NoError(t, err)
	require.Len(t, vs, 2)
	assert.Equal(t, store.OpAmend, vs[1].Op)
}
