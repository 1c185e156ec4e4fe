package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// With --store (or IPSMATCH_STORE_URL), the CLI keeps the log in
// PostgreSQL: what one command records, the next one reads, and the index
// folder holds no journal.
func TestCLIOnPostgres(t *testing.T) {
	url := os.Getenv("IPSMATCH_PG_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("IPSMATCH_PG_URL is not set in CI: .ci/run starts a PostgreSQL server for these tests")
		}
		t.Skip("PostgreSQL tests skipped: set IPSMATCH_PG_URL, or run .ci/run which starts a throw-away server")
	}
	ctx := context.Background()
	drop := func() {
		conn, err := pgx.Connect(ctx, url)
		require.NoError(t, err)
		_, err = conn.Exec(ctx, "DROP SCHEMA IF EXISTS ipsmatch CASCADE")
		require.NoError(t, err)
		require.NoError(t, conn.Close(ctx))
	}
	drop()
	t.Cleanup(drop)
	data := filepath.Join(t.TempDir(), "data")
	jdCopyTree(t, filepath.Join("..", "demo", "data"), data)
	ix := filepath.Join(t.TempDir(), "ix")
	jdMustRun(t, "index", "--data", data, "--index", ix, "--store", url)
	_, err := os.Stat(filepath.Join(ix, "journal"))
	assert.True(t, os.IsNotExist(err), "the log is in PostgreSQL, not in the index folder")

	t.Setenv("IPSMATCH_STORE_URL", url)
	jdMustRun(t, "contact", "add", "--index", ix, "--today", jdDay, "--employer", "e-082", "--specialist", "anna.rossi",
		"--type", "phone", "--purpose", "thank_you", "--date", "2026-11-21", "--id", "pg-1")
	out := jdMustRun(t, "contact", "list", "--index", ix, "--employer", "e-082")
	assert.Contains(t, out, "pg-1")
	code, _, stderr := jdRun(t, "contact", "add", "--index", ix, "--today", jdDay, "--employer", "caffe-aurora", "--specialist", "anna.rossi",
		"--type", "face_to_face", "--purpose", "present_candidate", "--client", "davide")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "refused")
}
