package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// Occupation scores by level of likeness. Retrieval relies on these: a
// vacancy outside the client's codes (and those of related work), unit
// groups and words scores at most simMinor, outside minor groups 0. Work
// that shares only an ISCO sub-major group is not related: a bartender is
// nothing like animal care.
const (
	simSame  = 1.0
	simUnit  = 0.85
	simMinor = 0.5
	simWords = 0.9 // all of the client's words in the title
)

type occSim struct {
	score float64
	occ   *taxonomy.Occupation // the wanted occupation it was judged against
	via   string
	level string // "same", "unit", "minor", "related", "words"
	words []string
	// reading is the other reading of the title the score came from, nil
	// when it came from the vacancy's occupation.
	reading *index.Reading
	// related is the link when the vacancy is related work.
	related *relatedOcc
}

// sim is how alike a vacancy is to the job type: by its occupation and
// every other reading of its title (weighed by the reading's confidence),
// and by the client's words in its title. Once the client's words were
// understood, a title the taxonomy read scores by words only when it has
// every one of them, and an unread title when it has at least half; an
// unread title scores by the share it has.
func (j *jobWant) sim(e *index.Entry) occSim {
	best := j.simOcc(e.Occupation, 1, nil)
	for i := range e.Readings {
		r := &e.Readings[i]
		if s := j.simOcc(r.Occupation, r.Confidence, r); s.score > best.score {
			best = s
		}
	}
	lang := e.Lang()
	if !isIndexLang(lang) {
		lang = ""
	}
	if ws := j.words[lang]; len(ws) > 0 {
		var hit []string
		for _, w := range ws {
			for _, t := range e.TitleTokens {
				if t == w {
					hit = append(hit, w)
					break
				}
			}
		}
		read := e.Occupation.Code != "" || e.Occupation.ISCO != ""
		switch {
		case j.understood && read && len(hit) < len(ws):
			hit = nil // a read title: every word, or the reading decides
		case j.understood && 2*len(hit) < len(ws):
			hit = nil // an unread title: at least half the words, not one "assistant"
		}
		if s := simWords * float64(len(hit)) / float64(len(ws)); s > best.score {
			best = occSim{score: s, level: "words", words: hit}
		}
	}
	tw := simThemeWord
	if e.Occupation.Code != "" || e.Occupation.ISCO != "" {
		tw = simThemeWordRead
	}
	if best.score < tw {
		for _, w := range j.themeWords[lang] {
			if slices.Contains(e.TitleTokens, w) {
				best = occSim{score: tw, level: "theme-words", words: []string{w}}
				break
			}
		}
	}
	return best
}

// simOcc is how alike one reading of a vacancy's title is to the job
// type's occupations, times the reading's confidence.
func (j *jobWant) simOcc(vo employer.Occupation, conf float64, r *index.Reading) occSim {
	var best occSim
	code, isco := strings.ToLower(vo.Code), vo.ISCO
	for i := range j.occs {
		o := &j.occs[i]
		s, level := 0.0, ""
		switch {
		case code != "" && strings.ToLower(o.ID) == code:
			s, level = simSame, "same"
		default:
			switch taxonomy.Closeness(o.ISCO, isco) {
			case 1:
				s, level = simUnit, "unit"
			case 0.5:
				s, level = simMinor, "minor"
			}
		}
		if j.themes != nil && (level == "unit" || level == "minor") {
			s *= themeSpread
		}
		if s *= conf * j.weight[i]; s > best.score {
			best = occSim{score: s, occ: o, via: j.via[i], level: level, reading: r}
		}
	}
	for k := range j.related {
		rel := &j.related[k]
		if code == "" || strings.ToLower(rel.rel.Occupation.ID) != code {
			continue
		}
		if s := rel.score * conf; s > best.score {
			best = occSim{score: s, occ: &j.occs[rel.of], via: j.via[rel.of], level: "related", reading: r, related: rel}
		}
	}
	return best
}

func isIndexLang(l string) bool {
	for _, x := range index.Languages {
		if x == l {
			return true
		}
	}
	return false
}

// occupationFactor: the kind of work, by how alike the vacancy's
// occupation is to what the client asked for, with a penalty for kinds of
// work the client wants to avoid. The job types are a ranked wish list:
// each later one weighs a little less (choiceWeight). It counts when the
// client names job types, and comes first: clients hold jobs that match their preferences
// about twice as long.
type occupationFactor struct{}

