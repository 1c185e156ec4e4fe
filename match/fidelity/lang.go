package fidelity

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
)

// sprintf formats a flag in lang: English (or zero) with fmt, as it
// always was; Italian, Spanish or Danish from the catalogue, with that
// language's numbers.
func sprintf(lang language.Tag, format string, a ...any) string {
	if lang == language.Und || i18n.Base(lang) == "en" {
		return fmt.Sprintf(format, a...)
	}
	return i18n.NewPrinter(lang).Sprintf(format, a...)
}

// tr translates a plain phrase into lang; English (or zero) as it is.
func tr(lang language.Tag, en string) string {
	if lang == language.Und || i18n.Base(lang) == "en" {
		return en
	}
	return i18n.Lookup(lang, en)
}

// date writes an ISO day as lang writes dates.
func date(lang language.Tag, d fmt.Stringer) string {
	if lang == language.Und {
		return d.String()
	}
	return i18n.Date(lang, d.String())
}
