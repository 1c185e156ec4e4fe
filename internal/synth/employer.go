package synth

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
)

var (
	sizeOrder = []employer.Size{employer.SizeMicro, employer.SizeSmall, employer.SizeMedium, employer.SizeLarge}
	suffixes  = map[employer.Size][]string{
		employer.SizeMicro:  {"", "", "", " snc"},
		employer.SizeSmall:  {"", "", " srl", " snc"},
		employer.SizeMedium: {"", " srl", " Soc. Coop."},
		employer.SizeLarge:  {"", " S.p.A."},
	}
)

// employerAt builds the j-th employer (0-based) of the town.
func employerAt(cfg Config, g region, j int) employer.Employer {
	r := newRNG(cfg.Seed, kindEmployer, j)
	s := sectors[r.weighted(sectorWeights)]
	size := sizeOrder[r.weighted(s.sizes[:])]
	base := s.businessName(r)
	name := base + pick(r, suffixes[size])
	loc := g.point(r, s.edge)
	e := employer.Employer{
		ID:                 fmt.Sprintf("e-%05d", j+1),
		Name:               name,
		Sector:             s.Ref(),
		Address:            address(r),
		Location:           &loc,
		Size:               size,
		TypicalOccupations: typicalOccupations(r, s),
		InclusionPolicy:    r.chance(0.3),
		KnowsProgramme:     r.chance(0.25),
	}
	host := slug(base) + ".example"
	if r.chance(0.5) {
		e.Website = "https://" + host
	}
	for range r.weighted([]float64{0, 55, 35, 10}) {
		e.People = append(e.People, person(r, pick(r, s.roles), host))
	}
	if r.chance(0.6) {
		notes := s.notes
		if r.chance(0.35) {
			notes = genericNotes
		}
		e.Notes = pick(r, notes)
	}
	return e
}

// typicalOccupations draws 2 to 5 distinct occupations the sector hires,
// the sector's common ones more often.
func typicalOccupations(r rng, s Sector) []employer.Occupation {
	k := min(r.between(2, 5), len(s.Occupations))
	w := append([]float64(nil), s.occW...)
	out := make([]employer.Occupation, 0, k)
	for range k {
		i := r.weighted(w)
		w[i] = 0
		out = append(out, mustOcc(s.Occupations[i]).Ref())
	}
	return out
}

// person draws a contact at an employer.
func person(r rng, role, host string) employer.Person {
	first, last := pick(r, firstNames), pick(r, surnames)
	p := employer.Person{Name: first + " " + last, Role: role}
	if r.chance(0.7) {
		p.Phone = phone(r)
	}
	if r.chance(0.6) {
		p.Email = slug(first) + "." + slug(last) + "@" + host
	}
	return p
}
