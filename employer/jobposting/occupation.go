package jobposting

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
)

var (
	iscoRe    = regexp.MustCompile(`^[0-9]{4}$`)
	escoRe    = regexp.MustCompile(`^([0-9]{4})(\.[0-9]+)+$`)
	escoURIRe = regexp.MustCompile(`^https?://data\.europa\.eu/esco/`)
)

// occupation maps occupationalCategory: a 4-digit ISCO-08 code, an ESCO code
// such as "9412.1" (its first four digits are the ISCO group), an ESCO URI,
// a CategoryCode carrying one of these, or a label.
func (m *mapper) occupation() {
	items := list(m.get("occupationalCategory"))
	for i, e := range items {
		if i > 0 {
			m.note("occupationalCategory: %s not used: only the first category is kept", show(e))
			continue
		}
		code, label := "", ""
		if cc, ok := e.(map[string]any); ok {
			code, label = text(cc["codeValue"]), text(cc["name"])
		} else {
			s := text(e)
			code, label, _ = strings.Cut(s, " ")
			if !isOccupationCode(code) {
				code, label = "", s
			}
		}
		o := occupationOf(code, label)
		if code != "" && !isOccupationCode(code) {
			m.note("occupationalCategory.codeValue: %s not an ISCO-08 or ESCO code", show(code))
		}
		m.rec.Vacancy.Occupation = o
	}
}

func isOccupationCode(s string) bool {
	return iscoRe.MatchString(s) || escoRe.MatchString(s) || escoURIRe.MatchString(s)
}

func occupationOf(code, label string) employer.Occupation {
	o := employer.Occupation{Label: collapseSpace(strings.Trim(label, " -–:"))}
	switch {
	case iscoRe.MatchString(code):
		o.ISCO = code
	case escoRe.MatchString(code):
		o.Code, o.ISCO = code, code[:4]
	case escoURIRe.MatchString(code):
		o.Code = code
	}
	return o
}

// skills maps skills to optional skills, and short qualifications and
// experienceRequirements to essential ones; longer prose is noted, since
// a paragraph is not a skill a client can be matched on.
func (m *mapper) skills() {
	s := &m.rec.Vacancy.Skills
	for _, p := range m.phrases("skills") {
		s.Optional = appendNew(s.Optional, p)
	}
	for _, key := range []string{"qualifications", "experienceRequirements"} {
		for _, p := range m.phrases(key) {
			if isShortPhrase(p) {
				s.Essential = appendNew(s.Essential, p)
				continue
			}
			m.note("%s: %s not mapped: too long for a skill", key, show(p))
		}
	}
}

// phrases splits a property's text, DefinedTerms, credentials or experience
// requirements into list items.
func (m *mapper) phrases(key string) []string {
	var out []string
	for _, e := range list(m.get(key)) {
		e = m.c.deref(e)
		if o, ok := e.(map[string]any); ok {
			if months, ok := number(o["monthsOfExperience"]); ok && months > 0 {
				out = append(out, formatMonths(months))
				continue
			}
			if s := text(o["name"]); s != "" {
				out = append(out, s)
				continue
			}
			if s := text(o["credentialCategory"]); s != "" {
				out = append(out, s)
				continue
			}
			m.note("%s: %s not mapped", key, show(o))
			continue
		}
		out = append(out, splitList(plainText(text(e)))...)
	}
	return out
}

func formatMonths(n float64) string { return fmt.Sprintf("%g months of experience", n) }

// splitList splits a list written as text: one item per line, or items
// separated by commas, semicolons or bullets.
func splitList(s string) []string {
	var out []string
	for _, item := range strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == ',' || r == ';' || r == '•' || r == '·'
	}) {
		if item = collapseSpace(strings.Trim(item, " -*\t")); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// isShortPhrase reports whether s reads as a skill rather than a sentence:
// at most eight words and sixty characters.
func isShortPhrase(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && len(strings.Fields(s)) <= 8
}

func appendNew(list []string, s string) []string {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return list
		}
	}
	return append(list, s)
}
