package main

import (
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// adminCommands are the commands a team's administrator runs, and the
// groups whose help lists them.
var adminCommands = [][]string{
	{"bench"}, {"loadtest"}, {"token", "create"}, {"token", "list"}, {"token", "revoke"}, {"token"},
	{"taxonomy"}, {"geocode"}, {"serve"}, {"export", "list"}, {"export", "calendar"}, {"export"}, {"understand"},
}

// helpLines are the lines of a command's help that describe: its first
// line, each command of a group, and each flag's text after the flag and
// its argument (two spaces part them).
func helpLines(out string) []string {
	var lines []string
	for i, l := range strings.Split(out, "\n") {
		switch {
		case i == 0:
			lines = append(lines, l)
		case strings.HasPrefix(l, "  --"):
			if _, text, ok := strings.Cut(strings.TrimSpace(l), "  "); ok {
				lines = append(lines, strings.TrimSpace(text))
			}
		case strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  ipsmatch"):
			lines = append(lines, l)
		}
	}
	return lines
}

// The help of the admin commands, in Italian, Spanish or Danish, says
// every one-line description and every flag in the language: no line of
// it is the English one, and no sentence of the catalogue is left in
// English.
func TestAdminHelpSpeaksTheLanguage(t *testing.T) {
	for _, code := range []string{"it", "es", "da"} {
		fragments := englishFragments(language.MustParse(code))
		t.Run(code, func(t *testing.T) {
			for _, cmd := range adminCommands {
				args := append(append([]string{"help"}, cmd...), "--lang", code)
				english, _, c := runCLI(t, append(append([]string{"help"}, cmd...), "--lang", "en")...)
				require.Equal(t, 0, c, "%v", cmd)
				out, stderr, c := runCLI(t, args...)
				require.Equal(t, 0, c, stderr)
				en := helpLines(english)
				got := helpLines(out)
				require.Len(t, got, len(en), "%v", cmd)
				require.GreaterOrEqual(t, len(en), 2, "%v has lines to check", cmd)
				for i := range en {
					assert.NotEqual(t, en[i], got[i], "%v in %s keeps a line in English", cmd, code)
				}
				for _, f := range fragments {
					assert.NotContains(t, out, f, "%v in %s", cmd, code)
				}
			}
		})
	}
}

// match --facets and export's page and calendar, in Italian, Spanish or
// Danish, keep no sentence of the catalogue in English; English keeps
// saying them, which is what the check looks for.
func TestFacetsAndExportSpeakTheLanguage(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	commands := [][]string{
		{"match", "--client", "lucia", "--facets", "--limit", "3"},
		{"match", "--client", "davide", "--facets", "--limit", "3"},
		{"export", "list", "--client", "lucia", "--format", "html"},
		{"export", "calendar", "--specialist", "anna.rossi"},
	}
	say := func(args []string, code string) string {
		out, stderr, c := runAt(t, 200, nil, append(args, "--lang", code, "--today", demo.Today)...)
		require.Equal(t, 0, c, stderr)
		// a calendar folds its lines and escapes commas
		return strings.NewReplacer("\r\n ", "", `\,`, ",", `\;`, ";", `\n`, "\n").Replace(out + stderr)
	}
	var english strings.Builder
	for _, args := range commands {
		english.WriteString(say(args, "en"))
	}
	for _, want := range []string{"Over every vacancy", "more if the client accepted", "Jobs to look at together", "may present", "IPS week of"} {
		require.Contains(t, english.String(), want, "the check looks for what English says")
	}
	for _, code := range []string{"it", "es", "da"} {
		fragments := englishFragments(language.MustParse(code))
		t.Run(code, func(t *testing.T) {
			for _, args := range commands {
				text := say(args, code)
				for _, f := range fragments {
					assert.NotContains(t, text, f, "%v in %s", args, code)
				}
				for _, w := range []string{"left out (complete)", "more if the client", "pay per hour", "posted within"} {
					assert.NotContains(t, text, w, "%v in %s", args, code)
				}
			}
		})
	}
}
