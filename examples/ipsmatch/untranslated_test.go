package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/examples/demo"
	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"github.com/ipsmatch/ipsmatch/internal/testrace"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

var placeholder = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?\d*(\.\d+)?[a-zA-Z%]`)

// englishFragments are the pieces of the catalogue's English sentences
// between placeholders that are long enough to be words a specialist
// would notice (three words or more), and that lang translates: a piece
// the translation keeps (a flag name, a command line) is left out.
func englishFragments(lang language.Tag) []string {
	var out []string
	for _, en := range i18n.English() {
		tr := i18n.Lookup(lang, en)
		for _, f := range placeholder.Split(en, -1) {
			f = strings.TrimSpace(f)
			if len(strings.Fields(f)) >= 3 && !strings.Contains(tr, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// What a specialist reads daily in Italian, Spanish or Danish holds no
// sentence of the catalogue left in English: leads, the plan, the report,
// follow-ups, an employer, the caseload, the benefits what-if, a refused
// contact and the help.
func TestNoCatalogueSentenceLeftInEnglish(t *testing.T) {
	if testrace.Enabled {
		t.Skip(testrace.Skip)
	}
	commands := [][]string{
		{"leads", "--client", "karim"},
		{"plan", "--specialist", "anna.rossi"},
		{"report"},
		{"followups", "--within", "30"},
		{"employer", "show", "caffe-aurora"},
		{"employer", "show", "coop-arcobaleno"},
		{"clients"},
		{"caseload", "show"},
		{"placement", "list"},
		{"benefits", "--client", "lucia", "--vacancy", "v-0001"},
		{"contact", "add", "--employer", "caffe-aurora", "--specialist", "anna.rossi", "--type", "face_to_face", "--purpose", "present_candidate", "--client", "davide"},
		{"contact", "add", "--employer", "caffe-aurora", "--specialist", "anna.rossi", "--type", "phone", "--purpose", "interview", "--client", "lucia"},
		{"contact", "add", "--employer", "caffe-aurora", "--specialist", "anna.rossi", "--type", "face_to_face", "--purpose", "introduction", "--client", "lucia"},
		{"help"},
	}
	english, _, _ := runAt(t, 200, nil, "leads", "--client", "karim", "--lang", "en", "--today", demo.Today)
	for _, code := range []string{"it", "es", "da"} {
		lang := language.MustParse(code)
		fragments := englishFragments(lang)
		caught := 0
		for _, f := range fragments {
			if strings.Contains(english, f) {
				caught++
			}
		}
		assert.Greater(t, caught, 5, "the check finds the English of leads in English output")
		t.Run(code, func(t *testing.T) {
			for _, args := range commands {
				out, stderr, _ := runAt(t, 200, nil, append(args, "--lang", code, "--today", demo.Today)...)
				text := out + stderr
				assert.NotEmpty(t, strings.TrimSpace(text), "%v says nothing", args)
				for _, f := range fragments {
					assert.NotContains(t, text, f, "%v in %s", args, code)
				}
			}
		})
	}
}
