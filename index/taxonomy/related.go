package taxonomy

import (
	"fmt"
	"slices"
	"sort"
)

// Relation says how the work of another occupation relates to one asked
// about: the built-in list of related occupations says so, or they share
// most of the essential skills of the one asked about. Occupations that
// share only a place in the ISCO tree are not related.
type Relation struct {
	Occupation Occupation
	// Curated is true when the built-in related-occupations list names
	// the pair.
	Curated bool
	// Shared essential skills, of the Of that the occupation asked about
	// has.
	Shared, Of int
	// Score is the strength of the link in (0,1]: 1 for a curated pair,
	// else the share of the essential skills asked about that are shared.
	Score float64
}

// Why says the link in words, for a reason: "shares 4 of 6 essential
// skills", or "related work" for a curated pair that shares fewer.
func (r Relation) Why() string {
	if r.Shared >= minSharedSkills {
		return fmt.Sprintf("shares %d of %d essential skills", r.Shared, r.Of)
	}
	return "related work"
}

const (
	// minSharedSkills is the fewest essential skills two occupations
	// must share to be related by skills: two of a short list are often
	// only "physical stamina" and "safety rules".
	minSharedSkills = 3
	// minSharedShare is the least share of the longer of the two lists
	// of essential skills that the two must share.
	minSharedShare = 0.5
)

// Related returns the occupations related to the one with id, strongest
// first, ties by id: those the built-in list relates to it, and those
// that share at least three essential skills and at least half of the
// longer of the two lists. An
// occupation is not related to itself; nil for an unknown id.
func (t *Taxonomy) Related(id string) []Relation {
	i, ok := t.byID[id]
	if !ok {
		return nil
	}
	byOcc := map[int32]*Relation{}
	ess := t.essential[i]
	if len(ess) >= minSharedSkills {
		count := map[int32]int{}
		for _, s := range ess {
			for _, o := range t.skillOccs()[s] {
				if o != i {
					count[o]++
				}
			}
		}
		for o, n := range count {
			// Half of the longer list: a porter's skills all found among a
			// paramedic's many do not make the work alike.
			if n >= minSharedSkills && float64(n) >= minSharedShare*float64(max(len(ess), len(t.essential[o]))) {
				byOcc[o] = &Relation{Occupation: t.occs[o], Shared: n, Of: len(ess), Score: float64(n) / float64(len(ess))}
			}
		}
	}
	for _, other := range t.related[id] {
		o, ok := t.byID[other]
		if !ok || o == i {
			continue
		}
		r := byOcc[o]
		if r == nil {
			r = &Relation{Occupation: t.occs[o], Of: len(ess)}
			byOcc[o] = r
		}
		r.Curated, r.Score = true, 1
	}
	out := make([]Relation, 0, len(byOcc))
	for _, r := range byOcc {
		out = append(out, *r)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Score != out[b].Score {
			return out[a].Score > out[b].Score
		}
		return out[a].Occupation.ID < out[b].Occupation.ID
	})
	return out
}

// skillOccs is the inverted list of essential skills: skill index ->
// occupations that hold it, built on first use.
func (t *Taxonomy) skillOccs() [][]int32 {
	t.skillOccsOnce.Do(func() {
		t.skillOccsList = make([][]int32, len(t.skills))
		for o, ess := range t.essential {
			for _, s := range ess {
				if !slices.Contains(t.skillOccsList[s], int32(o)) {
					t.skillOccsList[s] = append(t.skillOccsList[s], int32(o))
				}
			}
		}
	})
	return t.skillOccsList
}

// parseRelated reads related.txt into a symmetric map of id -> related ids,
// checking every id against the occupations.
func parseRelated(data []byte, known map[string]int32) (map[string][]string, error) {
	out := map[string][]string{}
	link := func(a, b string) {
		if !slices.Contains(out[a], b) {
			out[a] = append(out[a], b)
		}
	}
	err := eachLine(data, "related.txt", 2, func(n int, f []string) error {
		ids := append([]string{f[0]}, splitList(f[1], ";")...)
		for _, id := range ids {
			if _, ok := known[id]; !ok {
				return fmt.Errorf("related.txt line %d: unknown occupation %q: %w", n, id, ErrBuiltinData)
			}
		}
		for _, b := range ids[1:] {
			if b == ids[0] {
				return fmt.Errorf("related.txt line %d: %q related to itself: %w", n, b, ErrBuiltinData)
			}
			link(ids[0], b)
			link(b, ids[0])
		}
		return nil
	})
	return out, err
}

// mergeRelated joins two related-occupation lists.
func mergeRelated(a, b map[string][]string) map[string][]string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make(map[string][]string, len(a)+len(b))
	for _, m := range []map[string][]string{a, b} {
		for k, vs := range m {
			for _, v := range vs {
				if !slices.Contains(out[k], v) {
					out[k] = append(out[k], v)
				}
			}
		}
	}
	return out
}
