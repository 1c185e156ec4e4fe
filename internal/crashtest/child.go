package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// childArgs are what a child process is told: which write, where, and which
// batches of the generated data (from first, count of them).
type childArgs struct {
	mode         string
	dir          string
	seed         uint64
	first, count int
	size         int
}

func (a childArgs) argv() []string {
	return []string{"-child", a.mode, "-dir", a.dir, "-seed", fmt.Sprint(a.seed),
		"-first", fmt.Sprint(a.first), "-count", fmt.Sprint(a.count), "-size", fmt.Sprint(a.size)}
}

// runChild does one write and prints "ok K" when batch K is acknowledged
// (the call returned without error), so the parent knows what must have
// survived its kill.
func runChild(ctx context.Context, a childArgs) error {
	switch a.mode {
	case "index":
		return childIndex(ctx, a)
	case "journal":
		return childJournal(ctx, a)
	}
	return fmt.Errorf("unknown child mode %q", a.mode)
}

func ack(k int) { fmt.Fprintf(os.Stdout, "ok %d\n", k) }

// childIndex opens (creating if absent) the index in a.dir and applies the
// batches one by one.
func childIndex(ctx context.Context, a childArgs) error {
	ix, err := index.Open(ctx, index.Options{Path: a.dir})
	if err != nil {
		return err
	}
	defer ix.Close()
	for k := a.first; k < a.first+a.count; k++ {
		emps, vacs := indexBatch(a.seed, k, a.size)
		if _, err := ix.Apply(ctx, index.Batch{Employers: emps, Vacancies: vacs, Source: "crashtest"}); err != nil {
			return fmt.Errorf("batch %d: %w", k, err)
		}
		ack(k)
	}
	return ix.Close()
}

// childJournal opens the journal in a.dir and adds the contact batches.
func childJournal(ctx context.Context, a childArgs) error {
	j, err := journal.Open(a.dir)
	if err != nil {
		return err
	}
	defer j.Close()
	if _, err := j.AddSpecialists(ctx, store.Specialist{ID: "sara.conti"}); err != nil {
		return err
	}
	for k := a.first; k < a.first+a.count; k++ {
		if _, err := j.AddContacts(ctx, contactBatch(a.seed, k, a.size)...); err != nil {
			return fmt.Errorf("batch %d: %w", k, err)
		}
		ack(k)
	}
	return j.Close()
}