func (occupationFactor) name() string                  { return "occupation" }
func (occupationFactor) defaultWeight() float64        { return 4 }
func (occupationFactor) weightIn(ws *Weights) *float64 { return &ws.Occupation }
func (occupationFactor) weight(w *want) float64        { return w.w.Occupation }
func (occupationFactor) counts(w *want) counting       { return statedIf(len(w.jobs) > 0) }

// bound is the best occupation score of the tier being read: retrieval
// reads the likest occupations first.
func (occupationFactor) bound(_ *want, k *known) float64 { return k.occMax }

func (occupationFactor) score(w *want, c *cand) {
	if len(w.jobs) > 0 {
		var best occSim
		var bj *jobWant
		bi := 0
		for i := range w.jobs {
			s := w.jobs[i].sim(c.e)
			s.score *= choiceWeight(i)
			if s.score > best.score || bj == nil {
				best, bj, bi = s, &w.jobs[i], i
			}
		}
		c.total += w.w.Occupation * best.score
		if c.explain {
			text := w.occText(c, bj, best)
			if len(w.jobs) > 1 && best.score > 0 {
				text += w.sprintf("; matched on the client's %s choice", w.ordinal(bi+1))
			}
			c.add("occupation", effectOf(best.score), best.score, text)
		}
	}
	for i := range w.avoidJobs {
		s := w.avoidJobs[i].sim(c.e)
		if s.score >= simUnit {
			c.total -= w.w.Occupation * 0.5 * s.score
			if c.explain {
				c.add("occupation", Minus, 0.5*s.score, w.sprintf("%s: a kind of work the client wants to avoid (%s)",
					w.vacancyLabel(c.e.Occupation), w.quoteJob(&w.avoidJobs[i])))
			}
		}
	}
}

// choiceWeight weighs a job type by its place in the client's wish list:
// the first counts in full and each later one 5% less, down to 80%, so
// that at equal fit the first choice ranks above the second. It never
// raises a score, so the bound on the occupation score holds.
func choiceWeight(i int) float64 {
	return max(0.8, 1-0.05*float64(i))
}

// ordinal writes 1 as "1st", 2 as "2nd" and so on.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// quoteJob names a job type in a reason: the client's words as they wrote
// them, else the occupation it was given as.
func quoteJob(j *jobWant) string { return speech{}.quoteJob(j) }

// quoteJob is quoteJob in the call's language.
func (w speech) quoteJob(j *jobWant) string {
	if j.text != "" {
		return "'" + j.text + "'"
	}
	if len(j.occs) > 0 {
		return j.occs[0].Label(w.labelLang())
	}
	return w.tr("a job type")
}

