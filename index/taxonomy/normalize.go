package taxonomy

import (
	"github.com/ipsmatch/ipsmatch/internal/fold"
	"strings"
	"unicode"
)

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
		fold.Rune(&b, r)
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
		fold.Rune(&b, r)
	}
	return b.String()
}
