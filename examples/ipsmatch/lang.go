package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

const langHelp = "language of the output: en, it, es or da (default: LC_ALL, then LANG, then en)"

// getenv reads the environment the command runs in; tests give their own.
func (e *env) env(key string) string {
	if e.getenv != nil {
		return e.getenv(key)
	}
	return os.Getenv(key)
}

// chooseLang sets the command's language from LC_ALL or LANG; a --lang
// flag given later replaces it.
func (e *env) chooseLang() {
	t, _ := i18n.Choose("", e.env)
	e.setLang(t)
}

func (e *env) setLang(t language.Tag) {
	e.lang, e.p = t, i18n.NewPrinter(t)
}

// printer returns the command's message printer, English when none was
// chosen.
func (e *env) printer() *message.Printer {
	if e.p == nil {
		e.setLang(language.English)
	}
	return e.p
}

// registerLang adds --lang to a command's flags.
func registerLang(e *env, fs *flag.FlagSet) {
	fs.Func("lang", langHelp, func(s string) error {
		t, err := i18n.Parse(s)
		if err != nil {
			return err
		}
		e.setLang(t)
		return nil
	})
}

// tr translates a plain message (see i18n.Lookup).
func (e *env) tr(en string) string { return i18n.Lookup(e.lang, en) }

// date writes an ISO date as the command's language writes dates.
func (e *env) date(d any) string { return i18n.Date(e.lang, fmt.Sprint(d)) }