func (w *want) occText(c *cand, j *jobWant, s occSim) string {
	vo := c.e.Occupation
	label := w.vacancyLabel(vo)
	if label == "" {
		label = c.e.Title
	}
	inferred := ""
	if vo.Inferred {
		inferred = w.tr(" (occupation read from the title)")
	}
	if s.reading != nil {
		label = w.readingLabel(s.reading)
		inferred = w.sprintf(" (title %q read both as %s and as %s)", c.e.Title, w.vacancyLabel(vo), label)
	}
	label = capFirst(label)
	wanted := ""
	if s.occ != nil {
		wanted = s.occ.Label(w.labelLang())
	}
	switch s.level {
	case "same":
		if len(j.themes) > 0 {
			return w.sprintf("%s: part of what the client asked for (%s, read as %s work, weight %.2f)%s",
				label, w.quoteJob(j), w.themeNames(j.themes), s.score, inferred)
		}
		text := w.sprintf("%s: what the client asked for (%s)", label, w.quoteJob(j))
		if j.text != "" && !strings.HasPrefix(s.via, "code ") {
			viaLabel, viaLang := splitVia(s.via)
			if !strings.EqualFold(viaLabel, j.text) {
				text = w.sprintf("%s: what the client asked for (%s, read as %s from %q)", label, w.quoteJob(j), wanted, viaLabel)
			}
			if viaLang != "" && viaLang != c.e.Lang() {
				text += w.sprintf("; the client's words are %s, the posting is in %s", w.langName(viaLang), w.langName(c.e.Lang()))
			}
		}
		return text + inferred
	case "unit":
		return w.sprintf("%s: close to %s, which the client asked for (same ISCO unit group %s)%s", label, wanted, w.group(s.occ.ISCO), inferred)
	case "minor":
		return w.sprintf("%s: related to %s (same ISCO minor group %s)%s", label, wanted, w.group(s.occ.ISCO[:3]), inferred)
	case "related":
		if r := s.related.rel; !r.Curated || r.Shared >= 3 {
			return w.sprintf("%s: related: %s with %s, which the client asked for%s", label, w.relatedWhy(r), wanted, inferred)
		}
		return w.sprintf("%s: related to %s, which the client asked for (work the vocabulary lists as related)%s", label, wanted, inferred)
	case "theme-words":
		text := w.sprintf("title %q has %q, a word of the %s work the client asked for (%s); found by words, not by an occupation",
			c.e.Title, s.words[0], w.themeNames(j.themes), w.quoteJob(j))
		if vo.Label != "" {
			return text + w.sprintf(": the title was read as %s, check it", w.vacancyLabel(vo))
		}
		return text + w.tr(": the title was not read as one")
	case "words":
		if vo.Code == "" && vo.ISCO == "" {
			return w.sprintf("title %q has the client's words %s; found by words, not by an occupation: the title was not read as one", c.e.Title, strings.Join(s.words, ", "))
		}
		if j.understood {
			return w.sprintf("title %q has every one of the client's words (%s), though it was read as %s; found by words, check it", c.e.Title, strings.Join(s.words, ", "), w.vacancyLabel(vo))
		}
		return w.sprintf("title %q has the client's words %s", c.e.Title, strings.Join(s.words, ", "))
	}
	return w.sprintf("%s: not the kind of work the client asked for (%s)", label, w.quoteJob(j))
}

// themeNames names the themes of a broad wish: "animals and plants".
func (w *want) themeNames(themes []string) string {
	if w.english() {
		return strings.Join(themes, " and ")
	}
	names := make([]string, len(themes))
	for i, t := range themes {
		names[i] = w.tr(t)
	}
	return w.list(names, " and ", "and")
}

// relatedWhy says why two occupations are related, as Relation.Why does.
func (w *want) relatedWhy(r taxonomy.Relation) string {
	why := r.Why()
	if w.english() {
		return why
	}
	if why == fmt.Sprintf("shares %d of %d essential skills", r.Shared, r.Of) {
		return w.sprintf("shares %d of %d essential skills", r.Shared, r.Of)
	}
	return w.tr(why)
}

// vacancyLabel is a vacancy's occupation label in the call's language
// when it is the vocabulary's own label and the vocabulary has one in
// that language; a label the posting or an import gave is data, and
// stays as it is.
func (w *want) vacancyLabel(vo employer.Occupation) string {
	return w.vocabularyLabel(vo.Code, vo.Label)
}

// readingLabel is vacancyLabel for another reading of a title.
func (w *want) readingLabel(r *index.Reading) string {
	return w.vocabularyLabel(r.Code, r.Label)
}

func (w *want) vocabularyLabel(code, label string) string {
	if w.english() || code == "" || label == "" {
		return label
	}
	o, ok := w.tax.Occupation(code)
	if !ok {
		o, ok = w.tax.Occupation(strings.ToLower(code))
	}
	if !ok || !strings.EqualFold(o.Label("en"), label) {
		return label
	}
	return o.Label(w.labelLang())
}

// splitVia splits "aiuto cucina (it)" into the label and its language.
func splitVia(via string) (label, lang string) {
	i := strings.LastIndex(via, " (")
	if i < 0 || !strings.HasSuffix(via, ")") {
		return via, ""
	}
	return via[:i], via[i+2 : len(via)-1]
}

// capFirst upper-cases the first letter, for a label that starts a reason.
func capFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// group names an ISCO group by code, with its label when the taxonomy has
// one: "941, food preparation assistants".
func (w *want) group(code string) string {
	if label, ok := w.tax.ISCOGroup(code); ok {
		return code + ", " + strings.ToLower(label[:1]) + label[1:]
	}
	return code
}
