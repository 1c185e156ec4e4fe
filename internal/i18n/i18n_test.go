package i18n

import (
	"errors"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?\d*(\.\d+)?[a-zA-Z%]`)

// TestEveryMessageInEveryLanguage fails when a message of the catalogue
// lacks a translation, or a translation drops, adds or reorders a
// placeholder (the printer would then print %!v(MISSING) to a specialist).
func TestEveryMessageInEveryLanguage(t *testing.T) {
	names := []string{"en", "it", "es", "da"}
	seen := map[string]bool{}
	for _, m := range allMessages() {
		assert.False(t, seen[m.en], "message %q is in the catalogue twice", m.en)
		seen[m.en] = true
		want := verb.FindAllString(m.en, -1)
		for i, tr := range m.in() {
			if !assert.NotEmpty(t, tr, "message %q has no %s translation", m.en, names[i]) {
				continue
			}
			assert.Equal(t, want, verb.FindAllString(tr, -1), "message %q in %s: placeholders", m.en, names[i])
		}
	}
	for _, m := range plurals {
		want := verb.FindAllString(m.key, -1)
		require.Less(t, m.arg-1, len(want), "plural %q counts an argument it does not have", m.key)
		for i, f := range m.in() {
			for _, form := range f {
				if assert.NotEmpty(t, form, "plural %q has an empty %s form", m.key, names[i]) {
					assert.Equal(t, want, verb.FindAllString(form, -1), "plural %q in %s: placeholders", m.key, names[i])
				}
			}
		}
	}
}

func TestPrinterSpeaksTheLanguage(t *testing.T) {
	it := NewPrinter(language.Italian)
	assert.Equal(t, "Offerte di lavoro per l'utente lucia al 23/11/2026",
		it.Sprintf("Vacancies for client %s on %s", "lucia", Date(language.Italian, "2026-11-23")))
	assert.Equal(t, "1.993,33 €", it.Sprintf("%.2f €", 1993.33), "Italian groups thousands with . and decimals with ,")
	assert.Equal(t, "1 offerta valutata; escluse: nessuna", it.Sprintf("%d vacancies considered; left out: %s", 1, it.Sprintf("none")))
	assert.Equal(t, "440 offerte valutate; escluse: nessuna", it.Sprintf("%d vacancies considered; left out: %s", 440, it.Sprintf("none")))
	da := NewPrinter(language.Danish)
	assert.Equal(t, "1.993,33", da.Sprintf("%.2f", 1993.33))
	assert.Equal(t, "23.11.2026", Date(language.Danish, "2026-11-23"))
	en := NewPrinter(language.English)
	assert.Equal(t, "1 vacancy considered; left out: none", en.Sprintf("%d vacancies considered; left out: %s", 1, en.Sprintf("none")))
	assert.Equal(t, "2026-11-23", Date(language.English, "2026-11-23"), "English keeps ISO dates")
	es := NewPrinter(language.MustParse("es-MX"))
	assert.Equal(t, "Vacantes para el usuario lucia al 23/11/2026", es.Sprintf("Vacancies for client %s on %s", "lucia", Date(language.Spanish, "2026-11-23")))
}

func TestChooseLanguage(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		name, flag string
		env        map[string]string
		want       string
	}{
		{"the flag wins over the environment", "da", map[string]string{"LANG": "it_IT.UTF-8"}, "da"},
		{"LC_ALL before LANG", "", map[string]string{"LC_ALL": "es_MX.UTF-8", "LANG": "it_IT.UTF-8"}, "es"},
		{"LANG as a POSIX locale", "", map[string]string{"LANG": "it_IT.UTF-8"}, "it"},
		{"C is English", "", map[string]string{"LANG": "C"}, "en"},
		{"an unsupported locale falls back to English", "", map[string]string{"LANG": "fr_FR.UTF-8"}, "en"},
		{"nothing set is English", "", nil, "en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tag, err := Choose(c.flag, env(c.env))
			require.NoError(t, err)
			assert.Equal(t, c.want, Base(tag))
		})
	}
	_, err := Choose("fr", env(nil))
	assert.True(t, errors.Is(err, ErrLanguage), "an unsupported --lang is an error")
}
