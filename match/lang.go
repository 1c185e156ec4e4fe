package match

import (
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// speech writes reason and flag text in one language (Options.Lang). The
// zero value is English, formatted with fmt exactly as it always was: the
// catalogue is keyed by the English format strings, so English output
// never depends on it.
type speech struct {
	lang language.Tag
	pr   *message.Printer   // nil for English
	tax  *taxonomy.Taxonomy // names kinds of work in the language; nil: as the data names them
}

// speechIn is the speech of lang; English for the zero tag.
func speechIn(lang language.Tag) speech {
	return speech{lang: lang, pr: printerFor(lang)}
}

// printerFor is the printer of reason text in lang, or nil for English,
// whose text is formatted with fmt exactly as it always was.
func printerFor(lang language.Tag) *message.Printer {
	if lang == language.Und || i18n.Base(lang) == "en" {
		return nil
	}
	return i18n.NewPrinter(lang)
}

// english reports whether the text is English.
func (s speech) english() bool { return s.pr == nil }

// sprintf formats reason text in the language of the call (Options.Lang).
func (s speech) sprintf(format string, a ...any) string {
	if s.pr == nil {
		return fmt.Sprintf(format, a...)
	}
	return s.pr.Sprintf(format, a...)
}

// tr translates a plain phrase of reason text.
func (s speech) tr(en string) string {
	if s.pr == nil {
		return en
	}
	return i18n.Lookup(s.lang, en)
}

// num writes hours or a limit as trimNum does, with the decimal comma of
// the call's language.
func (s speech) num(f float64) string {
	t := trimNum(f)
	if s.pr == nil || len(t) < 3 || t[len(t)-2] != '.' {
		return t
	}
	return s.pr.Sprintf("%.1f", f)
}

// date writes an ISO date (a Date, or a string) as the language writes
// dates: 23/11/2026 in Italian and Spanish, 23.11.2026 in Danish.
func (s speech) date(d fmt.Stringer) string {
	return i18n.Date(s.lang, d.String())
}

// currency is how an amount's currency is written next to it: the code
// ("EUR") in English, as it always was, else the locale's symbol ("€",
// "kr."), or the code when it is not an ISO currency.
func (s speech) currency(code string) string {
	if s.pr == nil {
		return code
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return code
	}
	return s.pr.Sprint(currency.Symbol(u))
}

// money writes an amount with its currency as the language does: the
// amount as trimNum writes it in English ("1200"), else grouped with the
// locale's separators and two decimals when it has cents ("1.200 €",
// "9,50 €"). An empty code leaves the currency out.
func (s speech) money(f float64, code string) string {
	if s.pr == nil {
		return trimNum(f)
	}
	format := "%.2f"
	if f == float64(int64(f)) {
		format = "%.0f"
	}
	t := s.pr.Sprintf(format, f)
	if code != "" {
		t += " " + s.currency(code)
	}
	return t
}

// list joins items with commas and conj ("and", "or") before the last,
// as the language does. English keeps the engine's own way of joining,
// every item with sep (", " or " and "), so its text never changes.
func (s speech) list(items []string, sep, conj string) string {
	if s.pr == nil || len(items) < 2 {
		return strings.Join(items, sep)
	}
	last := len(items) - 1
	return s.pr.Sprintf("%s "+conj+" %s", strings.Join(items[:last], ", "), items[last])
}

// ordinal writes a choice's place in the client's wish list: 1st, 2nd in
// English; 1ª in Italian, 1.ª in Spanish, 1. in Danish (a choice, "scelta",
// "opción", is feminine in the first two).
func (s speech) ordinal(n int) string {
	switch i18n.Base(s.lang) {
	case "it":
		return fmt.Sprintf("%dª", n)
	case "es":
		return fmt.Sprintf("%d.ª", n)
	case "da":
		return fmt.Sprintf("%d.", n)
	}
	return ordinal(n)
}

// labelLang is the language of the vocabulary's labels in reason text:
// "en", "it", "es" or "da".
func (s speech) labelLang() string { return i18n.Base(s.lang) }

// ExclusionName is what left vacancies (or employers) out, as counted in
// Results.Excluded and Leads.Excluded, in words of lang: "other work",
// "altro lavoro". A code the catalogue does not know is written with
// spaces for underscores.
func ExclusionName(code string, lang language.Tag) string {
	return speechIn(lang).tr(strings.ReplaceAll(code, "_", " "))
}
