// Command gen writes the Valmora demo town into ../../data (run it with
// go generate in examples/demo). The output depends only on the code: the
// same program always writes the same files.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/synth"
)

const (
	seed           = 2026
	extraEmployers = 86
	vacancyCount   = 440
	visitedExtra   = 62 // employers with routine job development beyond the stories
)

var today = d("2026-11-23")

// team is the roster: every contact and client names one of them.
var team = []store.Specialist{{ID: "anna.rossi", Name: "Anna Rossi"}, {ID: "marco.bianchi", Name: "Marco Bianchi"}, {ID: "sara.conti", Name: "Sara Conti"}}

func main() {
	out := flag.String("out", "data", "directory to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	cfg := synth.Config{Seed: seed, Center: synth.DefaultCenter, RadiusKm: 6, Today: today}
	r := rand.New(rand.NewPCG(seed, 1))
	emps, err := employers(cfg, extraEmployers)
	if err != nil {
		return err
	}
	byID := map[string]employer.Employer{}
	for _, e := range emps {
		byID[e.ID] = e
	}
	contacts, err := storyContacts(byID)
	if err != nil {
		return err
	}
	storyEmps := map[string]bool{}
	for _, c := range contacts {
		storyEmps[c.EmployerID] = true
	}
	var rest []employer.Employer
	for _, e := range emps {
		if !storyEmps[e.ID] {
			rest = append(rest, e)
		}
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	contacts = append(contacts, relationships(r, rest[:visitedExtra], today)...)
	slices.SortStableFunc(contacts, func(a, b employer.Contact) int { return a.At.Compare(b.At) })
	visited := map[string]bool{}
	for i := range contacts {
		contacts[i].ID = fmt.Sprintf("ct-%04d", i+1)
		if !contacts[i].ByClient {
			visited[contacts[i].EmployerID] = true
		}
	}
	// An employer knows the programme once a specialist has met it; the
	// generated ones know nothing else of it.
	for i := range emps {
		if visited[emps[i].ID] {
			emps[i].KnowsProgramme = true
		} else if strings.HasPrefix(emps[i].ID, "e-") {
			emps[i].KnowsProgramme = false
		}
	}
	vacs := vacancies(cfg, r, emps, vacancyCount)

	if err := os.MkdirAll(filepath.Join(dir, "clients"), 0o755); err != nil {
		return err
	}
	for _, err := range []error{
		writeJSONL(filepath.Join(dir, "employers.jsonl"), emps),
		writeJSONL(filepath.Join(dir, "vacancies.jsonl"), vacs),
		writeJSONL(filepath.Join(dir, "contacts.jsonl"), contacts),
		writeJSONL(filepath.Join(dir, "placements.jsonl"), placements()),
		writeJSONL(filepath.Join(dir, "specialists.jsonl"), team),
	} {
		if err != nil {
			return err
		}
	}
	old, _ := filepath.Glob(filepath.Join(dir, "clients", "*.json"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	for _, c := range clients() {
		b, err := json.MarshalIndent(c, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "clients", c.ID+".json"), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeJSONL writes records one JSON object per line, without escaping
// "&" and "<" so that names read as written.
func writeJSONL[T any](path string, recs []T) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, rec := range recs {
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
