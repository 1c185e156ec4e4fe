package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
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

// TestServeAnswersWhatTheCLIDoes runs 'ipsmatch serve' on loopback with a
// gazetteer and asks it, over real HTTP, what 'ipsmatch geocode' and
// 'ipsmatch import' answer on the command line.
func TestServeAnswersWhatTheCLIDoes(t *testing.T) {
	dir := townIndex(t)
	secret, stderr, code := runCLI(t, "token", "create", "--index", dir, "--role", "integration")
	if code != 0 {
		t.Fatal(stderr)
	}
	secret = strings.TrimSpace(secret)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, &env{stdout: io.Discard, stderr: pw, getenv: noEnv},
			[]string{"serve", "--index", dir, "--addr", "127.0.0.1:0", "--geocode", gazetteer, "--today", "2026-11-30"})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v", err)
	}
	go io.Copy(io.Discard, pr) // the request log
	addr := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+`).FindString(line)
	if addr == "" {
		t.Fatalf("no address in %q", line)
	}
	call := func(path, ctype, body string) (int, string) {
		req, _ := http.NewRequest("POST", addr+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+secret)
		req.Header.Set("Content-Type", ctype)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	st, body := call("/v1/geocode", "application/json", `{"addresses":["Imola (BO)"]}`)
	if st != 200 || !strings.Contains(body, "44.35916") {
		t.Errorf("geocode: %d %s", st, body)
	}
	st, body = call("/v1/import?name=aziende.csv&format=csv-employers", "text/csv",
		"id;name;sector_code;address\naz-1;Trattoria Da Bruno;I56;Via Appia 12, 40026 Imola\n")
	if st != 200 || !strings.Contains(body, `"imported":1`) || !strings.Contains(body, "40026 Imola (BO)") {
		t.Errorf("import: %d %s", st, body)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve ended with %d", code)
	}
}
