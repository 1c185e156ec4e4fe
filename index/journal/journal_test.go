package journal_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var ctx = context.Background()

func contact(id string, at string) employer.Contact {
	t, _ := time.Parse(time.RFC3339, at)
	return employer.Contact{ID: id, EmployerID: "e1", Specialist: "anna", At: t,
		Type: employer.FaceToFace, Purpose: employer.PurposeIntroduction}
}

func placement(id, start string) employer.Placement {
	return employer.Placement{ID: id, ClientID: "c-01", EmployerID: "e1", Title: "kitchen porter",
		Hours: 18, Start: civil.MustParse(start)}
}

func open(t *testing.T, dir string) *journal.Journal {
	t.Helper()
	j, err := journal.Open(dir)
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	return j
}

func TestDurableAcrossReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "journal") // created on Open
	j := open(t, dir)
	n, err := j.AddContacts(ctx, contact("c2", "2025-03-02T10:00:00+01:00"), contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	n, err = j.AddPlacements(ctx, placement("p1", "2025-04-01"))
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	ended := placement("p1", "2025-04-01")
	ended.End, ended.EndReason = civil.MustParse("2025-05-01"), employer.EndBetterJob
	n, err = j.AddPlacements(ctx, ended)
	require.NoError(t, err)
	assert.Equal(t, 1, n, "ending a job is an update")
	wantContacts, wantPlacements := j.Contacts(), j.Placements()
	require.NoError(t, j.Close())
	require.NoError(t, j.Close(), "closing twice is harmless")
	_, err = j.AddContacts(ctx, contact("c3", "2025-03-03T10:00:00Z"))
	assert.ErrorIs(t, err, journal.ErrClosed)

	k := open(t, dir)
	assert.Equal(t, wantContacts, k.Contacts())
	assert.Equal(t, []string{"c1", "c2"}, ids(k.Contacts()), "sorted by time")
	assert.Equal(t, wantPlacements, k.Placements())
	p, ok := k.Placement("p1")
	require.True(t, ok)
	assert.Equal(t, "2025-05-01", p.End.String(), "the latest version wins")
	c, ok := k.Contact("c2")
	require.True(t, ok)
	assert.Equal(t, 2, c.At.Day())
	_, ok = k.Contact("nope")
	assert.False(t, ok)

	lines := strings.Split(strings.TrimSpace(read(t, dir)), "\n")
	assert.Len(t, lines, 4, "two contacts, a placement and its end")
	assert.True(t, strings.HasPrefix(lines[0], `{"kind":"contact","record":{"id":"c2",`), lines[0])
}

func TestIdempotentReAdd(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	c := contact("c1", "2025-03-01T09:30:00Z")
	_, err := j.AddContacts(ctx, c)
	require.NoError(t, err)
	before := read(t, dir)
	n, err := j.AddContacts(ctx, c, c)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	n, err = j.AddPlacements(ctx, placement("p1", "2025-04-01"), placement("p1", "2025-04-01"))
	require.NoError(t, err)
	assert.Equal(t, 1, n, "a duplicate within a batch is written once")
	n, err = j.AddPlacements(ctx, placement("p1", "2025-04-01"))
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	assert.Len(t, j.Contacts(), 1)
	assert.Len(t, strings.Split(strings.TrimSpace(read(t, dir)), "\n"), 2)
	assert.True(t, strings.HasPrefix(read(t, dir), before))
}

func TestConflict(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	_, err = j.AddPlacements(ctx, placement("p1", "2025-04-01"))
	require.NoError(t, err)
	before := read(t, dir)

	changed := contact("c1", "2025-03-01T09:30:00Z")
	changed.Learned = "needs a dishwasher"
	n, err := j.AddContacts(ctx, contact("c9", "2025-03-09T09:30:00Z"), changed)
	assert.ErrorIs(t, err, journal.ErrConflict)
	assert.ErrorContains(t, err, `"c1"`)
	assert.Equal(t, 0, n)
	_, ok := j.Contact("c9")
	assert.False(t, ok, "nothing of the batch is kept")

	moved := placement("p1", "2025-04-01")
	moved.EmployerID = "e2"
	moved.End = civil.MustParse("2025-05-01")
	_, err = j.AddPlacements(ctx, moved)
	assert.ErrorIs(t, err, journal.ErrConflict, "ending a job cannot change the rest")

	ended := placement("p1", "2025-04-01")
	ended.End = civil.MustParse("2025-05-01")
	_, err = j.AddPlacements(ctx, ended)
	require.NoError(t, err)
	ended.End = civil.MustParse("2025-06-01")
	_, err = j.AddPlacements(ctx, ended)
	assert.ErrorIs(t, err, journal.ErrConflict, "an end once recorded is kept")
	reopened := placement("p1", "2025-04-01")
	_, err = j.AddPlacements(ctx, reopened)
	assert.ErrorIs(t, err, journal.ErrConflict, "an ended job is not reopened")

	after := read(t, dir)
	assert.True(t, strings.HasPrefix(after, before))
	assert.Len(t, strings.Split(strings.TrimSpace(after), "\n"), 3, "only the end was written")
}

