// Command feedgen writes large import files shaped like what job boards and
// teams produce, to measure what importing them costs: a schema.org
// JobPosting JSON-LD @graph and JSON Lines of vacancies, over five towns of
// Emilia-Romagna, with coordinates. The same seed gives the same files.
//
//	go run ./internal/feedgen -n 200000 -out /tmp/feed
//	/usr/bin/time -v ipsmatch import --into /tmp/ix /tmp/feed/postings.json
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

var titles = []string{"Addetto/a alle pulizie", "Magazziniere", "Cameriere di sala", "Aiuto cuoco",
	"Commesso/a", "Operaio generico", "Autista consegne", "Barista", "Receptionist", "Lavapiatti",
	"Operatore ecologico", "Giardiniere"}

var towns = []struct {
	name     string
	lat, lon float64
}{{"Bologna", 44.49, 11.34}, {"Modena", 44.65, 10.92}, {"Imola", 44.35, 11.71},
	{"Parma", 44.80, 10.33}, {"Reggio Emilia", 44.70, 10.63}}

func main() {
	n := flag.Int("n", 200000, "postings and vacancies to write")
	seed := flag.Uint64("seed", 7, "seed")
	out := flag.String("out", ".", "folder for postings.json and vacancies.jsonl")
	flag.Parse()
	if err := write(*n, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "feedgen:", err)
		os.Exit(1)
	}
}

type place struct {
	Type string `json:"@type"`
	Geo  struct {
		Lat float64 `json:"latitude"`
		Lon float64 `json:"longitude"`
	} `json:"geo"`
}

type posting struct {
	Type     string `json:"@type"`
	ID       string `json:"identifier"`
	Title    string `json:"title"`
	Posted   string `json:"datePosted"`
	Employer struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	} `json:"hiringOrganization"`
	Location place `json:"jobLocation"`
}

type vacancy struct {
	ID       string             `json:"id"`
	Title    string             `json:"title"`
	Location map[string]float64 `json:"location"`
	Hours    map[string]int     `json:"hours"`
	Posted   string             `json:"posted"`
}

func write(n int, seed uint64, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 0))
	ld, err := os.Create(filepath.Join(dir, "postings.json"))
	if err != nil {
		return err
	}
	defer ld.Close()
	jl, err := os.Create(filepath.Join(dir, "vacancies.jsonl"))
	if err != nil {
		return err
	}
	defer jl.Close()
	lw, jw := bufio.NewWriter(ld), bufio.NewWriter(jl)
	fmt.Fprint(lw, `{"@context":"https://schema.org","@graph":[`)
	for i := range n {
		t := towns[r.IntN(len(towns))]
		lat := float64(int((t.lat+r.Float64()*0.1-0.05)*1e4)) / 1e4
		lon := float64(int((t.lon+r.Float64()*0.1-0.05)*1e4)) / 1e4
		title := titles[r.IntN(len(titles))]
		day := fmt.Sprintf("2026-11-%02d", 1+r.IntN(28))
		p := posting{Type: "JobPosting", ID: fmt.Sprintf("a%d", i), Title: title, Posted: day}
		p.Employer.Type, p.Employer.Name = "Organization", fmt.Sprintf("Ditta %d", i%5000)
		p.Location.Type, p.Location.Geo.Lat, p.Location.Geo.Lon = "Place", lat, lon
		b, err := json.Marshal(p)
		if err != nil {
			return err
		}
		if i > 0 {
			lw.WriteByte(',')
		}
		lw.Write(b)
		v := vacancy{ID: fmt.Sprintf("v%d", i), Title: title, Location: map[string]float64{"lat": lat, "lon": lon},
			Hours: map[string]int{"min": 20, "max": 30}, Posted: day}
		if b, err = json.Marshal(v); err != nil {
			return err
		}
		jw.Write(b)
		jw.WriteByte('\n')
	}
	fmt.Fprint(lw, "]}")
	if err := lw.Flush(); err != nil {
		return err
	}
	return jw.Flush()
}
