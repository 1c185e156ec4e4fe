package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/match/server"
)

// townIndex indexes the server package's small test town into a folder.
func townIndex(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ix")
	if _, stderr, code := runCLI(t, "index", "--data", "../../match/server/testdata/town", "--index", dir); code != 0 {
		t.Fatalf("index: %s", stderr)
	}
	return dir
}

func TestTokenCreateListRevoke(t *testing.T) {
	dir := townIndex(t)
	out, stderr, code := runCLI(t, "token", "create", "--index", dir, "--role", "specialist", "--specialist", "anna.rossi", "--name", "Anna's phone")
	if code != 0 || !strings.HasPrefix(out, "ipsm_") {
		t.Fatalf("create: %d %q %s", code, out, stderr)
	}
	secret := strings.TrimSpace(out)
	b, err := os.ReadFile(filepath.Join(dir, server.TokensFile))
	if err != nil || strings.Contains(string(b), secret) {
		t.Fatalf("the tokens file holds the secret, or is missing: %v", err)
	}
	if _, stderr, code := runCLI(t, "token", "create", "--index", dir, "--role", "specialist", "--specialist", "nobody"); code == 0 || !strings.Contains(stderr, "anna.rossi") {
		t.Errorf("a specialist not on the roster was accepted: %s", stderr)
	}
	list, _, _ := runCLI(t, "token", "list", "--index", dir)
	if !strings.Contains(list, "anna.rossi") || !strings.Contains(list, "Anna's phone") || strings.Contains(list, secret) {
		t.Errorf("list:\n%s", list)
	}
	tk, _ := server.OpenTokens(filepath.Join(dir, server.TokensFile))
	toks, _ := tk.List()
	if _, ok := tk.Lookup(secret); !ok || len(toks) != 1 {
		t.Fatal("the created token is not accepted")
	}
	if _, stderr, code := runCLI(t, "token", "revoke", toks[0].ID, "--index", dir); code != 0 {
		t.Fatal(stderr)
	}
	if _, ok := tk.Lookup(secret); ok {
		t.Error("a revoked token is still accepted")
	}
}

func TestLoadtestRunsOnACopyAndReportsNoErrors(t *testing.T) {
	dir := townIndex(t)
	before := folderBytes(t, dir)
	out, stderr, code := runCLI(t, "loadtest", "--index", dir, "--clients", "2", "--duration", "500ms", "--today", "2026-11-30")
	if code != 0 {
		t.Fatalf("loadtest: %s\n%s", out, stderr)
	}
	for _, want := range []string{"match", "leads", "contact", "p99 ms", "errors"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if folderBytes(t, dir) != before {
		t.Errorf("the load test wrote into the index it was given")
	}
}

// folderBytes is every file under dir, concatenated with its name.
func folderBytes(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		b.WriteString(path)
		b.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
