package taxonomy

import "slices"

// ISCOGroup returns the English label of an ISCO-08 group of any level: a
// major (1 digit), sub-major (2), minor (3) or unit group (4 digits). ESCO
// supplies every group's label; the built-in vocabulary only labels the
// major groups and the sub-major groups its occupations fall in.
func (t *Taxonomy) ISCOGroup(code string) (label string, ok bool) {
	label, ok = t.groups[code]
	return label, ok
}

// Broader returns the chain of broader concepts above id, nearest first,
// ending at the ISCO-08 major group. id may be an occupation ID or an
// ISCO-08 group code. From an occupation, the chain follows Broader through
// any broader ESCO occupations to an ISCO-08 group, then that group's
// prefixes: ESCO's grill cook ("5120.1.3") gives ["5120.1", "5120", "512",
// "51", "5"]. An occupation without Broader (all built-in ones) continues
// with its ISCO unit group: "kitchen-porter" gives ["9412", "941", "94",
// "9"]. From a group code the chain is the code's shorter prefixes ("9412"
// gives ["941", "94", "9"]). Broader returns nil for an unknown id and for a
// major group. Broader does not check that the groups have labels.
func (t *Taxonomy) Broader(id string) []string {
	i, ok := t.byID[id]
	if !ok {
		if !isISCOCode(id) {
			return nil
		}
		return appendISCOPrefixes(nil, id[:len(id)-1])
	}
	var chain []string
	for {
		o := t.occs[i]
		next := o.Broader
		if next == "" {
			next = o.ISCO
		}
		if next == "" || next == id || slices.Contains(chain, next) {
			return chain // no broader concept, or a cycle in the data
		}
		j, isOcc := t.byID[next]
		if !isOcc {
			if isISCOCode(next) {
				return appendISCOPrefixes(chain, next)
			}
			return append(chain, next) // a concept this taxonomy does not hold
		}
		chain = append(chain, next)
		i = j
	}
}

// isISCOCode reports whether s looks like an ISCO-08 group code: 1 to 4
// ASCII digits.
func isISCOCode(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendISCOPrefixes appends code and each of its shorter prefixes, down to
// the 1-digit major group.
func appendISCOPrefixes(chain []string, code string) []string {
	for n := len(code); n >= 1; n-- {
		chain = append(chain, code[:n])
	}
	return chain
}

func mergeGroups(a, b map[string]string) map[string]string {
	if len(a)+len(b) == 0 {
		return nil
	}
	out := make(map[string]string, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}
