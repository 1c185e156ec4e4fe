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
