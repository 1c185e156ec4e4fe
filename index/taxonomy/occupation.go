package taxonomy

// Occupation is one kind of work. Its Labels map is shared with the Taxonomy
// it came from: read it, never change it.
type Occupation struct {
	ID      string              // stable id: builtin ids are kebab-case English ("kitchen-porter"); ESCO ids are the ESCO code ("9412.1")
	ISCO    string              // ISCO-08 unit group, 4 digits, e.g. "9412"
	Labels  map[string][]string // lang ("en", "it", "es", "da") -> labels; the first is the preferred label
	URI     string              // ESCO concept URI when loaded from ESCO, else ""
	Broader string              // the id of the broader ESCO occupation, or the ISCO-08 group code; "" when none or built-in
}

// Label returns the preferred label in lang, falling back to English, then
// to Italian, Spanish, Danish, any other language, and finally the ID.
func (o Occupation) Label(lang string) string {
	if l := preferred(o.Labels, lang); l != "" {
		return l
	}
	return o.ID
}

// Skill is something a worker knows or can do. Its Labels map is shared with
// the Taxonomy it came from: read it, never change it.
type Skill struct {
	ID     string              // builtin ids are kebab-case English ("food-hygiene"); ESCO ids are the last part of the URI
	URI    string              // ESCO concept URI when loaded from ESCO, else ""
	Labels map[string][]string // lang -> labels; the first is the preferred label
}

// Label returns the preferred label in lang, falling back to English, then
// to any language, then to the ID.
func (s Skill) Label(lang string) string {
	if l := preferred(s.Labels, lang); l != "" {
		return l
	}
	return s.ID
}

func preferred(labels map[string][]string, lang string) string {
	if ls := labels[lang]; len(ls) > 0 {
		return ls[0]
	}
	for _, l := range labelLangs(labels) {
		if ls := labels[l]; len(ls) > 0 {
			return ls[0]
		}
	}
	return ""
}

// Closeness says how related two occupations are by their ISCO-08 codes: 1
// in the same 4-digit unit group, 0.5 in the same 3-digit minor group, 0.25
// in the same 2-digit sub-major group, and 0 otherwise or when either code
// is shorter than 4 characters.
func Closeness(iscoA, iscoB string) float64 {
	if len(iscoA) < 4 || len(iscoB) < 4 {
		return 0
	}
	switch {
	case iscoA[:4] == iscoB[:4]:
		return 1
	case iscoA[:3] == iscoB[:3]:
		return 0.5
	case iscoA[:2] == iscoB[:2]:
		return 0.25
	}
	return 0
}
