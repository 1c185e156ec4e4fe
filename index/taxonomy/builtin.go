package taxonomy

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The built-in vocabulary is written by the project, in its own words, as
// three line-based files in data/:
//
//	occupations.txt: id|isco|en labels|it labels|es labels|da labels|essential skill ids|optional skill ids
//	skills.txt:      id|en labels|it labels
//	iscogroups.txt:  ISCO-08 major or sub-major group code|en label
//	related.txt:     id|related ids (see Related)
//	themes.txt:      theme id|en words|it words|es words|da words|occupation ids with weights (see Theme)
//
// Labels of one language are separated by ";", the preferred one first;
// skill ids by ",". Blank lines and lines starting with "#" are ignored.
var (
	//go:embed data/occupations.txt
	builtinOccupations []byte
	//go:embed data/skills.txt
	builtinSkills []byte
	//go:embed data/iscogroups.txt
	builtinGroups []byte
	//go:embed data/related.txt
	builtinRelated []byte
	//go:embed data/themes.txt
	builtinThemes []byte
)

var builtin = sync.OnceValues(func() (*Taxonomy, error) {
	t, err := parseBuiltin(builtinOccupations, builtinSkills)
	if err != nil {
		return nil, err
	}
	if t.groups, err = parseBuiltinGroups(builtinGroups); err != nil {
		return nil, err
	}
	if t.related, err = parseRelated(builtinRelated, t.byID); err != nil {
		return nil, err
	}
	if t.themes, err = parseThemes(builtinThemes, t.byID, t.occs); err != nil {
		return nil, err
	}
	return t, nil
})

// Builtin returns the embedded vocabulary of common entry-level occupations
// in English, Italian, Spanish and Danish. It is parsed on first use; every
// call returns the same *Taxonomy. The embedded files are part of the
// source and checked by the tests; should they ever fail to parse, Builtin
// returns an empty taxonomy (BuiltinErr says why) rather than panic.
func Builtin() *Taxonomy {
	t, err := builtin()
	if err != nil {
		return build(nil, nil, nil, nil)
	}
	return t
}

// BuiltinErr reports whether the embedded vocabulary failed to parse.
func BuiltinErr() error {
	_, err := builtin()
	return err
}

var builtinLangs = []string{"en", "it", "es", "da"}

func parseBuiltin(occData, skillData []byte) (*Taxonomy, error) {
	var skills []Skill
	skillIdx := make(map[string]int32)
	err := eachLine(skillData, "skills.txt", 1+2, func(n int, f []string) error {
		if _, dup := skillIdx[f[0]]; dup {
			return fmt.Errorf("skills.txt line %d: duplicate id %q: %w", n, f[0], ErrBuiltinData)
		}
		skillIdx[f[0]] = int32(len(skills))
		skills = append(skills, Skill{ID: f[0], Labels: map[string][]string{"en": splitList(f[1], ";"), "it": splitList(f[2], ";")}})
		return nil
	})
	if err != nil {
		return nil, err
	}

	var occs []Occupation
	var essential, optional [][]int32
	seen := make(map[string]bool)
	err = eachLine(occData, "occupations.txt", 2+len(builtinLangs)+2, func(n int, f []string) error {
		if seen[f[0]] {
			return fmt.Errorf("occupations.txt line %d: duplicate id %q: %w", n, f[0], ErrBuiltinData)
		}
		seen[f[0]] = true
		o := Occupation{ID: f[0], ISCO: f[1], Labels: make(map[string][]string, len(builtinLangs))}
		for i, lang := range builtinLangs {
			o.Labels[lang] = splitList(f[2+i], ";")
		}
		ess, err := skillRefs(f[6], skillIdx)
		if err != nil {
			return fmt.Errorf("occupations.txt line %d: %w", n, err)
		}
		opt, err := skillRefs(f[7], skillIdx)
		if err != nil {
			return fmt.Errorf("occupations.txt line %d: %w", n, err)
		}
		occs = append(occs, o)
		essential = append(essential, ess)
		optional = append(optional, opt)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return build(occs, essential, optional, skills), nil
}

// parseBuiltinGroups reads iscogroups.txt: code -> English label, for
// codes of 1 or 2 digits.
func parseBuiltinGroups(data []byte) (map[string]string, error) {
	groups := make(map[string]string)
	err := eachLine(data, "iscogroups.txt", 2, func(n int, f []string) error {
		if !isISCOCode(f[0]) || len(f[0]) > 2 || f[1] == "" {
			return fmt.Errorf("iscogroups.txt line %d: want a 1- or 2-digit code and a label: %w", n, ErrBuiltinData)
		}
		if _, dup := groups[f[0]]; dup {
			return fmt.Errorf("iscogroups.txt line %d: duplicate code %q: %w", n, f[0], ErrBuiltinData)
		}
		groups[f[0]] = f[1]
		return nil
	})
	return groups, err
}

// eachLine calls fn with the "|"-separated, trimmed fields of every data
// line, which must have exactly want fields.
func eachLine(data []byte, name string, want int, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != want {
			return fmt.Errorf("%s line %d: %d fields, want %d: %w", name, n, len(f), want, ErrBuiltinData)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

func skillRefs(list string, idx map[string]int32) ([]int32, error) {
	ids := splitList(list, ",")
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		j, ok := idx[id]
		if !ok {
			return nil, fmt.Errorf("unknown skill %q: %w", id, ErrBuiltinData)
		}
		out = append(out, j)
	}
	return out, nil
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
