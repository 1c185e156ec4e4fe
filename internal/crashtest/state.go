package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// state is what a reader finds after a write: record ids, by kind.
type state struct {
	employers, vacancies, contacts, placements []string
}

// digest sums every id, so two states compare in one line.
func (s state) digest() string {
	h := sha256.New()
	for _, ids := range [][]string{s.employers, s.vacancies, s.contacts, s.placements} {
		for _, id := range ids {
			h.Write([]byte(id + "\n"))
		}
		h.Write([]byte("--\n"))
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func (s state) String() string {
	return fmt.Sprintf("%d employers, %d vacancies, %d contacts, %d placements (ids %s)",
		len(s.employers), len(s.vacancies), len(s.contacts), len(s.placements), s.digest())
}

// readIndex opens the index in dir with the library, as a user would next.
func readIndex(ctx context.Context, dir string) (state, error) {
	var s state
	ix, err := index.Open(ctx, index.Options{Path: dir, LockTimeout: 5 * time.Second})
	if err != nil {
		return s, err
	}
	defer ix.Close()
	for _, e := range ix.Employers() {
		s.employers = append(s.employers, e.ID)
	}
	for _, v := range ix.Vacancies() {
		s.vacancies = append(s.vacancies, v.ID)
	}
	return s, nil
}

// readJournal opens the journal in dir afresh and lists what it holds.
func readJournal(dir string) (state, error) {
	var s state
	j, err := journal.Open(dir)
	if err != nil {
		return s, err
	}
	defer j.Close()
	cs, err := journalContacts(j)
	if err != nil {
		return s, err
	}
	for _, c := range cs {
		s.contacts = append(s.contacts, c.ID)
	}
	slices.Sort(s.contacts)
	ps, err := j.Placements(context.Background(), store.Filter{})
	if err != nil {
		return s, err
	}
	for _, p := range ps {
		s.placements = append(s.placements, p.ID)
	}
	slices.Sort(s.placements)
	return s, nil
}

// journalContacts is the one call that reads contacts back, kept alone so
// that a change of the journal's read API touches one line.
func journalContacts(j *journal.Journal) ([]employer.Contact, error) {
	return j.Contacts(context.Background(), store.Filter{})
}

// batchCounts counts records per generated batch.
func batchCounts(ids ...[]string) map[int]int {
	n := map[int]int{}
	for _, list := range ids {
		for _, id := range list {
			n[batchOf(id)]++
		}
	}
	return n
}

// checkBatches reports the batch invariants: every batch in first..last-1
// is absent or whole (want records); present batches form a prefix, as
// batches are written in order; the acked batches are all present.
func checkBatches(n map[int]int, first, last, want, acked int) []violation {
	var out []violation
	for k, c := range n {
		if k < 0 || k >= last {
			out = append(out, violation{"no-foreign-records", fmt.Sprintf("%d records of unknown batch %d", c, k)})
		}
	}
	gap := -1
	for k := first; k < last; k++ {
		c := n[k]
		switch {
		case c != 0 && c != want:
			out = append(out, violation{"whole-batches", fmt.Sprintf("batch %d is partial: %d of %d records", k, c, want)})
		case c == 0 && gap < 0:
			gap = k
		case c != 0 && gap >= 0:
			out = append(out, violation{"in-order", fmt.Sprintf("batch %d present but batch %d missing", k, gap)})
		}
		if k < first+acked && c != want {
			out = append(out, violation{"acknowledged-durable", fmt.Sprintf("batch %d was acknowledged but has %d of %d records", k, c, want)})
		}
	}
	return out
}

// tempSiblings lists the hidden folders an index creation left beside dir.
func tempSiblings(dir string) []string {
	m, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".creating-*"))
	return m
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// absentOrComplete checks the index folder a kill left: absent, or with the
// index_meta.json that marks a whole index, and then it opens.
func absentOrComplete(ctx context.Context, dir string) (state, []violation) {
	if !exists(dir) {
		return state{}, nil
	}
	if !exists(filepath.Join(dir, "index_meta.json")) {
		des, _ := os.ReadDir(dir)
		var names []string
		for _, d := range des {
			names = append(names, d.Name())
		}
		if len(names) > 0 && !(len(names) == 1 && names[0] == "journal") {
			return state{}, []violation{{"absent-or-complete", "folder exists without index_meta.json, holding " + strings.Join(names, ", ")}}
		}
	}
	s, err := readIndex(ctx, dir)
	if err != nil {
		return s, []violation{{"opens", "index.Open: " + oneLine(err)}}
	}
	return s, nil
}

func oneLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
