package geocode

import (
	"strings"
	"unicode"

	"github.com/ipsmatch/ipsmatch/internal/fold"
)

// query is a free-text place split into the parts teams write: a street
// with its number, a postcode, a town and a province code, as in
// "Via Zamboni 12, 40126 Bologna (BO)".
type query struct {
	street   string   // folded, "" when none
	postcode string   // digits as written, "" when none
	province string   // folded province code, "" when none
	towns    []string // folded candidate town names, most likely first
}

// streetWords begin a street in the project's languages.
var streetWords = []string{"via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "borgo",
	"contrada", "localita", "loc.", "calle", "avenida", "plaza", "paseo", "carrer", "gade", "vej", "alle", "plads",
	"street", "road", "avenue"}

func parseQuery(s string) query {
	var q query
	parts := strings.Split(s, ",")
	var rest []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		// "(BO)" or a trailing two-letter upper-case code: a province.
		if i := strings.LastIndex(p, "("); i >= 0 && strings.HasSuffix(p, ")") {
			if c := strings.TrimSpace(p[i+1 : len(p)-1]); isProvince(c) {
				q.province = fold.String(c)
				p = strings.TrimSpace(p[:i])
			}
		}
		words := strings.Fields(p)
		if n := len(words); n > 1 && isProvince(words[n-1]) && strings.ToUpper(words[n-1]) == words[n-1] {
			q.province = fold.String(words[n-1])
			words = words[:n-1]
		}
		kept := words[:0]
		for _, w := range words {
			if q.postcode == "" && isPostcode(w) {
				q.postcode = w
				continue
			}
			kept = append(kept, w)
		}
		if len(kept) == 0 {
			continue
		}
		p = key(strings.Join(kept, " "))
		if isStreet(kept) {
			if q.street == "" {
				q.street = p
			}
			continue
		}
		rest = append(rest, p)
	}
	// The town is usually last; within one part, the longest tail of
	// words may be the town ("Bologna" in "centro Bologna").
	for i := len(rest) - 1; i >= 0; i-- {
		w := strings.Fields(rest[i])
		for j := range w {
			q.towns = append(q.towns, strings.Join(w[j:], " "))
		}
	}
	return q
}

func isProvince(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isPostcode accepts four to five digits: Italian CAP, Spanish código
// postal (five), Danish postnummer (four).
func isPostcode(s string) bool {
	if len(s) < 4 || len(s) > 5 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isStreet says whether words name a street: a street word first, or a
// house number among them.
func isStreet(words []string) bool {
	first := fold.String(words[0])
	for _, s := range streetWords {
		if first == s {
			return true
		}
	}
	for _, w := range words[1:] {
		if w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

var punctuation = strings.NewReplacer("'", " ", "’", " ", "-", " ", ".", " ")

// key folds a name for look-up: lower case, no accents, apostrophes and
// hyphens as spaces, single spaces.
func key(s string) string {
	s = fold.String(s)
	s = punctuation.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
