// Package fold compares words however they were typed: lower case, with
// accented letters of the project's languages (Italian, Spanish, Danish,
// and their neighbours) folded to plain ASCII, so that "rengøring",
// "Società" and "sì" meet "rengoring", "societa" and "si".
package fold

import (
	"strings"
	"unicode"
)

// table maps accented letters (already lower case) to plain ASCII.
var table = map[rune]string{
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

// Rune appends the folded form of r (lower-cased) to b.
func Rune(b *strings.Builder, r rune) {
	r = unicode.ToLower(r)
	if f, ok := table[r]; ok {
		b.WriteString(f)
		return
	}
	b.WriteRune(r)
}

// String returns s in lower case with accents folded.
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		Rune(&b, r)
	}
	return b.String()
}
