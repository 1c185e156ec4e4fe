package export

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// words writes export's text in one language. The zero value is English,
// formatted with fmt exactly as it always was; the catalogue
// (internal/i18n) is keyed by the English.
type words struct {
	lang language.Tag
	pr   *message.Printer // nil for English
}

func wordsIn(lang language.Tag) words {
	if lang == language.Und || i18n.Base(lang) == "en" {
		return words{lang: language.English}
	}
	return words{lang: lang, pr: i18n.NewPrinter(lang)}
}

func (w words) english() bool { return w.pr == nil }

func (w words) sprintf(format string, a ...any) string {
	if w.pr == nil {
		return fmt.Sprintf(format, a...)
	}
	return w.pr.Sprintf(format, a...)
}

func (w words) tr(en string) string {
	if w.pr == nil {
		return en
	}
	return i18n.Lookup(w.lang, en)
}

// date writes an ISO date as the language writes dates.
func (w words) date(d fmt.Stringer) string { return i18n.Date(w.lang, d.String()) }
