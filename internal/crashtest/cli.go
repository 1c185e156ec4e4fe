package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// cliScenario: `ipsmatch index --data DIR --index IX` on the demo town's
// files plus generated vacancies, built once with go build.
func cliScenario(c *config) *scenario {
	ixDir := func(run string) string { return filepath.Join(run, "ix") }
	s := &scenario{name: "cli", appears: ixDir}
	var bin, data, client string
	var want state
	s.cmd = func(run string) *exec.Cmd {
		return exec.Command(bin, "index", "--data", data, "--index", ixDir(run))
	}
	read := func(ctx context.Context, ix string) (state, error) {
		st, err := readIndex(ctx, ix)
		if err != nil {
			return st, err
		}
		if !exists(filepath.Join(ix, "journal")) {
			return st, nil
		}
		js, err := readJournal(filepath.Join(ix, "journal"))
		st.contacts, st.placements = js.contacts, js.placements
		return st, err
	}
	match := func(ix string) []violation {
		out, err := exec.Command(bin, "match", "--index", ix, "--client", client).CombinedOutput()
		if err != nil {
			return []violation{{"cli-opens", fmt.Sprintf("ipsmatch match --index: %v: %s", err, lastLine(string(out)))}}
		}
		return nil
	}
	s.prepare = func(ctx context.Context, work string) error {
		var err error
		if bin, err = buildCLI(work); err != nil {
			return err
		}
		if data, client, err = cliData(work, c); err != nil {
			return err
		}
		ref := filepath.Join(work, "ref")
		_ = os.RemoveAll(ref)
		if err := os.MkdirAll(ref, 0o755); err != nil {
			return err
		}
		if s.refDuration, _, err = timed(s.cmd(ref)); err != nil {
			return fmt.Errorf("reference run: %w", err)
		}
		if want, err = read(ctx, ixDir(ref)); err != nil {
			return fmt.Errorf("reference run: %w", err)
		}
		return os.RemoveAll(ref)
	}
	s.afterKill = func(ctx context.Context, run string, acked int) []violation {
		ix := ixDir(run)
		_, vs := absentOrComplete(ctx, ix)
		if len(vs) > 0 || !exists(ix) {
			return vs
		}
		if j := filepath.Join(ix, "journal"); exists(j) {
			if _, err := readJournal(j); err != nil {
				return []violation{{"journal-opens", "journal.Open: " + oneLine(err)}}
			}
		}
		return match(ix)
	}
	s.converged = func(ctx context.Context, run string) []violation {
		st, err := read(ctx, ixDir(run))
		if err != nil {
			return []violation{{"opens", "after the re-run: " + oneLine(err)}}
		}
		return append(append(converges(st, want), noTemps(ixDir(run))...), match(ixDir(run))...)
	}
	return s
}

// buildCLI builds examples/ipsmatch into work, from the module this
// command runs in.
func buildCLI(work string) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		return "", fmt.Errorf("finding the module (run from inside it): %v", err)
	}
	bin := filepath.Join(work, "ipsmatch")
	build := exec.Command("go", "build", "-o", bin, "./examples/ipsmatch")
	build.Dir = filepath.Dir(strings.TrimSpace(string(out)))
	if b, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./examples/ipsmatch: %v: %s", err, b)
	}
	return bin, nil
}

// cliData copies the demo town's data folder into work and adds generated
// vacancies of its employers, so that the CLI writes several batches. It
// returns the folder and one client profile.
func cliData(work string, c *config) (dir, client string, err error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", "", err
	}
	demo := filepath.Join(filepath.Dir(strings.TrimSpace(string(out))), "examples", "demo", "data")
	dir = filepath.Join(work, "data")
	_ = os.RemoveAll(dir)
	if err := os.CopyFS(dir, os.DirFS(demo)); err != nil {
		return "", "", fmt.Errorf("copying the demo data: %w", err)
	}
	f, err := os.Open(filepath.Join(dir, "employers.jsonl"))
	if err != nil {
		return "", "", err
	}
	emps, err := employer.ReadEmployers(f, f.Name())
	f.Close()
	if err != nil || len(emps) == 0 {
		return "", "", fmt.Errorf("demo employers: %v", err)
	}
	vf, err := os.OpenFile(filepath.Join(dir, "vacancies.jsonl"), os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return "", "", err
	}
	enc := json.NewEncoder(vf)
	for k := 0; k*c.vacsPerBatch < c.cliExtraVacancies; k++ {
		_, vacs := indexBatch(c.seed, 900+k%99, c.vacsPerBatch)
		for i, v := range vacs {
			v.ID = fmt.Sprintf("x-%03d-%05d", k, i)
			v.EmployerID = emps[(k*c.vacsPerBatch+i)%len(emps)].ID
			if err := enc.Encode(v); err != nil {
				vf.Close()
				return "", "", err
			}
		}
	}
	if err := vf.Close(); err != nil {
		return "", "", err
	}
	clients, _ := filepath.Glob(filepath.Join(dir, "clients", "*.json"))
	if len(clients) == 0 {
		return "", "", fmt.Errorf("no client profile in %s/clients", dir)
	}
	return dir, clients[0], nil
}
