package journal_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
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

// open opens a writer on dir with anna on the roster.
func open(t *testing.T, dir string) *journal.Journal {
	t.Helper()
	j, err := journal.Open(dir)
	require.NoError(t, err)
	t.Cleanup(func() { j.Close() })
	_, err = j.AddSpecialists(ctx, store.Specialist{ID: "anna", Name: "Anna"})
	require.NoError(t, err)
	return j
}

func TestFileFormat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "journal") // created on Open
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c2", "2025-03-02T10:00:00+01:00"), contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	require.NoError(t, j.Void(ctx, store.KindContact, "c2", store.Change{By: "anna", Reason: "duplicate",
		At: time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)}))
	lines := strings.Split(strings.TrimSpace(read(t, dir)), "\n")
	want := []string{
		`{"journal":"ipsmatch","schema":2}`,
		`{"kind":"specialist","specialist":{"id":"anna","name":"Anna"}}`,
		`{"commit":1,"crc32c":`,
		`{"kind":"contact","id":"c2","op":"add","contact":{"id":"c2","employer_id":"e1","specialist":"anna","at":"2025-03-02T10:00:00+01:00",`,
		`{"kind":"contact","id":"c1","op":"add","contact":{"id":"c1",`,
		`{"commit":2,"crc32c":`,
		`{"kind":"contact","id":"c2","op":"void","change":{"by":"anna","at":"2025-03-03T08:00:00Z","reason":"duplicate"}}`,
		`{"commit":1,"crc32c":`,
	}
	require.Len(t, lines, len(want))
	for i, w := range want {
		assert.True(t, strings.HasPrefix(lines[i], w), "line %d: %s", i+1, lines[i])
	}
}

func TestIdempotentReAddWritesNothing(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	c := contact("c1", "2025-03-01T09:30:00Z")
	_, err := j.AddContacts(ctx, c)
	require.NoError(t, err)
	before := read(t, dir)
	n, err := j.AddContacts(ctx, c, c)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	assert.Equal(t, before, read(t, dir), "a no-op batch writes no commit line")
}

func TestCorruptLineNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := j.AddContacts(ctx, contact("c1", "2025-03-01T09:30:00Z"))
	require.NoError(t, err)
	require.NoError(t, j.Close())
	good := read(t, dir)
	path := filepath.Join(dir, journal.FileName)
	lines := strings.Split(strings.TrimSpace(good), "\n") // header, anna, commit, c1, commit

	tests := []struct {
		name, want string
		line       int
		edit       func([]string)
	}{
		{"a record line that is not JSON", "malformed", 4, func(ls []string) { ls[3] = `{"kind":"contact",`; ls[4] = commitFor(t, ls[3]) }},
		{"an unknown field in a record", `field "mood"`, 4, func(ls []string) {
			ls[3] = strings.Replace(ls[3], `"id":"c1",`, `"id":"c1","mood":"fine",`, 1)
			ls[4] = commitFor(t, ls[3])
		}},
		{"a commit that counts other lines", "does not match", 5, func(ls []string) { ls[4] = strings.Replace(ls[4], `"commit":1`, `"commit":2`, 1) }},
		{"a record changed after its commit", "checksum does not match", 5, func(ls []string) { ls[3] = strings.Replace(ls[3], `"e1"`, `"e2"`, 2) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := append([]string(nil), lines...)
			tt.edit(ls)
			require.NoError(t, os.WriteFile(path, []byte(strings.Join(ls, "\n")+"\n"), 0o644))
			for _, opener := range []func(string) (*journal.Journal, error){journal.Open, journal.OpenReadOnly} {
				_, err := opener(dir)
				require.ErrorIs(t, err, journal.ErrCorrupt)
				require.ErrorIs(t, err, store.ErrCorrupt)
				var fe *employer.FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tt.line, fe.Line)
				assert.Equal(t, path, fe.File)
				assert.ErrorContains(t, err, tt.want)
			}
		})
	}
	t.Run("a conflict written by hand is corrupt", func(t *testing.T) {
		changed := strings.Replace(lines[3], `"face_to_face"`, `"phone"`, 1)
		ls := append(append([]string(nil), lines...), changed, commitFor(t, changed))
		require.NoError(t, os.WriteFile(path, []byte(strings.Join(ls, "\n")+"\n"), 0o644))
		_, err := journal.Open(dir)
		assert.ErrorIs(t, err, journal.ErrCorrupt)
		assert.ErrorIs(t, err, journal.ErrConflict)
		assert.ErrorContains(t, err, "line 6")
	})
}

func TestSecondWriterLocked(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	_, err := journal.Open(dir)
	require.ErrorIs(t, err, journal.ErrLocked)
	assert.ErrorIs(t, err, store.ErrLocked)
	assert.ErrorContains(t, err, dir)
	require.NoError(t, j.Close())
	k, err := journal.Open(dir)
	require.NoError(t, err, "the lock goes with Close")
	require.NoError(t, k.Close())
}

func read(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, journal.FileName))
	require.NoError(t, err)
	return string(b)
}

func contactIDs(cs []employer.Contact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func civilDay(s string) employer.Date { return civil.MustParse(s) }
