package taxonomy

import (
	"fmt"
	"strings"
)

// LoadESCO reads the ESCO classification (v1.1.1, English CSV) from dir: a
// folder holding the two zip files the European Commission distributes, or
// the CSV files unpacked anywhere below it. It reads occupations_en.csv,
// skills_en.csv, ISCOGroups_en.csv, occupationSkillRelations.csv and
// broaderRelationsOccPillar.csv, matched by base name; all five are
// required (ErrESCOMissingFile names the one not found).
//
// Occupations get the ESCO code as ID ("9412.1"), the iscoGroup as ISCO,
// English labels only (the preferred label, then the alternative and hidden
// ones) and, as Broader, the ID of their broader ESCO occupation or the code
// of their ISCO-08 group. Skills get the last part of their URI as ID. The
// English preferred label of every ISCO-08 group, from major groups to unit
// groups, is kept for ISCOGroup. Rows are
// streamed, and relations are stored as small integers, so memory stays
// close to the size of the labels kept. Callers usually Merge the result
// with Builtin to add the other languages and the everyday wordings.
func LoadESCO(dir string) (*Taxonomy, error) {
	src, err := findESCO(dir, escoOccupations, escoSkills, escoISCOGroups, escoRelations, escoBroaderOcc)
	if err != nil {
		return nil, err
	}
	groups, groupByURI, err := loadESCOGroups(src[escoISCOGroups])
	if err != nil {
		return nil, err
	}
	skills, skillIdx, err := loadESCOSkills(src[escoSkills])
	if err != nil {
		return nil, err
	}
	occs, occIdx, err := loadESCOOccupations(src[escoOccupations])
	if err != nil {
		return nil, err
	}
	if err := loadESCOBroader(src[escoBroaderOcc], occs, occIdx, groupByURI); err != nil {
		return nil, err
	}
	essential, optional, err := loadESCORelations(src[escoRelations], occIdx, skillIdx, len(occs))
	if err != nil {
		return nil, err
	}
	t := build(occs, essential, optional, skills)
	t.groups = groups
	return t, nil
}

// columns looks up the named columns of t, failing on the first missing one.
func columns(t *csvTable, names ...string) ([]int, int, error) {
	idx := make([]int, len(names))
	maxIdx := 0
	for i, n := range names {
		j, err := t.column(n)
		if err != nil {
			return nil, 0, err
		}
		idx[i] = j
		maxIdx = max(maxIdx, j)
	}
	return idx, maxIdx, nil
}

func loadESCOSkills(src escoSource) ([]Skill, map[string]int32, error) {
	t, err := openTable(escoSkills, src)
	if err != nil {
		return nil, nil, err
	}
	defer t.Close()
	c, need, err := columns(t, "conceptUri", "preferredLabel", "altLabels")
	if err != nil {
		return nil, nil, err
	}
	var skills []Skill
	idx := make(map[string]int32)
	err = t.each(need, func(row []string) error {
		uri := strings.TrimSpace(row[c[0]])
		if uri == "" {
			return nil
		}
		if _, dup := idx[uri]; dup {
			return nil
		}
		uri = strings.Clone(uri)
		idx[uri] = int32(len(skills))
		skills = append(skills, Skill{
			ID:     uri[strings.LastIndexByte(uri, '/')+1:],
			URI:    uri,
			Labels: map[string][]string{"en": labelList(row[c[1]], row[c[2]])},
		})
		return nil
	})
	return skills, idx, err
}

