package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Every record carries its batch in its id: "b007-..." belongs to batch 7,
// so a reader can tell whether a batch is whole.
func batchPrefix(k int) string { return fmt.Sprintf("b%03d-", k) }

// batchOf returns the batch a record id belongs to, -1 for none.
func batchOf(id string) int {
	if len(id) < 5 || id[0] != 'b' || id[4] != '-' {
		return -1
	}
	k, err := strconv.Atoi(id[1:4])
	if err != nil {
		return -1
	}
	return k
}

var titles = []struct{ title, lang string }{
	{"Kitchen porter", "en"}, {"Aiuto cuoco part-time", "it"}, {"Warehouse operative", "en"},
	{"Addetto/a pulizie uffici", "it"}, {"Shop assistant", "en"}, {"Camarero de sala", "es"},
	{"Barista", "it"}, {"Lagermedarbejder", "da"}, {"Gardener", "en"}, {"Data entry clerk", "en"},
}

// indexBatch is batch k of the generated index data: one employer and size
// vacancies of it. The same seed gives the same records.
func indexBatch(seed uint64, k, size int) ([]employer.Employer, []employer.Vacancy) {
	r := rand.New(rand.NewPCG(seed, uint64(k)))
	p := batchPrefix(k)
	loc := func() *employer.Point {
		return &employer.Point{Lat: 44.45 + r.Float64()*0.1, Lon: 11.30 + r.Float64()*0.1}
	}
	emp := employer.Employer{ID: p + "emp", Name: "Employer of batch " + strconv.Itoa(k),
		Sector: employer.Sector{Code: "I56"}, Location: loc()}
	vacs := make([]employer.Vacancy, size)
	for i := range vacs {
		t := titles[r.IntN(len(titles))]
		vacs[i] = employer.Vacancy{ID: fmt.Sprintf("%sv%05d", p, i), EmployerID: emp.ID, Title: t.title, Language: t.lang,
			Description: strings.Repeat(t.title+" wanted. ", 1+r.IntN(4)), Location: loc()}
	}
	return []employer.Employer{emp}, vacs
}

// contactBatch is batch k of the generated journal data: size contacts.
func contactBatch(seed uint64, k, size int) []employer.Contact {
	r := rand.New(rand.NewPCG(seed, uint64(k)))
	p := batchPrefix(k)
	base := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	purposes := []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou}
	cs := make([]employer.Contact, size)
	for i := range cs {
		cs[i] = employer.Contact{ID: fmt.Sprintf("%sc%06d", p, i), EmployerID: fmt.Sprintf("%semp%03d", p, r.IntN(500)),
			Specialist: "sara.conti", At: base.Add(time.Duration(r.IntN(300*24*60)) * time.Minute),
			Type: employer.FaceToFace, Purpose: purposes[r.IntN(len(purposes))],
			Learned: "Hires a few people a year, mostly by word of mouth."}
	}
	return cs
}
