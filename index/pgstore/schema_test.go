package pgstore

import (
	"context"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

func schemaVersion(t *testing.T, url, schema string) int {
	t.Helper()
	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var v int
	require.NoError(t, conn.QueryRow(ctx, `SELECT version FROM `+ident(schema)+`.schema_version`).Scan(&v))
	return v
}

func TestOpenCreatesTheSchemaOnceWhenProcessesOpenAtOnce(t *testing.T) {
	url, schema := freshSchema(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(ctx, url, Options{Schema: schema})
			if err == nil {
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, SchemaVersion, schemaVersion(t, url, schema))
}

func TestANewerSchemaIsRefusedWithAdviceToUpgrade(t *testing.T) {
	url, schema := freshSchema(t)
	openStore(t, url, schema).Close()
	exec(t, url, `UPDATE `+ident(schema)+`.schema_version SET version = $1`, SchemaVersion+1)
	_, err := Open(ctx, url, Options{Schema: schema})
	require.ErrorIs(t, err, store.ErrSchemaVersion)
	assert.Contains(t, err.Error(), "upgrade ipsmatch")
}

func TestAnOlderSchemaIsMigratedForwardKeepingItsRecords(t *testing.T) {
	url, schema := freshSchema(t)
	s := openStore(t, url, schema)
	_, err := s.AddSpecialists(ctx, roster...)
	require.NoError(t, err)
	_, err = s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
	require.NoError(t, err)
	s.Close()

	// A later ipsmatch with one more step.
	next := append(append([]string{}, migrations...), `ALTER TABLE %[1]s.specialists ADD COLUMN team text NOT NULL DEFAULT 'north'`)
	pool, err := Open(ctx, url, Options{Schema: schema})
	require.NoError(t, err)
	from, err := migrate(ctx, pool.pool, schema, next, pool.log)
	pool.Close()
	require.NoError(t, err)
	assert.Equal(t, SchemaVersion, from)
	assert.Equal(t, SchemaVersion+1, schemaVersion(t, url, schema))
	exec(t, url, `SELECT team FROM `+ident(schema)+`.specialists`)

	_, err = Open(ctx, url, Options{Schema: schema})
	require.ErrorIs(t, err, store.ErrSchemaVersion, "this ipsmatch is now the older one")

	// The records written before the migration read back after it.
	exec(t, url, `UPDATE `+ident(schema)+`.schema_version SET version = $1`, SchemaVersion)
	s = openStore(t, url, schema)
	c, err := s.Contact(ctx, "k1")
	require.NoError(t, err)
	assert.Equal(t, "bar", c.EmployerID)
}

func TestStoredDataThatCannotBeReadIsCorruptNamingTheRecord(t *testing.T) {
	url, schema := freshSchema(t)
	s := openStore(t, url, schema)
	_, err := s.AddSpecialists(ctx, roster...)
	require.NoError(t, err)
	_, err = s.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
	require.NoError(t, err)
	s.Close()
	exec(t, url, `UPDATE `+ident(schema)+`.records SET record = record || '{"pitch": true}'`)
	_, err = Open(ctx, url, Options{Schema: schema})
	require.ErrorIs(t, err, store.ErrCorrupt)
	assert.Contains(t, err.Error(), `contact "k1"`)
	assert.Contains(t, err.Error(), "pitch")

	exec(t, url, `DELETE FROM `+ident(schema)+`.schema_version`)
	_, err = Open(ctx, url, Options{Schema: schema})
	require.ErrorIs(t, err, store.ErrCorrupt)
}

func TestStoresInTwoSchemasOfOneDatabaseDoNotMeet(t *testing.T) {
	a, _, _ := newStore(t)
	b, _, _ := newStore(t)
	_, err := a.AddContacts(ctx, visit("k1", "bar", 3, employer.PurposeIntroduction))
	require.NoError(t, err)
	cs, err := b.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Empty(t, cs)
}

func TestOptionsAreChecked(t *testing.T) {
	_, err := Open(context.Background(), "postgres:///x", Options{Schema: "Robert'); DROP TABLE"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "schema")
}
