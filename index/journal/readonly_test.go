package journal_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

func TestReaderBesideWriterInOneProcess(t *testing.T) {
	dir := t.TempDir()
	w := open(t, dir)
	r, err := journal.OpenReadOnly(dir)
	require.NoError(t, err, "a reader opens while the writer holds the lock")
	defer r.Close()
	r2, err := journal.OpenReadOnly(dir)
	require.NoError(t, err, "and so does another")
	defer r2.Close()
	_, err = journal.Open(dir)
	require.ErrorIs(t, err, journal.ErrLocked, "a second writer does not")

	_, err = w.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"), contact("c2", "2025-03-02T09:30:00Z"))
	require.NoError(t, err)
	cs, err := r.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, []string{"c1", "c2"}, contactIDs(cs), "the reader catches up on its next read")
	require.NoError(t, w.Void(ctx, store.KindContact, "c1", store.Change{By: "anna", Reason: "duplicate"}))
	d, err := r.Derived(ctx)
	require.NoError(t, err)
	rel, ok := d.Relationship("e1", civilDay("2025-06-30"))
	require.True(t, ok)
	assert.Equal(t, 1, rel.Contacts, "derived state follows the writer's void")
	roster, err := r2.Specialists(ctx)
	require.NoError(t, err)
	assert.Len(t, roster, 1)

	_, err = r.AddContacts(ctx, contact("c3", "2025-03-03T09:30:00Z"))
	assert.ErrorIs(t, err, store.ErrReadOnly)
	assert.ErrorIs(t, r.Void(ctx, store.KindContact, "c2", store.Change{By: "anna", Reason: "x"}), store.ErrReadOnly)
	_, err = r.AddSpecialists(ctx, store.Specialist{ID: "marco"})
	assert.ErrorIs(t, err, store.ErrReadOnly)
}

func TestReaderBeforeTheFileExists(t *testing.T) {
	dir := t.TempDir()
	r, err := journal.OpenReadOnly(dir)
	require.NoError(t, err)
	defer r.Close()
	cs, err := r.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Empty(t, cs)
	w := open(t, dir)
	_, err = w.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	cs, err = r.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Len(t, cs, 1)
	// An index whose first import was cut short has no journal folder yet:
	// it reads as empty, and the reader sees the writer that creates it.
	missing := filepath.Join(dir, "missing")
	r2, err := journal.OpenReadOnly(missing)
	require.NoError(t, err)
	defer r2.Close()
	cs, err = r2.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Empty(t, cs)
	w2 := open(t, missing)
	_, err = w2.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	cs, err = r2.Contacts(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Len(t, cs, 1)
	file := filepath.Join(dir, "a-file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, err = journal.OpenReadOnly(file)
	assert.Error(t, err, "a file is not a journal folder")
}

// The writer process of TestReaderBesideWriterProcess: the test binary run
// again with this variable naming the directory.
const writerEnv = "IPSMATCH_JOURNAL_TEST_WRITER"

const procBatches, procBatch = 40, 5

func TestMain(m *testing.M) {
	if dir := os.Getenv(writerEnv); dir != "" {
		os.Exit(writerProcess(dir))
	}
	os.Exit(m.Run())
}

// writerProcess appends batches, then holds the lock until told to stop.
func writerProcess(dir string) int {
	j, err := journal.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer j.Close()
	if _, err := j.AddSpecialists(ctx, store.Specialist{ID: "anna"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for b := range procBatches {
		cs := make([]employer.Contact, procBatch)
		for i := range cs {
			cs[i] = contact(fmt.Sprintf("c-%02d-%d", b, i), fmt.Sprintf("2025-03-%02dT09:30:00Z", 1+b%28))
		}
		if _, err := j.AddContacts(ctx, cs...); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(dir, "stop")); err == nil {
			return 0
		}
	}
	return 2
}

func TestReaderBesideWriterProcess(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+dir)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	waited := false
	defer func() {
		if !waited {
			_ = os.WriteFile(filepath.Join(dir, "stop"), nil, 0o644)
			_ = cmd.Wait()
		}
	}()

	r, err := journal.OpenReadOnly(dir)
	require.NoError(t, err)
	defer r.Close()
	seen, reads := 0, 0
	for deadline := time.Now().Add(20 * time.Second); seen < procBatches*procBatch; reads++ {
		require.True(t, time.Now().Before(deadline), "the writer process stalled at %d contacts", seen)
		cs, err := r.Contacts(ctx, store.Filter{})
		require.NoError(t, err)
		require.Zero(t, len(cs)%procBatch, "a reader saw part of a batch: %d contacts", len(cs))
		require.GreaterOrEqual(t, len(cs), seen, "a reader lost contacts")
		seen = len(cs)
	}
	t.Logf("%d reads while the writer process wrote", reads)
	_, err = journal.Open(dir)
	require.ErrorIs(t, err, journal.ErrLocked, "the other process holds the lock")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "stop"), nil, 0o644))
	waited = true
	require.NoError(t, cmd.Wait())
	w, err := journal.Open(dir)
	require.NoError(t, err, "the lock went with the process")
	require.NoError(t, w.Close())
}
