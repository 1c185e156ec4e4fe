package taxonomy

import (
	"sort"
	"strings"
)

// labelRef is one indexed form of a label: its words, or its words joined
// into one.
type labelRef struct {
	occ  int32
	n    int32 // distinct words
	text string
	lang string
	// preferred is true for an occupation's preferred label in its
	// language; on an equal score it wins over an alternative label, so
	// that "kitchen assistant" reads as the occupation of that name rather
	// than one that lists it among its alternatives.
	preferred bool
}

// matcher is the inverted index behind Understand: every distinct label
// word, and the labels that hold it.
type matcher struct {
	labels   []labelRef
	vocab    map[string]int32   // word -> word id
	words    []string           // word id -> word
	postings [][]int32          // word id -> label indexes
	prefix   map[string][]int32 // first minShared bytes -> ids of label words at least that long
	inPrefix []bool             // word id -> listed in prefix
}

// langOrder puts the four engine languages first so that label indexes, and
// therefore which label is reported on a tie, are deterministic.
var langOrder = []string{"en", "it", "es", "da"}

func labelLangs(labels map[string][]string) []string {
	out := make([]string, 0, len(labels))
	for _, l := range langOrder {
		if _, ok := labels[l]; ok {
			out = append(out, l)
		}
	}
	var rest []string
	for l := range labels {
		if !isEngineLang(l) {
			rest = append(rest, l)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func isEngineLang(l string) bool {
	for _, e := range langOrder {
		if e == l {
			return true
		}
	}
	return false
}

func newMatcher(occs []Occupation) matcher {
	m := matcher{vocab: make(map[string]int32), prefix: make(map[string][]int32)}
	seen := make(map[string]struct{})
	for i, o := range occs {
		clear(seen)
		for _, lang := range labelLangs(o.Labels) {
			for j, label := range o.Labels[lang] {
				toks := tokens(label)
				key := lang + "\x00" + strings.Join(toks, " ")
				if _, dup := seen[key]; dup || len(toks) == 0 {
					continue
				}
				seen[key] = struct{}{}
				m.add(labelRef{occ: int32(i), n: int32(len(toks)), text: label, lang: lang, preferred: j == 0}, toks, true)
				if len(toks) == 2 || len(toks) == 3 {
					// The joined form only matches exactly: "addettobar" must
					// not pass for a near form of "addetto".
					m.add(labelRef{occ: int32(i), n: 1, text: label, lang: lang, preferred: j == 0}, []string{strings.Join(toks, "")}, false)
				}
			}
		}
	}
	return m
}

// add indexes a label under its words; near says whether those words may
// also be met by nearly equal text words.
func (m *matcher) add(l labelRef, toks []string, near bool) {
	li := int32(len(m.labels))
	m.labels = append(m.labels, l)
	for _, tok := range toks {
		id, ok := m.vocab[tok]
		if !ok {
			id = int32(len(m.words))
			m.vocab[tok] = id
			m.words = append(m.words, tok)
			m.postings = append(m.postings, nil)
			m.inPrefix = append(m.inPrefix, false)
		}
		if near && !m.inPrefix[id] && len(tok) >= minShared {
			m.prefix[tok[:minShared]] = append(m.prefix[tok[:minShared]], id)
			m.inPrefix[id] = true
		}
		m.postings[id] = append(m.postings[id], li)
	}
}

// nearlyEqual reports whether two different words count as the same word
// with a different ending (see Understand): they share a stem of at least
// minShared letters and what follows it, in each, is an inflection or a
// common word ending of the four languages ("cleaner"/"cleaning",
// "cucina"/"cucine", "magazzino"/"magazziniere"). An arbitrary tail does
// not count: "animals" is not "animator".
func nearlyEqual(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if b == a+"s" {
		return true
	}
	if len(a) < minShared || len(b)-len(a) > maxTail+1 {
		return false
	}
	shared := 0
	for shared < len(a) && a[shared] == b[shared] {
		shared++
	}
	if shared < minShared {
		return false
	}
	_, okA := endings[a[shared:]]
	_, okB := endings[b[shared:]]
	return okA && okB
}

// endings are the word endings nearlyEqual lets differ: English, Italian,
// Spanish and Danish inflections and agent or activity suffixes.
var endings = makeSet("", "s", "es", "e", "er", "ers", "ing", "ings", "ed", "or", "ors", "y", "ies", "ery",
	"o", "a", "i", "os", "as", "ia", "ie", "io", "ista", "iste", "isti", "iere", "iera", "ieri", "iero", "ore", "ori", "ora", "rice",
	"ero", "era", "eros", "eras", "ador", "adora",
	"en", "ene", "ere", "erne", "ing", "inger", "else")

type wordHit struct {
	id   int32
	near bool
}

// hits returns the label words met by the text words, each once, exact
// meetings winning over near ones.
func (m *matcher) hits(toks []string) []wordHit {
	var out []wordHit
	note := func(id int32, near bool) {
		for i := range out {
			if out[i].id == id {
				out[i].near = out[i].near && near
				return
			}
		}
		out = append(out, wordHit{id, near})
	}
	for _, tok := range toks {
		if id, ok := m.vocab[tok]; ok {
			note(id, false)
		}
		if id, ok := m.vocab[tok+"s"]; ok {
			note(id, true)
		}
		if s, ok := strings.CutSuffix(tok, "s"); ok && len(s) > 0 {
			if id, ok := m.vocab[s]; ok {
				note(id, true)
			}
		}
		if len(tok) >= minShared {
			for _, id := range m.prefix[tok[:minShared]] {
				if w := m.words[id]; w != tok && nearlyEqual(w, tok) {
					note(id, true)
				}
			}
		}
	}
	return out
}
