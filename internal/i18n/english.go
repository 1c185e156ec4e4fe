package i18n

// English returns the English text of every plain message of the
// catalogue, for tests that look in an output for text left in English.
func English() []string {
	all := allMessages()
	out := make([]string, len(all))
	for i, m := range all {
		out[i] = m.en
	}
	return out
}
