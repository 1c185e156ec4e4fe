package taxonomy

import "sort"

// Understood is one reading of a client's words or of a vacancy title.
type Understood struct {
	Occupation Occupation
	Matched    string  // the label that matched, as written in the taxonomy
	Lang       string  // the language of that label
	Score      float64 // (0,1]; 1 = the whole label found in the words, and nothing else
}

// maxUnderstood caps the readings Understand returns.
const maxUnderstood = 10

// Understand reads a client's words ("kitchen work", "lavoro in cucina",
// "something with animals") and returns the occupations they point to, best
// first, ties broken by ID; at most 10, none when nothing matches.
//
// How a reading is scored:
//
//   - The text and every label are folded to lower-case ASCII, split on
//     anything that is not a letter or digit, and stripped of stop words
//     (see stopWords).
//   - A text word meets a label word when they are equal (weight 1) or
//     nearly equal (weight 0.8): one is the other plus "s", or they share a
//     prefix of at least 5 letters, differ in length by at most 3, and the
//     shorter one has at most 3 letters beyond the shared prefix
//     ("cleaner"/"cleaning", "cucina"/"cucine", "magazzino"/"magazziniere").
//   - A label of two or three words also matches as one joined word, so
//     "dishwasher" finds "dish washer".
//   - When every word of a label is met, the score is 0.5 + 0.5*w/n, where
//     w is the summed weight of the met words and n the number of words in
//     the text (capped at 1): a label covering more of the text, that is a
//     more specific one, scores higher.
//   - When only some words are met, the score is 0.45*w/m, m being the
//     number of words in the label: always below any full match.
//   - An occupation scores as its best label.
func (t *Taxonomy) Understand(text string) []Understood {
	return t.match.understand(t.occs, text, "", maxUnderstood)
}

// Classify returns the single occupation that best fits a vacancy title. It
// only accepts readings where a whole label was found in the title (Score
// at least 0.5), so a title of unknown work is reported as not classified
// rather than guessed. lang ("en", "it", "es", "da", or "") breaks ties in
// favour of labels in that language.
func (t *Taxonomy) Classify(title, lang string) (Understood, bool) {
	best := t.match.understand(t.occs, title, lang, 1)
	if len(best) == 0 || best[0].Score < 0.5 {
		return Understood{}, false
	}
	return best[0], true
}

const (
	nearWeight    = 0.8   // weight of a nearly equal word
	partialFactor = 0.45  // ceiling of partial matches, below every full match
	minShared     = 5     // shared prefix needed for nearly equal words
	maxTail       = 3     // letters allowed beyond the shared prefix
	langBonus     = 1e-9  // breaks ties for the hinted language in Classify
	prefBonus     = 1e-10 // breaks ties for a preferred label (see labelRef)
)

type labelScore struct{ exact, near int32 }

// score applies the rules documented on Understand to one label met by
// some of the textWords words of a text.
func (s labelScore) score(labelWords, textWords int32) float64 {
	w := float64(s.exact) + nearWeight*float64(s.near)
	if s.exact+s.near >= labelWords {
		return 0.5 + 0.5*min(1, w/float64(textWords))
	}
	return partialFactor * w / float64(labelWords)
}

type candidate struct {
	label int32
	score float64
	rank  float64 // score plus the language bonus
}

// bestLabels returns, per occupation, its best-scoring label for the text
// words.
func (m *matcher) bestLabels(toks []string, lang string) map[int32]candidate {
	acc := make(map[int32]labelScore)
	for _, h := range m.hits(toks) {
		for _, li := range m.postings[h.id] {
			s := acc[li]
			if h.near {
				s.near++
			} else {
				s.exact++
			}
			acc[li] = s
		}
	}
	best := make(map[int32]candidate)
	for li, s := range acc {
		l := m.labels[li]
		score := s.score(l.n, int32(len(toks)))
		rank := score
		if lang != "" && l.lang == lang {
			rank += langBonus
		}
		if l.preferred {
			rank += prefBonus
		}
		if b, ok := best[l.occ]; !ok || rank > b.rank || (rank == b.rank && li < b.label) {
			best[l.occ] = candidate{li, score, rank}
		}
	}
	return best
}

func (m *matcher) understand(occs []Occupation, text, lang string, limit int) []Understood {
	toks := tokens(text)
	if len(toks) == 0 {
		return nil
	}
	best := m.bestLabels(toks, lang)
	out := make([]candidate, 0, len(best))
	for _, c := range best {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].rank != out[j].rank {
			return out[i].rank > out[j].rank
		}
		return occs[m.labels[out[i].label].occ].ID < occs[m.labels[out[j].label].occ].ID
	})
	if len(out) > limit {
		out = out[:limit]
	}
	res := make([]Understood, len(out))
	for i, c := range out {
		l := m.labels[c.label]
		res[i] = Understood{Occupation: occs[l.occ], Matched: l.text, Lang: l.lang, Score: c.score}
	}
	return res
}
