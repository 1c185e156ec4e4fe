package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/message/catalog"
)

// pluralMessage is a message whose words follow a count: one and other
// forms per language, in the order of Supported. arg is the 1-based
// position of the count among the message's arguments.
type pluralMessage struct {
	key   string
	arg   int
	forms [4][2]string // en, it, es, da × one, other
}

func (m pluralMessage) in() [4][2]string { return m.forms }

func pluralSelect(arg int, f [2]string) catalog.Message {
	return plural.Selectf(arg, "", "one", f[0], "other", f[1])
}
