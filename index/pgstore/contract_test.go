package pgstore

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/index/store/storetest"
)

// TestContract runs the suite every home of the log passes, each subtest
// on a schema of its own.
func TestContract(t *testing.T) {
	pgURL(t)
	schemaOf := map[store.Store]string{}
	storetest.Factory{
		Open: func(t *testing.T) store.Store {
			url, schema := freshSchema(t)
			s := openStore(t, url, schema)
			schemaOf[s] = schema
			return s
		},
		Reopen: func(t *testing.T, old store.Store) store.Store {
			schema := schemaOf[old]
			require.NoError(t, old.Close())
			s := openStore(t, pgURL(t), schema)
			schemaOf[s] = schema
			return s
		},
	}.Run(t)
}
