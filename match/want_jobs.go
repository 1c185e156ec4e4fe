package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
)

const (
	// maxReadings caps the occupations a specific wish is read as.
	maxReadings = 4
	// maxRelated caps the related occupations of one job type.
	maxRelated = 12
	// simThemeWord is the occupation score of a title the taxonomy could
	// not read that has a word naming the theme of a broad wish.
	simThemeWord = 0.6
	// simThemeWordRead is the same for a title the taxonomy read as work
	// outside the theme ("Second-hand clothes sorter" read as a sorter):
	// the word says more than the reading, but less than for an unread
	// title.
	simThemeWordRead = 0.45
	// themeSpread scales the unit and minor group likeness of a theme's
	// occupations: a theme is already the list of work it means, and a
	// flower shop's unit group is every shop.
	themeSpread = 0.7
	// simRelated is the occupation score of related work at the weakest
	// link; a curated pair or one that shares every essential skill
	// scores simRelated+0.15. Both are below the same unit group and
	// above the same minor group.
	simRelated = 0.55
)

// relatedOcc is an occupation related to one the client asked for.
type relatedOcc struct {
	of    int // index in occs of the occupation asked for
	rel   taxonomy.Relation
	score float64 // the occupation score of a vacancy of this occupation
}

// readJob reads one job type: its code, or its words as a theme when the
// wish is broad, else as the occupations they name; then the work related
// to what it was read as.
func readJob(ix *index.Index, tax *taxonomy.Taxonomy, j preference.JobType) (jobWant, Understanding) {
	jw := jobWant{text: j.Text, strength: j.Strength, words: map[string][]string{}}
	u := Understanding{Text: j.Text, Strength: string(j.Strength)}
	add := func(o taxonomy.Occupation, conf, weight float64, via string) {
		jw.occs, jw.conf, jw.weight, jw.via = append(jw.occs, o), append(jw.conf, conf), append(jw.weight, weight), append(jw.via, via)
	}
	if j.Occupation != "" {
		if o, ok := tax.Occupation(j.Occupation); ok {
			add(o, 1, 1, "code "+o.ID)
		} else if len(j.Occupation) == 4 && isDigits(j.Occupation) {
			o := taxonomy.Occupation{ID: "isco-" + j.Occupation, ISCO: j.Occupation,
				Labels: map[string][]string{"en": {"ISCO " + j.Occupation}}}
			add(o, 1, 1, "ISCO group "+j.Occupation)
		}
	}
	if j.Text != "" {
		if th, ok := tax.Themes(j.Text); ok && len(jw.occs) == 0 {
			useTheme(ix, &jw, th, "", add)
		} else if rs := tax.Understand(j.Text); len(rs) > 0 && len(jw.occs) == 0 && themeBeyond(ix, tax, j.Text, rs[0], add, &jw) {
			// The reading left out a word that names a kind of work.
		} else {
			for _, r := range taxonomy.Distinct(rs) {
				if r.Score < understandFloor || len(jw.occs) >= maxReadings {
					continue
				}
				if lo.ContainsBy(jw.occs, func(o taxonomy.Occupation) bool { return o.ID == r.Occupation.ID }) {
					continue
				}
				add(r.Occupation, min(1, r.Score), 1, r.Matched+" ("+r.Lang+")")
			}
		}
		// The client's own words always match titles. Once the words are
		// understood, a read title needs every word (words such as
		// "assistant" in "shop assistant" would otherwise add only noise)
		// and an unread title any of them.
		jw.wordsText = j.Text
		for _, l := range append([]string{""}, index.Languages...) {
			jw.words[l] = ix.Analyze(l, j.Text)
		}
	}
	jw.understood = len(jw.occs) > 0
	jw.related = relatedTo(tax, jw.occs, jw.weight)
	for i, o := range jw.occs {
		u.Occupations = append(u.Occupations, o.ID)
		u.Labels = append(u.Labels, o.Label("en"))
		u.Via = append(u.Via, jw.via[i])
		if jw.themes != nil {
			u.Weights = append(u.Weights, jw.weight[i])
		}
	}
	u.Themes = jw.themes
	for _, r := range jw.related {
		u.Related = append(u.Related, r.rel.Occupation.ID)
	}
	return jw, u
}

// themeBeyond reads a wish as the themes its words name beyond the best
// reading r, when they name one: "plant nursery assistant" is plant work,
// not a nursery for children. The reading is kept only when the theme
// holds it.
func themeBeyond(ix *index.Index, tax *taxonomy.Taxonomy, text string, r taxonomy.Understood, add func(taxonomy.Occupation, float64, float64, string), jw *jobWant) bool {
	if r.Score < understandFloor {
		return false
	}
	th, ok := tax.ThemesBeyond(text, r.Matched)
	if !ok {
		return false
	}
	useTheme(ix, jw, th, " (from the client's words beyond "+r.Matched+")", add)
	return true
}

// useTheme reads a job type as the themes th: their occupations with
// their weights, and the words that name them, for titles the taxonomy
// cannot read.
func useTheme(ix *index.Index, jw *jobWant, th taxonomy.ThemeReading, note string, add func(taxonomy.Occupation, float64, float64, string)) {
	jw.themes = th.Themes
	for _, m := range th.Members {
		add(m.Occupation, 1, m.Weight, "theme "+strings.Join(th.Themes, " + ")+note)
	}
	jw.themeText = strings.Join(th.Words, " ")
	jw.themeWords = map[string][]string{}
	for _, l := range append([]string{""}, index.Languages...) {
		jw.themeWords[l] = lo.Uniq(ix.Analyze(l, jw.themeText))
	}
}

// relatedTo lists the occupations related to occs and not among them,
// strongest first, at most maxRelated: each scores by its link, times the
// weight of the occupation it is related to.
func relatedTo(tax *taxonomy.Taxonomy, occs []taxonomy.Occupation, weight []float64) []relatedOcc {
	best := map[string]relatedOcc{}
	for i, o := range occs {
		for _, r := range tax.Related(o.ID) {
			if lo.ContainsBy(occs, func(x taxonomy.Occupation) bool { return x.ID == r.Occupation.ID }) {
				continue
			}
			s := (simRelated + 0.15*r.Score) * weight[i]
			if b, ok := best[r.Occupation.ID]; !ok || s > b.score {
				best[r.Occupation.ID] = relatedOcc{of: i, rel: r, score: s}
			}
		}
	}
	out := lo.Values(best)
	sortRelated(out)
	if len(out) > maxRelated {
		out = out[:maxRelated]
	}
	return out
}

func sortRelated(rs []relatedOcc) {
	slices.SortFunc(rs, func(a, b relatedOcc) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return strings.Compare(a.rel.Occupation.ID, b.rel.Occupation.ID)
	})
}
