package server

import (
	"net/http"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
)

// langMatcher picks among the languages ipsmatch speaks, English first.
var langMatcher = language.NewMatcher(i18n.Supported)

// requestLang is the language a request's answer is written in: the best
// of English, Italian, Spanish and Danish for its Accept-Language header
// ("it-IT,it;q=0.9,en;q=0.8" is Italian, "es-MX" Spanish), and English
// when the header is missing, malformed or names none of them. It changes
// the text of reasons, flags and explanations only; codes, ids, numbers
// and the JSON's shape are the same in every language.
func requestLang(r *http.Request) language.Tag {
	h := r.Header.Get("Accept-Language")
	if h == "" {
		return language.English
	}
	tags, _, err := language.ParseAcceptLanguage(h)
	if err != nil || len(tags) == 0 {
		return language.English
	}
	_, i, conf := langMatcher.Match(tags...)
	if conf == language.No {
		return language.English
	}
	return i18n.Supported[i]
}
