package journal_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/index/store/storetest"
)

func TestStoreContractOnDisk(t *testing.T) {
	storetest.Factory{
		Open: func(t *testing.T) store.Store {
			j, err := journal.Open(filepath.Join(t.TempDir(), "journal"))
			require.NoError(t, err)
			return j
		},
		Reopen: func(t *testing.T, s store.Store) store.Store {
			j := s.(*journal.Journal)
			require.NoError(t, j.Close())
			k, err := journal.Open(j.Dir())
			require.NoError(t, err)
			return k
		},
	}.Run(t)
}

func TestStoreContractInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return journal.OpenMemory() })
}
