package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
)

// The CLI's own sentences (headers, summaries, errors) are keyed by their
// English format in the catalogue (internal/i18n, messages_cli.go), as the
// library's are. English is formatted by fmt, exactly as it always was: a
// printer would also group digits ("1,234").

// sprintf formats one of the CLI's sentences in the command's language.
func (e *env) sprintf(format string, a ...any) string {
	if e.english() {
		return fmt.Sprintf(format, a...)
	}
	return e.printer().Sprintf(format, a...)
}

func (e *env) english() bool { return e.p == nil || i18n.Base(e.lang) == "en" }

// header is a tab-separated table header in the command's language; each
// column name is translated on its own.
func (e *env) header(cols ...string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = e.tr(c)
	}
	return strings.Join(out, "\t")
}

// textError is an error the CLI writes itself. Its Error is the English
// text, for anything that reads it as a Go error; runCommand prints it in
// the command's language. Arguments that are errors stay reachable by
// errors.Is and errors.As.
type textError struct {
	usage  bool // a usage error: wrong or missing flags
	format string
	args   []any
}

func (t *textError) Error() string {
	s := fmt.Sprintf(t.format, t.args...)
	if t.usage {
		return errUsage.Error() + ": " + s
	}
	return s
}

func (t *textError) Unwrap() []error {
	var out []error
	if t.usage {
		out = append(out, errUsage)
	}
	for _, a := range t.args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

// textErr is an error of the CLI's own, printed in the command's language.
func textErr(format string, a ...any) error { return &textError{format: format, args: a} }

// usageErr is a usage error, printed in the command's language followed
// by the command's usage line.
func usageErr(format string, a ...any) error { return &textError{usage: true, format: format, args: a} }

// errText is an error as the command prints it: the CLI's own in the
// command's language; the library's, and what wraps them, as they are.
func (e *env) errText(err error) string {
	var t *textError
	if !errors.As(err, &t) || t != err {
		return err.Error()
	}
	s := e.sprintf(t.format, t.args...)
	if t.usage {
		s = e.sprintf("usage: %s", s)
	}
	return s
}