func loadESCOOccupations(src escoSource) ([]Occupation, map[string]int32, error) {
	t, err := openTable(escoOccupations, src)
	if err != nil {
		return nil, nil, err
	}
	defer t.Close()
	c, need, err := columns(t, "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "code")
	if err != nil {
		return nil, nil, err
	}
	hidden := t.optionalColumn("hiddenLabels")
	var occs []Occupation
	idx := make(map[string]int32)
	codes := make(map[string]bool)
	err = t.each(need, func(row []string) error {
		uri, code := strings.TrimSpace(row[c[0]]), strings.TrimSpace(row[c[4]])
		if code == "" || uri == "" {
			line, _ := t.r.FieldPos(0)
			return fmt.Errorf("esco: %s line %d: occupation without code or conceptUri: %w", t.name, line, ErrESCOMalformed)
		}
		if codes[code] {
			line, _ := t.r.FieldPos(0)
			return fmt.Errorf("esco: %s line %d: duplicate code %q: %w", t.name, line, code, ErrESCOMalformed)
		}
		isco := strings.TrimSpace(row[c[1]])
		if isco != "" && !iscoDigits(isco, 4, 4) {
			line, _ := t.r.FieldPos(c[1])
			return fmt.Errorf("esco: %s line %d column %d (iscoGroup): want a 4-digit ISCO-08 unit group: %w", t.name, line, c[1]+1, ErrESCOMalformed)
		}
		code = strings.Clone(code)
		codes[code] = true
		var hiddenLabels string
		if hidden >= 0 && hidden < len(row) {
			hiddenLabels = row[hidden]
		}
		uri = strings.Clone(uri)
		idx[uri] = int32(len(occs))
		occs = append(occs, Occupation{
			ID:     code,
			ISCO:   strings.Clone(isco),
			Labels: map[string][]string{"en": labelList(row[c[2]], row[c[3]], hiddenLabels)},
			URI:    uri,
		})
		return nil
	})
	return occs, idx, err
}

// loadESCOGroups reads the ISCO-08 groups of every level: code -> English
// preferred label, and (for the occupation hierarchy only) URI -> code.
func loadESCOGroups(src escoSource) (groups, byURI map[string]string, err error) {
	t, err := openTable(escoISCOGroups, src)
	if err != nil {
		return nil, nil, err
	}
	defer t.Close()
	c, need, err := columns(t, "conceptUri", "code", "preferredLabel")
	if err != nil {
		return nil, nil, err
	}
	groups = make(map[string]string, 640)
	byURI = make(map[string]string, 640)
	err = t.each(need, func(row []string) error {
		uri, code := strings.TrimSpace(row[c[0]]), strings.TrimSpace(row[c[1]])
		if code == "" {
			line, _ := t.r.FieldPos(0)
			return fmt.Errorf("esco: %s line %d: ISCO group without code: %w", t.name, line, ErrESCOMalformed)
		}
		if !iscoDigits(code, 1, 4) {
			line, _ := t.r.FieldPos(c[1])
			return fmt.Errorf("esco: %s line %d column %d (code): want an ISCO-08 code of 1 to 4 digits: %w", t.name, line, c[1]+1, ErrESCOMalformed)
		}
		if _, dup := groups[code]; dup {
			line, _ := t.r.FieldPos(0)
			return fmt.Errorf("esco: %s line %d: duplicate code %q: %w", t.name, line, code, ErrESCOMalformed)
		}
		code = strings.Clone(code)
		groups[code] = strings.Clone(strings.TrimSpace(row[c[2]]))
		if uri != "" {
			byURI[strings.Clone(uri)] = code
		}
		return nil
	})
	return groups, byURI, err
}

// loadESCOBroader sets the Broader of each occupation from the occupation
// pillar's broader relations: the ID of a broader occupation, or the code of
// an ISCO-08 group. Rows about ISCO groups themselves are skipped (their
// hierarchy is in their codes), as are broader concepts found in neither
// file. Should an occupation have two broader concepts, the first is kept.
func loadESCOBroader(src escoSource, occs []Occupation, occIdx map[string]int32, groupByURI map[string]string) error {
	t, err := openTable(escoBroaderOcc, src)
	if err != nil {
		return err
	}
	defer t.Close()
	c, need, err := columns(t, "conceptUri", "broaderUri")
	if err != nil {
		return err
	}
	return t.each(need, func(row []string) error {
		o, ok := occIdx[strings.TrimSpace(row[c[0]])]
		if !ok || occs[o].Broader != "" {
			return nil
		}
		b := strings.TrimSpace(row[c[1]])
		if j, ok := occIdx[b]; ok {
			if j != o {
				occs[o].Broader = occs[j].ID // shares the string: no copy
			}
		} else if code, ok := groupByURI[b]; ok {
			occs[o].Broader = code
		}
		return nil
	})
}

func loadESCORelations(src escoSource, occIdx, skillIdx map[string]int32, n int) (essential, optional [][]int32, err error) {
	t, err := openTable(escoRelations, src)
	if err != nil {
		return nil, nil, err
	}
	defer t.Close()
	c, need, err := columns(t, "occupationUri", "relationType", "skillUri")
	if err != nil {
		return nil, nil, err
	}
	essential, optional = make([][]int32, n), make([][]int32, n)
	err = t.each(need, func(row []string) error {
		o, ok := occIdx[strings.TrimSpace(row[c[0]])]
		if !ok {
			return nil // an occupation outside the file: nothing to attach to
		}
		s, ok := skillIdx[strings.TrimSpace(row[c[2]])]
		if !ok {
			return nil
		}
		switch strings.TrimSpace(row[c[1]]) {
		case "essential":
			essential[o] = append(essential[o], s)
		case "optional":
			optional[o] = append(optional[o], s)
		}
		return nil
	})
	return essential, optional, err
}

// labelList turns a preferred label and ESCO's newline-separated label
// fields into one list, preferred first, without blanks or repeats. The
// strings are copied so that the CSV row can be freed.
func labelList(pref string, more ...string) []string {
	var out []string
	add := func(l string) {
		l = strings.TrimSpace(l)
		if l == "" {
			return
		}
		for _, seen := range out {
			if seen == l {
				return
			}
		}
		out = append(out, strings.Clone(l))
	}
	add(pref)
	for _, field := range more {
		for _, l := range strings.Split(field, "\n") {
			add(l)
		}
	}
	return out
}

// iscoDigits reports whether s is an ISCO-08 code of min to max digits.
func iscoDigits(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
