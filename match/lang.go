package match

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// printerFor is the printer of reason text in lang, or nil for English,
// whose text is formatted with fmt exactly as it always was.
func printerFor(lang language.Tag) *message.Printer {
	if lang == language.Und || i18n.Base(lang) == "en" {
		return nil
	}
	return i18n.NewPrinter(lang)
}

// sprintf formats reason text in the language of the call (Options.Lang).
func (w *want) sprintf(format string, a ...any) string {
	if w.pr == nil {
		return fmt.Sprintf(format, a...)
	}
	return w.pr.Sprintf(format, a...)
}

// tr translates a plain phrase of reason text.
func (w *want) tr(en string) string {
	if w.pr == nil {
		return en
	}
	return i18n.Lookup(w.opt.Lang, en)
}

// num writes hours or a limit as trimNum does, with the decimal comma of
// the call's language.
func (w *want) num(f float64) string {
	s := trimNum(f)
	if w.pr == nil || len(s) < 3 || s[len(s)-2] != '.' {
		return s
	}
	return w.pr.Sprintf("%.1f", f)
}