func TestInvalidRecordWritesNothing(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	bad := contact("c2", "2025-03-02T10:00:00Z")
	bad.Purpose = "pitch"
	n, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"), bad)
	var fe *employer.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "purpose", fe.Field)
	assert.ErrorIs(t, err, employer.ErrUnknownValue)
	assert.Equal(t, 0, n)
	assert.Empty(t, j.Contacts())
	assert.Empty(t, read(t, dir))

	_, err = j.AddPlacements(ctx, employer.Placement{ID: "p1"})
	assert.ErrorIs(t, err, employer.ErrRequired)
	assert.Empty(t, j.Placements())
}

func TestTornLastLine(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	require.NoError(t, j.Close())
	whole := read(t, dir)
	// A crash mid-write leaves part of a line with no newline.
	appendFile(t, dir, `{"kind":"contact","record":{"id":"c2","employer_id":"e1","spec`)

	k := open(t, dir)
	assert.Equal(t, []string{"c1"}, ids(k.Contacts()), "the torn line is ignored")
	assert.Contains(t, read(t, dir), `"c2"`, "and left alone until the next append")
	_, err = k.AddContacts(ctx, contact("c3", "2025-03-03T09:30:00Z"))
	require.NoError(t, err)
	after := read(t, dir)
	assert.True(t, strings.HasPrefix(after, whole))
	assert.NotContains(t, after, `"c2"`, "cut off before appending")
	require.NoError(t, k.Close())

	l := open(t, dir)
	assert.Equal(t, []string{"c1", "c3"}, ids(l.Contacts()))
}

func TestCorruptLineNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	require.NoError(t, j.Close())
	good := read(t, dir)

	tests := []struct {
		name, line, want string
	}{
		{"not JSON", `{"kind":"contact",`, "line 2"},
		{"unknown kind", `{"kind":"vacancy","record":{"id":"v1"}}`, `unknown kind "vacancy"`},
		{"unknown field in a record", `{"kind":"contact","record":{"id":"c2","mood":"fine"}}`, `field "mood"`},
		{"invalid record", `{"kind":"placement","record":{"id":"p1","client_id":"c-01","employer_id":"e1","title":"porter","start":"2025-04-01","end":"2025-03-01"}}`, `field "end"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, journal.FileName), []byte(good+tt.line+"\n"+good), 0o644))
			_, err := journal.Open(dir)
			require.ErrorIs(t, err, journal.ErrCorrupt)
			var fe *employer.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, 2, fe.Line)
			assert.Equal(t, filepath.Join(dir, journal.FileName), fe.File)
			assert.ErrorContains(t, err, journal.FileName+" line 2")
			assert.ErrorContains(t, err, tt.want)
		})
	}
	t.Run("a bad last line with its newline is corrupt, not torn", func(t *testing.T) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, journal.FileName), []byte(good+"{\n"), 0o644))
		_, err := journal.Open(dir)
		assert.ErrorIs(t, err, journal.ErrCorrupt)
	})
	t.Run("a conflict written by hand is corrupt", func(t *testing.T) {
		changed := strings.Replace(good, `"anna"`, `"marco"`, 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, journal.FileName), []byte(good+changed), 0o644))
		_, err := journal.Open(dir)
		assert.ErrorIs(t, err, journal.ErrCorrupt)
		assert.ErrorIs(t, err, journal.ErrConflict)
	})
}

func TestSecondWriterLocked(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := journal.Open(dir)
	require.ErrorIs(t, err, journal.ErrLocked)
	assert.ErrorContains(t, err, dir)
	require.NoError(t, j.Close())
	k, err := journal.Open(dir)
	require.NoError(t, err, "the lock goes with Close")
	require.NoError(t, k.Close())
}

func TestCancelledContextWritesNothing(t *testing.T) {
	j := journal.OpenMemory()
	c, cancel := context.WithCancel(ctx)
	cancel()
	_, err := j.AddContacts(c, contact("c1", "2025-03-01T09:30:00Z"))
	assert.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, j.Contacts())
}

func TestMemoryFollowsTheSameRules(t *testing.T) {
	j := journal.OpenMemory()
	n, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	changed := contact("c1", "2025-03-01T09:30:00Z")
	changed.Type = employer.Phone
	_, err = j.AddContacts(ctx, changed)
	assert.ErrorIs(t, err, journal.ErrConflict)
	require.NoError(t, j.Close())
}

func TestConcurrentAdds(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				at := fmt.Sprintf("2025-03-%02dT%02d:00:00Z", 1+i%28, w)
				c := contact(fmt.Sprintf("c-%d-%d", w, i), at)
				if _, err := j.AddContacts(ctx, c, c); err != nil {
					errs <- err
					return
				}
				if _, err := j.AddPlacements(ctx, placement(fmt.Sprintf("p-%d", i), "2025-04-01")); err != nil {
					errs <- err // every writer adds the same placements: idempotent
					return
				}
				_ = j.Contacts()
				_, _ = j.Contact(c.ID)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Len(t, j.Contacts(), writers*each)
	assert.Len(t, j.Placements(), each)
	require.NoError(t, j.Close())
	k := open(t, dir)
	assert.Len(t, k.Contacts(), writers*each)
	assert.Len(t, strings.Split(strings.TrimSpace(read(t, dir)), "\n"), writers*each+each)
}

func ids(cs []employer.Contact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func read(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, journal.FileName))
	require.NoError(t, err)
	return string(b)
}

func appendFile(t *testing.T, dir, s string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, journal.FileName), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(s)
	require.NoError(t, err)
	require.NoError(t, f.Close())
}
