package taxonomy

import (
	"strings"
	"unicode"
)

// fold maps accented and special letters (already lower case) to plain ASCII
// so that "rengøring", "pulizìe" and "limpiéza" compare with what a client
// types on any keyboard.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u",
	'ý': "y", 'ÿ': "y",
	'ß': "ss",
}

// stopWords are dropped from both the text and the labels before matching:
// function words of the four languages, plus words such as "job" or "lavoro"
// that clients add to any request ("kitchen work", "lavoro in cucina").
// One list serves all languages because a client's text carries no language
// tag, and the few clashes ("la", "en") are function words everywhere.
var stopWords = makeSet(
	// en
	"a", "an", "the", "and", "or", "in", "of", "with", "to", "for", "at", "on", "as", "by",
	"job", "jobs", "work", "something",
	// it
	"lavoro", "di", "da", "con", "per", "il", "la", "lo", "le", "un", "una", "uno", "qualcosa", "come",
	"e", "o", "al", "alla", "alle", "allo", "ai", "agli", "del", "della", "delle", "dei", "degli", "nel", "nella",
	// es
	"trabajo", "en", "de", "para", "el", "los", "las", "algo", "y", "al", "por",
	// da
	"arbejde", "i", "med", "til", "et", "noget", "som", "og", "eller", "af", "pa",
)

func makeSet(words ...string) map[string]struct{} {
	s := make(map[string]struct{}, len(words))
	for _, w := range words {
		s[w] = struct{}{}
	}
	return s
}

// tokens returns the folded words of s that are not stop words, each once,
// in order of first appearance.
func tokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		if _, stop := stopWords[w]; stop {
			return
		}
		for _, seen := range out {
			if seen == w {
				return
			}
		}
		out = append(out, w)
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// joinTokens folds s like tokens but keeps every word, stop words
// included, joined by single spaces: a key for exact comparison.
func joinTokens(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
