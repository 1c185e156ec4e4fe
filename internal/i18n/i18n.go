package i18n

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// ErrLanguage is returned when a language asked for is not one ipsmatch
// speaks.
var ErrLanguage = errors.New("i18n: unsupported language")

// Supported are the languages of the catalogue, English first (the
// fallback).
var Supported = []language.Tag{language.English, language.Italian, language.Spanish, language.Danish}

var matcher = language.NewMatcher(Supported)

// cat is built once from the tables in messages.go; it is never changed
// after, so sharing it is safe.
var cat = build()

func build() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, m := range allMessages() {
		for i, t := range m.in() {
			// SetString only fails on a malformed tag; the tags are constants.
			_ = b.SetString(Supported[i], m.en, t)
		}
	}
	for _, m := range plurals {
		for i, f := range m.in() {
			_ = b.Set(Supported[i], m.key, pluralSelect(m.arg, f))
		}
	}
	return b
}

// Parse reads a language as a flag or a POSIX locale gives it ("it",
// "it_IT.UTF-8", "es-MX", "C") and returns the supported language it
// matches. "" and "C"/"POSIX" are English.
func Parse(s string) (language.Tag, error) {
	s, _, _ = strings.Cut(s, ".")
	s, _, _ = strings.Cut(s, "@")
	if s == "" || s == "C" || s == "POSIX" {
		return language.English, nil
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return language.English, fmt.Errorf("%w: %q", ErrLanguage, s)
	}
	_, i, conf := matcher.Match(t)
	if conf == language.No {
		return language.English, fmt.Errorf("%w: %q (want en, it, es or da)", ErrLanguage, s)
	}
	return Supported[i], nil
}

// Choose picks the language of one command: flag when given (an unknown
// one is an error), else LC_ALL, else LANG, else English. An unsupported
// locale in the environment falls back to English without complaint.
func Choose(flag string, getenv func(string) string) (language.Tag, error) {
	if flag != "" {
		return Parse(flag)
	}
	for _, v := range []string{"LC_ALL", "LANG"} {
		if s := getenv(v); s != "" {
			t, err := Parse(s)
			if err != nil {
				return language.English, nil
			}
			return t, nil
		}
	}
	return language.English, nil
}

// NewPrinter returns a printer of the catalogue's messages in language t,
// with numbers formatted as t writes them.
func NewPrinter(t language.Tag) *message.Printer {
	_, i, _ := matcher.Match(t)
	return message.NewPrinter(Supported[i], message.Catalog(cat))
}

// Base is the two-letter code of the supported language t matches: "en",
// "it", "es" or "da".
func Base(t language.Tag) string {
	switch t { // the tags Parse and Choose return, without the matcher's cost
	case language.English:
		return "en"
	case language.Italian:
		return "it"
	case language.Spanish:
		return "es"
	case language.Danish:
		return "da"
	}
	_, i, _ := matcher.Match(t)
	b, _ := Supported[i].Base()
	return b.String()
}

// Date writes an ISO date (YYYY-MM-DD) as language t writes dates:
// 23/11/2026 in Italian and Spanish, 23.11.2026 in Danish, unchanged in
// English. Anything that is not an ISO date is returned unchanged.
func Date(t language.Tag, iso string) string {
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' {
		return iso
	}
	y, m, d := iso[:4], iso[5:7], iso[8:]
	switch Base(t) {
	case "it", "es":
		return d + "/" + m + "/" + y
	case "da":
		return d + "." + m + "." + y
	}
	return iso
}

// Lookup returns the translation of the plain message en in language t,
// or en itself when the catalogue does not hold it. Unlike a printer's
// Sprintf it never reads en as a format, so it suits text that may hold a
// literal %, such as a flag's description.
func Lookup(t language.Tag, en string) string {
	m, ok := byEnglish[en]
	if !ok {
		return en
	}
	switch Base(t) {
	case "it":
		return m.it
	case "es":
		return m.es
	case "da":
		return m.da
	}
	return en
}

// byEnglish indexes the plain messages by their English text, once: a
// lookup is on the path of every translated reason.
var byEnglish = func() map[string]text {
	out := map[string]text{}
	for _, m := range allMessages() {
		if _, ok := out[m.en]; !ok {
			out[m.en] = m
		}
	}
	return out
}()

// allMessages are the plain messages of every part of ipsmatch.
func allMessages() []text {
	var all []text
	for _, m := range [][]text{messages, reasonMessages, factorMessages, leadMessages, cliMessages, restMessages, exportMessages, adminMessages} {
		all = append(all, m...)
	}
	return all
}
