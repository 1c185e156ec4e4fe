package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
	"github.com/ipsmatch/ipsmatch/match/workspace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A typo in a specialist's name is refused with the roster; a wrong
// contact is amended, then voided, and every figure follows while each
// version stays readable.
func TestCorrectingTheLog(t *testing.T) {
	ix := jdDemoIndex(t)
	idx := []string{"--index", ix, "--today", jdDay}
	add := append([]string{"contact", "add", "--employer", "e-082", "--type", "face_to_face", "--purpose", "learn_business",
		"--date", "2026-11-20", "--id", "ct-typo"}, idx...)

	code, _, stderr := jdRun(t, append(add, "--specialist", "anna.rosi")...)
	require.Equal(t, 1, code)
	assert.Contains(t, stderr, `specialist not on the roster: "anna.rosi"`)
	assert.Contains(t, stderr, "known: anna.rossi, marco.bianchi, sara.conti", "the error lists the roster")

	jdMustRun(t, append(add, "--specialist", "anna.rossi")...)
	out := jdMustRun(t, append([]string{"employer", "show", "e-082"}, idx...)...)
	assert.Contains(t, out, "4 contacts, 3 face-to-face")
	assert.Contains(t, out, "2026-11-20  ct-typo  face-to-face visit to learn the business by anna.rossi")

	// Amend: the visit was a phone call by marco, and a follow-up is due.
	jdMustRun(t, append([]string{"contact", "amend", "--id", "ct-typo", "--by", "sara.conti", "--reason", "entered under the wrong name",
		"--specialist", "marco.bianchi", "--type", "phone", "--follow-up-date", "2026-11-25"}, idx...)...)
	out = jdMustRun(t, append([]string{"contact", "list", "--employer", "e-082", "--specialist", "marco.bianchi"}, idx...)...)
	assert.Contains(t, out, "ct-typo")
	assert.Contains(t, out, "phone")
	out = jdMustRun(t, append([]string{"followups", "--specialist", "marco.bianchi"}, idx...)...)
	assert.Contains(t, out, "2026-11-25", "the amended follow-up is due")
	rep := jdDecode[fidelity.Report](t, jdMustRun(t, append([]string{"report", "--json", "--from", "2026-11-16", "--to", "2026-11-22"}, idx...)...))
	for _, s := range rep.Specialists {
		assert.NotEqual(t, "anna.rosi", s.Name, "no phantom specialist")
	}

	code, _, stderr = jdRun(t, append([]string{"contact", "amend", "--id", "ct-typo", "--by", "sara.conti", "--specialist", "x"}, idx...)...)
	assert.Equal(t, 2, code, "a correction without a reason is a usage error")
	assert.Contains(t, stderr, "--reason")

	// Void: it counts nowhere, but its history stays.
	jdMustRun(t, append([]string{"contact", "void", "--id", "ct-typo", "--by", "sara.conti", "--reason", "never happened"}, idx...)...)
	out = jdMustRun(t, append([]string{"contact", "list", "--employer", "e-082"}, idx...)...)
	assert.NotContains(t, out, "ct-typo")
	out = jdMustRun(t, append([]string{"followups"}, idx...)...)
	assert.NotContains(t, out, "2026-11-25")
	out = jdMustRun(t, append([]string{"contact", "show", "ct-typo"}, idx...)...)
	assert.Contains(t, out, "version 1: add")
	assert.Contains(t, out, "version 2: amend by sara.conti")
	assert.Contains(t, out, "entered under the wrong name")
	assert.Contains(t, out, "version 3: void by sara.conti")

	code, _, stderr = jdRun(t, append([]string{"contact", "amend", "--id", "nope", "--by", "sara.conti", "--reason", "x", "--type", "phone"}, idx...)...)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no such record")
}

func TestPlacementAmendAndVoid(t *testing.T) {
	ix := jdDemoIndex(t)
	idx := []string{"--index", ix, "--today", jdDay}
	jdMustRun(t, append([]string{"placement", "amend", "--id", "pl-06", "--by", "anna.rossi", "--reason", "the job ended",
		"--end", "2026-11-01", "--end-reason", "quit"}, idx...)...)
	out := jdMustRun(t, append([]string{"placement", "list", "--employer", "caffe-aurora"}, idx...)...)
	assert.Contains(t, out, "2026-11-01")
	jdMustRun(t, append([]string{"placement", "void", "--id", "pl-06", "--by", "anna.rossi", "--reason", "entered twice"}, idx...)...)
	out = jdMustRun(t, append([]string{"employer", "show", "caffe-aurora"}, idx...)...)
	assert.NotContains(t, out, "pl-06")
	assert.Contains(t, out, "hired 1 client", "the track record follows the void")
}

