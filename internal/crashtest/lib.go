package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"

	"github.com/ipsmatch/ipsmatch/index/journal"
)

// config sizes the generated writes.
type config struct {
	self              string // this binary, re-run as the child
	seed              uint64
	vacsPerBatch      int // vacancies per index batch (plus one employer)
	createBatches     int
	importBatches     int
	contactsPerBatch  int
	journalBatches    int
	cliExtraVacancies int
}

func (c *config) child(a childArgs) *exec.Cmd {
	a.seed = c.seed
	return exec.Command(c.self, a.argv()...)
}

// expectedIndex is the state of a clean run over batches 0..n-1.
func (c *config) expectedIndex(n int) state {
	var s state
	for k := range n {
		emps, vacs := indexBatch(c.seed, k, c.vacsPerBatch)
		for _, e := range emps {
			s.employers = append(s.employers, e.ID)
		}
		for _, v := range vacs {
			s.vacancies = append(s.vacancies, v.ID)
		}
	}
	slices.Sort(s.employers)
	slices.Sort(s.vacancies)
	return s
}

func (c *config) expectedJournal(n int) state {
	var s state
	for k := range n {
		for _, ct := range contactBatch(c.seed, k, c.contactsPerBatch) {
			s.contacts = append(s.contacts, ct.ID)
		}
	}
	slices.Sort(s.contacts)
	return s
}

// measure sets the scenario's reference duration from one clean run of
// its child in work/ref, and checks that run gives want.
func measure(ctx context.Context, s *scenario, work string, read func(string) (state, error), want state) error {
	ref := filepath.Join(work, "ref")
	_ = os.RemoveAll(ref)
	if err := os.MkdirAll(ref, 0o755); err != nil {
		return err
	}
	if s.setup != nil {
		if err := s.setup(ref); err != nil {
			return err
		}
	}
	d, acks, err := timed(s.cmd(ref))
	if err != nil {
		return fmt.Errorf("reference run: %w", err)
	}
	s.refDuration, s.refAcks = d, acks
	got, err := read(ref)
	if err != nil {
		return fmt.Errorf("reference run: %w", err)
	}
	if got.digest() != want.digest() {
		return fmt.Errorf("reference run holds %v, want %v", got, want)
	}
	return os.RemoveAll(ref)
}

// converges compares a re-run's state with the clean one.
func converges(got, want state) []violation {
	if got.digest() != want.digest() {
		return []violation{{"converges", fmt.Sprintf("re-run holds %v, a clean run %v", got, want)}}
	}
	return nil
}

func noTemps(ix string) []violation {
	if t := tempSiblings(ix); len(t) > 0 {
		return []violation{{"temp-removed", fmt.Sprintf("%d creation folders left beside the index after a clean open, e.g. %s", len(t), filepath.Base(t[0]))}}
	}
	return nil
}

// createScenario: index creation and its first batches, in a new folder.
func createScenario(c *config) *scenario {
	want := c.expectedIndex(c.createBatches)
	size := c.vacsPerBatch + 1
	ixDir := func(run string) string { return filepath.Join(run, "ix") }
	s := &scenario{name: "create", appears: ixDir}
	s.cmd = func(run string) *exec.Cmd {
		return c.child(childArgs{mode: "index", dir: ixDir(run), first: 0, count: c.createBatches, size: c.vacsPerBatch})
	}
	s.prepare = func(ctx context.Context, work string) error {
		return measure(ctx, s, work, func(run string) (state, error) { return readIndex(ctx, ixDir(run)) }, want)
	}
	s.afterKill = func(ctx context.Context, run string, acked int) []violation {
		st, vs := absentOrComplete(ctx, ixDir(run))
		if len(vs) > 0 {
			return vs
		}
		return checkBatches(batchCounts(st.employers, st.vacancies), 0, c.createBatches, size, acked)
	}
	s.converged = func(ctx context.Context, run string) []violation {
		st, err := readIndex(ctx, ixDir(run))
		if err != nil {
			return []violation{{"opens", "after the re-run: " + oneLine(err)}}
		}
		return append(converges(st, want), noTemps(ixDir(run))...)
	}
	return s
}

// importScenario: many batches into an index that exists, holding batch 0.
func importScenario(c *config) *scenario {
	want := c.expectedIndex(c.importBatches)
	size := c.vacsPerBatch + 1
	s := &scenario{name: "import"}
	var base string
	ixDir := func(run string) string { return filepath.Join(run, "ix") }
	s.setup = func(run string) error { return os.CopyFS(ixDir(run), os.DirFS(base)) }
	s.cmd = func(run string) *exec.Cmd {
		return c.child(childArgs{mode: "index", dir: ixDir(run), first: 1, count: c.importBatches - 1, size: c.vacsPerBatch})
	}
	s.prepare = func(ctx context.Context, work string) error {
		base = filepath.Join(work, "base")
		_ = os.RemoveAll(base)
		if err := complete(c.child(childArgs{mode: "index", dir: base, first: 0, count: 1, size: c.vacsPerBatch})); err != nil {
			return fmt.Errorf("base index: %w", err)
		}
		return measure(ctx, s, work, func(run string) (state, error) { return readIndex(ctx, ixDir(run)) }, want)
	}
	s.afterKill = func(ctx context.Context, run string, acked int) []violation {
		st, err := readIndex(ctx, ixDir(run))
		if err != nil {
			return []violation{{"opens", "index.Open: " + oneLine(err)}}
		}
		// Batch 0 was there before: it counts as acknowledged.
		return checkBatches(batchCounts(st.employers, st.vacancies), 0, c.importBatches, size, acked+1)
	}
	s.converged = func(ctx context.Context, run string) []violation {
		st, err := readIndex(ctx, ixDir(run))
		if err != nil {
			return []violation{{"opens", "after the re-run: " + oneLine(err)}}
		}
		return converges(st, want)
	}
	return s
}

// journalScenario: large contact batches into a journal.
func journalScenario(c *config) *scenario {
	want := c.expectedJournal(c.journalBatches)
	jDir := func(run string) string { return filepath.Join(run, "journal") }
	s := &scenario{name: "journal", grows: func(run string) string { return filepath.Join(jDir(run), journal.FileName) }}
	s.cmd = func(run string) *exec.Cmd {
		return c.child(childArgs{mode: "journal", dir: jDir(run), first: 0, count: c.journalBatches, size: c.contactsPerBatch})
	}
	s.prepare = func(ctx context.Context, work string) error {
		return measure(ctx, s, work, func(run string) (state, error) {
			if st, err := os.Stat(s.grows(run)); err == nil {
				s.refSize = st.Size()
			}
			return readJournal(jDir(run))
		}, want)
	}
	s.afterKill = func(ctx context.Context, run string, acked int) []violation {
		if !exists(jDir(run)) {
			return nil
		}
		st, err := readJournal(jDir(run))
		if err != nil {
			return []violation{{"opens", "journal.Open: " + oneLine(err)}}
		}
		return checkBatches(batchCounts(st.contacts), 0, c.journalBatches, c.contactsPerBatch, acked)
	}
	s.converged = func(ctx context.Context, run string) []violation {
		st, err := readJournal(jDir(run))
		if err != nil {
			return []violation{{"opens", "after the re-run: " + oneLine(err)}}
		}
		return converges(st, want)
	}
	return s
}
