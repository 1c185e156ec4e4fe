package taxonomy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Theme is a broad wish ("something with animals", "lavoro all'aperto")
// read as the set of occupations a town offers for it, each with a
// weight in (0,1]: reading it as one occupation dropped most of the work
// it means.
type Theme struct {
	ID      string
	Words   map[string][]string // per language, the words that name it
	Members []ThemeMember       // heaviest first

	// phrases are Words tokenised, every language's together, as read
	// when the theme was parsed: tokenising the whole theme vocabulary
	// for every wish was a twentieth of a match at 1,000,000 vacancies.
	phrases [][]string
}

// phrasesOf tokenises the words of every language.
func phrasesOf(words map[string][]string) [][]string {
	var out [][]string
	for _, ws := range words {
		for _, w := range ws {
			out = append(out, tokens(w))
		}
	}
	return out
}

// ThemeMember is one occupation of a theme and how well it answers the
// wish.
type ThemeMember struct {
	Occupation Occupation
	Weight     float64
}

// Reading of a wish as themes: every word of the wish names a theme or is
// a filler, else the wish is specific and Understand reads it.
type ThemeReading struct {
	Themes  []string      // the theme ids, in the order the wish names them
	Members []ThemeMember // their occupations, heaviest first, ties by id
	// Words are the words that name the themes, in every language: a
	// title the taxonomy cannot read ("Dog kennel hand") that has one is
	// work of the theme.
	Words []string
}

// themeFillers are words that carry no kind of work in a broad wish.
var themeFillers = makeSet(
	"maybe", "perhaps", "possibly", "anything", "some", "kind", "sort", "like", "working", "preferably", "ideally", "my",
	"forse", "magari", "qualsiasi", "tipo", "lavorare", "all", "gli", "qualche", "genere", "preferibilmente",
	"quizas", "quiza", "tal", "vez", "cualquier", "trabajar", "tipo", "un", "una", "preferiblemente",
	"maaske", "maske", "nogle", "slags", "gerne", "en",
)

// Themes reads a client's wish as themes: ok is false unless every word
// of it names a theme (in any of the four languages, a plural "s" aside)
// or is a filler such as "maybe". The members of all themes named are
// joined: an occupation weighs its most in any of them, times 0.95 when
// only some of the themes hold it, so that "a shop, maybe clothes" puts
// clothes shops first.
func (t *Taxonomy) Themes(wish string) (ThemeReading, bool) {
	return t.themesOf(tokens(wish), true)
}

// ThemesBeyond reads the themes named by the words of a wish that a
// reading's label (matched, as Understood gives it) leaves out: "pet care
// assistant" read as care assistant leaves "pet", which names the
// animals theme, so the wish is about animals and not residential care.
// ok is false when the words left out name no theme.
func (t *Taxonomy) ThemesBeyond(wish, matched string) (ThemeReading, bool) {
	label := tokens(matched)
	var left []string
	for _, w := range tokens(wish) {
		if !slices.ContainsFunc(label, func(l string) bool { return sameWord(w, l) || nearlyEqual(w, l) }) {
			left = append(left, w)
		}
	}
	return t.themesOf(left, false)
}

// themesOf reads toks as themes; with all, every word must name a theme
// or be a filler.
func (t *Taxonomy) themesOf(toks []string, all bool) (ThemeReading, bool) {
	if len(toks) == 0 || len(t.themes) == 0 {
		return ThemeReading{}, false
	}
	covered := make([]bool, len(toks))
	var named []*Theme
	for i := range t.themes {
		th := &t.themes[i]
		ps := th.phrases
		if ps == nil {
			ps = phrasesOf(th.Words)
		}
		hit := false
		for _, p := range ps {
			if markPhrase(toks, p, covered) {
				hit = true
			}
		}
		if hit {
			named = append(named, th)
		}
	}
	for i, c := range covered {
		if _, filler := themeFillers[toks[i]]; all && !c && !filler {
			return ThemeReading{}, false
		}
	}
	if len(named) == 0 {
		return ThemeReading{}, false
	}
	weight, count := map[string]float64{}, map[string]int{}
	occ := map[string]Occupation{}
	var out ThemeReading
	for _, th := range named {
		out.Themes = append(out.Themes, th.ID)
		for _, lang := range builtinLangs {
			out.Words = append(out.Words, th.Words[lang]...)
		}
		for _, m := range th.Members {
			weight[m.Occupation.ID] = max(weight[m.Occupation.ID], m.Weight)
			count[m.Occupation.ID]++
			occ[m.Occupation.ID] = m.Occupation
		}
	}
	for id, w := range weight {
		if count[id] < len(named) {
			w *= 0.95
		}
		out.Members = append(out.Members, ThemeMember{Occupation: occ[id], Weight: w})
	}
	slices.SortFunc(out.Members, func(a, b ThemeMember) int {
		if a.Weight != b.Weight {
			if a.Weight > b.Weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Occupation.ID, b.Occupation.ID)
	})
	return out, true
}

// markPhrase marks the words of toks that phrase covers when it is found
// in toks as consecutive words; it reports whether it was.
func markPhrase(toks, phrase []string, covered []bool) bool {
	if len(phrase) == 0 {
		return false
	}
	found := false
	for i := 0; i+len(phrase) <= len(toks); i++ {
		ok := true
		for k, p := range phrase {
			if !sameWord(toks[i+k], p) {
				ok = false
				break
			}
		}
		if ok {
			found = true
			for k := range phrase {
				covered[i+k] = true
			}
		}
	}
	return found
}

// sameWord compares words of a wish and of a theme, a plural "s" aside.
func sameWord(a, b string) bool {
	return a == b || a == b+"s" || b == a+"s"
}

// parseThemes reads themes.txt, checking every occupation id and weight.
func parseThemes(data []byte, known map[string]int32, occs []Occupation) ([]Theme, error) {
	var out []Theme
	err := eachLine(data, "themes.txt", 2+len(builtinLangs), func(n int, f []string) error {
		th := Theme{ID: f[0], Words: map[string][]string{}}
		for i, lang := range builtinLangs {
			th.Words[lang] = splitList(f[1+i], ";")
		}
		for _, m := range splitList(f[1+len(builtinLangs)], ",") {
			id, ws, ok := strings.Cut(m, ":")
			w, err := strconv.ParseFloat(strings.TrimSpace(ws), 64)
			j, known := known[strings.TrimSpace(id)]
			if !ok || err != nil || w <= 0 || w > 1 || !known {
				return fmt.Errorf("themes.txt line %d: member %q: want a known occupation id and a weight in (0,1]: %w", n, m, ErrBuiltinData)
			}
			th.Members = append(th.Members, ThemeMember{Occupation: occs[j], Weight: w})
		}
		th.phrases = phrasesOf(th.Words)
		out = append(out, th)
		return nil
	})
	return out, err
}
