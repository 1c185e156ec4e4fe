package jobposting

import (
	textfold "github.com/ipsmatch/ipsmatch/internal/fold"
	"html"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// fold returns s in lower case with accents folded to ASCII.
func fold(s string) string { return textfold.String(s) }

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// blockTags end a line when a description is turned into plain text.
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

// plainText strips HTML tags from s and decodes its entities, keeping
// paragraphs and list items as lines. Job boards often escape the HTML
// itself ("&lt;p&gt;"), so an escaped description is unescaped first.
func plainText(s string) string {
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || !looksLikeTag(s[i+1:]) {
			b.WriteByte('<')
			s = s[i+1:]
			continue
		}
		if blockTags[tagName(s[i+1:i+j])] {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
		s = s[i+j+1:]
	}
	var lines []string
	for _, l := range strings.Split(html.UnescapeString(b.String()), "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// looksLikeTag reports whether the text after a '<' starts a tag rather
// than being a less-than sign in prose.
func looksLikeTag(s string) bool {
	return s != "" && (s[0] == '/' || s[0] == '!' || s[0] < unicode.MaxASCII && unicode.IsLetter(rune(s[0])))
}

// tagName returns the lower-case name of a tag from the text between its
// angle brackets.
func tagName(s string) string {
	s = strings.TrimLeft(s, "/")
	end := strings.IndexAny(s, " \t\r\n/")
	if end >= 0 {
		s = s[:end]
	}
	return strings.ToLower(s)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// parseAmount reads a number written by a person: "1200", "1200.50",
// "1.200,50", "12,50", with an optional currency sign. A lone separator is
// decimal; with both, the last one is.
func parseAmount(s string) (float64, bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "€$£"))
	s = strings.ReplaceAll(s, " ", "")
	dot, comma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	switch {
	case dot >= 0 && comma >= 0 && comma > dot:
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	case dot >= 0 && comma >= 0:
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0 && strings.Count(s, ",") == 1:
		s = strings.Replace(s, ",", ".", 1)
	case comma >= 0:
		s = strings.ReplaceAll(s, ",", "")
	case strings.Count(s, ".") > 1:
		s = strings.ReplaceAll(s, ".", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !finite(f) {
		return 0, false
	}
	return f, true
}

// slug turns s into lower-case ASCII words joined by '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// Words that, counted in a posting's title and description, tell Italian
// from English when inLanguage is missing.
var (
	italianWords = set("di", "il", "la", "per", "con", "che", "del", "della", "dei", "delle", "alle", "nella",
		"e", "un", "una", "si", "sono", "anche", "richiede", "richiesta",
		"cerchiamo", "ricerca", "addetto", "addetta", "lavoro", "esperienza", "orario", "sede", "offre", "offriamo")
	englishWords = set("the", "and", "for", "with", "we", "you", "our", "of", "to", "is", "are",
		"looking", "experience", "join", "team", "role", "will", "your")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// guessLanguage returns "it" or "en" when the words of s clearly lean one
// way, else "".
func guessLanguage(s string) string {
	it, en := 0, 0
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if italianWords[w] {
			it++
		}
		if englishWords[w] {
			en++
		}
	}
	switch {
	case it >= 2 && it > 2*en:
		return "it"
	case en >= 2 && en > 2*it:
		return "en"
	}
	return ""
}
