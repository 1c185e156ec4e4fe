package taxonomy

import (
	"sort"
	"sync"
)

// Taxonomy is a set of occupations and skills with the lookups the matching
// engine needs. Build one with Builtin, LoadESCO or Merge; it never changes
// afterwards, so it is safe for concurrent use.
type Taxonomy struct {
	occs      []Occupation // sorted by ID
	byID      map[string]int32
	byISCO    map[string][]int32
	skills    []Skill
	skillKeys map[string]int32 // skill id and every label, folded -> index into skills
	essential [][]int32        // per occupation: indexes into skills
	optional  [][]int32
	match     matcher
	groups    map[string]string   // ISCO-08 group code (1 to 4 digits) -> English label; may be nil
	related   map[string][]string // curated related occupations, symmetric; may be nil
	themes    []Theme             // broad wishes; may be nil

	skillOccsOnce sync.Once
	skillOccsList [][]int32 // see skillOccs
}

// build takes ownership of its arguments. essential and optional run
// parallel to occs (either may be nil) and hold indexes into skills.
func build(occs []Occupation, essential, optional [][]int32, skills []Skill) *Taxonomy {
	order := make([]int, len(occs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return occs[order[a]].ID < occs[order[b]].ID })

	t := &Taxonomy{
		occs:      make([]Occupation, len(occs)),
		byID:      make(map[string]int32, len(occs)),
		byISCO:    make(map[string][]int32),
		skills:    skills,
		essential: make([][]int32, len(occs)),
		optional:  make([][]int32, len(occs)),
	}
	for to, from := range order {
		t.occs[to] = occs[from]
		if from < len(essential) {
			t.essential[to] = essential[from]
		}
		if from < len(optional) {
			t.optional[to] = optional[from]
		}
		t.byID[occs[from].ID] = int32(to)
		t.byISCO[occs[from].ISCO] = append(t.byISCO[occs[from].ISCO], int32(to))
	}
	t.match = newMatcher(t.occs)
	t.skillKeys = make(map[string]int32, len(skills)*3)
	for i, sk := range skills {
		// The first skill to claim a key keeps it.
		for _, k := range skillKeyList(sk) {
			if _, taken := t.skillKeys[k]; !taken {
				t.skillKeys[k] = int32(i)
			}
		}
	}
	return t
}

func skillKeyList(sk Skill) []string {
	keys := []string{foldKey(sk.ID)}
	for _, ls := range sk.Labels {
		for _, l := range ls {
			keys = append(keys, foldKey(l))
		}
	}
	return keys
}

// foldKey is how skill ids and labels are compared: folded to lower case
// without accents, words joined by single spaces, '-' and '_' as spaces.
func foldKey(s string) string { return joinTokens(s) }

// Skill finds a skill by its id or by any of its labels, in any language,
// ignoring case and accents: "use-oven", "work with ovens and fryers" and
// an Italian label all find the same skill.
func (t *Taxonomy) Skill(idOrLabel string) (Skill, bool) {
	i, ok := t.skillKeys[foldKey(idOrLabel)]
	if !ok {
		return Skill{}, false
	}
	return t.skills[i], true
}

// Len returns the number of occupations.
func (t *Taxonomy) Len() int { return len(t.occs) }

// Occupation returns the occupation with the given id.
func (t *Taxonomy) Occupation(id string) (Occupation, bool) {
	i, ok := t.byID[id]
	if !ok {
		return Occupation{}, false
	}
	return t.occs[i], true
}

// Occupations returns all occupations sorted by ID, in a new slice.
func (t *Taxonomy) Occupations() []Occupation {
	return append([]Occupation(nil), t.occs...)
}

// ByISCO returns the occupations in an ISCO-08 unit group, sorted by ID.
func (t *Taxonomy) ByISCO(isco string) []Occupation {
	idx := t.byISCO[isco]
	out := make([]Occupation, len(idx))
	for i, j := range idx {
		out[i] = t.occs[j]
	}
	return out
}

// Skills returns the essential and optional skills of an occupation, in the
// order the source lists them; both are nil for an unknown id.
func (t *Taxonomy) Skills(occID string) (essential, optional []Skill) {
	i, ok := t.byID[occID]
	if !ok {
		return nil, nil
	}
	return t.skillList(t.essential[i]), t.skillList(t.optional[i])
}

func (t *Taxonomy) skillList(idx []int32) []Skill {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Skill, len(idx))
	for i, j := range idx {
		out[i] = t.skills[j]
	}
	return out
}

// Merge returns a new taxonomy holding the occupations, skills and ISCO-08
// group labels of both t and other. When both hold an occupation (or a
// skill, or a group label) with the same ID, the one from other wins, skill
// lists included. Neither input changes.
func (t *Taxonomy) Merge(other *Taxonomy) *Taxonomy {
	var skills []Skill
	skillIdx := make(map[string]int32, len(t.skills)+len(other.skills))
	addSkills := func(from []Skill) []int32 {
		remap := make([]int32, len(from))
		for i, s := range from {
			j, ok := skillIdx[s.ID]
			if ok {
				skills[j] = s
			} else {
				j = int32(len(skills))
				skills = append(skills, s)
				skillIdx[s.ID] = j
			}
			remap[i] = j
		}
		return remap
	}
	remapT, remapO := addSkills(t.skills), addSkills(other.skills)

	n := len(t.occs) + len(other.occs)
	occs := make([]Occupation, 0, n)
	essential := make([][]int32, 0, n)
	optional := make([][]int32, 0, n)
	add := func(src *Taxonomy, i int, remap []int32) {
		occs = append(occs, src.occs[i])
		essential = append(essential, remapAll(src.essential[i], remap))
		optional = append(optional, remapAll(src.optional[i], remap))
	}
	for i, o := range t.occs {
		if _, clash := other.byID[o.ID]; !clash {
			add(t, i, remapT)
		}
	}
	for i := range other.occs {
		add(other, i, remapO)
	}
	merged := build(occs, essential, optional, skills)
	merged.groups = mergeGroups(t.groups, other.groups)
	merged.related = mergeRelated(t.related, other.related)
	merged.themes = append(append([]Theme(nil), t.themes...), other.themes...)
	return merged
}

func remapAll(idx, remap []int32) []int32 {
	if len(idx) == 0 {
		return nil
	}
	out := make([]int32, len(idx))
	for i, j := range idx {
		out[i] = remap[j]
	}
	return out
}