func TestRosterCommands(t *testing.T) {
	ix := jdDemoIndex(t)
	out := jdMustRun(t, "specialist", "add", "--index", ix, "luca.verdi", "--name", "Luca Verdi")
	assert.Contains(t, out, "added luca.verdi")
	out = jdMustRun(t, "specialist", "list", "--index", ix)
	assert.Contains(t, out, "luca.verdi")
	assert.Contains(t, out, "Anna Rossi")
	code, _, stderr := jdRun(t, "specialist", "add", "--index", ix, "anna.rossi", "--name", "Anna Bianchi")
	assert.Equal(t, 1, code, "an id already on the roster keeps its name")
	assert.Contains(t, stderr, "another name")
}

// Issue: index --data stored contacts with no disclosure check, for a
// client who chose none and for a client outside the caseload. It now
// refuses the folder before writing anything.
func TestIndexDataChecksTheWholeFolderFirst(t *testing.T) {
	for name, line := range map[string]string{
		"a presentation for a client who chose none":  `{"id":"bad","employer_id":"caffe-aurora","specialist":"anna.rossi","at":"2026-11-20T10:00:00Z","type":"face_to_face","purpose":"present_candidate","client_id":"davide"}`,
		"a contact for a client outside the caseload": `{"id":"bad","employer_id":"caffe-aurora","specialist":"anna.rossi","at":"2026-11-20T10:00:00Z","type":"face_to_face","purpose":"present_candidate","client_id":"stranger"}`,
	} {
		t.Run(name, func(t *testing.T) {
			data := copyDemo(t)
			f, err := os.OpenFile(filepath.Join(data, "contacts.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
			require.NoError(t, err)
			_, err = f.WriteString(line + "\n")
			require.NoError(t, err)
			require.NoError(t, f.Close())
			ix := filepath.Join(t.TempDir(), "ix")
			code, _, stderr := jdRun(t, "index", "--data", data, "--index", ix)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr, `record "bad": field "client_id"`)
			ws, err := workspace.Open(context.Background(), workspace.Options{Index: ix, ReadOnly: true})
			require.NoError(t, err)
			defer ws.Close()
			emps, vacs := ws.Index.Count()
			assert.Zero(t, emps+vacs, "no employer or vacancy was written either")
			cs, err := ws.Store.Contacts(context.Background(), store.Filter{})
			require.NoError(t, err)
			assert.Empty(t, cs)
		})
	}
}

// Issue: --clients OTHERDIR, a profile dropped in the index folder and
// plan --caseload DIR each overrode the caseload an index was built with.
func TestTheCaseloadCannotBeSwappedBehindTheIndex(t *testing.T) {
	ix := jdDemoIndex(t)
	evil := t.TempDir()
	profile := `{"id":"davide","specialist":"anna.rossi","enrolled":"2026-09-01","disclosure":"full"}`
	require.NoError(t, os.WriteFile(filepath.Join(evil, "davide.json"), []byte(profile), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(ix, "clients"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(ix, "clients", "davide.json"), []byte(profile), 0o644))

	code, _, _ := jdRun(t, "match", "--index", ix, "--client", "davide", "--clients", evil)
	assert.Equal(t, 2, code, "--clients no longer exists")
	code, _, stderr := jdRun(t, "plan", "--index", ix, "--specialist", "anna.rossi", "--caseload", evil, "--today", jdDay)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "caseload set")
	code, _, stderr = jdRun(t, "match", "--index", ix, "--client", filepath.Join(evil, "davide.json"), "--today", jdDay)
	assert.Equal(t, 1, code, "a file for a caseload client must match the caseload")
	assert.Contains(t, stderr, "differs from the caseload")

	out := jdMustRun(t, "match", "--index", ix, "--client", "davide", "--today", jdDay, "--json")
	assert.NotContains(t, out, "specialist_may", "the profile in the index folder changed nothing")
	code, _, stderr = jdRun(t, "contact", "add", "--index", ix, "--today", jdDay, "--employer", "caffe-aurora", "--specialist", "anna.rossi",
		"--type", "face_to_face", "--purpose", "present_candidate", "--client", "davide")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "refused")

	// Changing the caseload is one explicit, reported command.
	out = jdMustRun(t, "caseload", "set", "--index", ix, evil)
	assert.Contains(t, out, "1 clients")
	assert.Contains(t, out, "disclosure choice changed")
	assert.Contains(t, out, "davide")
	assert.True(t, strings.Contains(out, "removed: "), out)
}

// A reading command works while another holds the index as its writer.
func TestReadingBesideAWriter(t *testing.T) {
	ix := jdDemoIndex(t)
	ws, err := workspace.Open(context.Background(), workspace.Options{Index: ix})
	require.NoError(t, err)
	defer ws.Close()
	out := jdMustRun(t, "match", "--index", ix, "--client", "lucia", "--today", jdDay)
	assert.Contains(t, out, "Aiuto cuoco part-time")
	code, _, stderr := jdRun(t, "contact", "add", "--index", ix, "--today", jdDay, "--employer", "caffe-aurora", "--specialist", "anna.rossi",
		"--type", "phone", "--purpose", "introduction")
	assert.Equal(t, 1, code, "a second writer is refused")
	assert.Contains(t, stderr, "in use by another process")
}
