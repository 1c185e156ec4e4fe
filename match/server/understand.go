package server

import (
	"net/http"
	"slices"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// UnderstandRequest asks how the engine reads a client's job words: each
// phrase as a client profile lists it ("lavoro in cucina", "something
// with animals"). The words are read, answered and forgotten: never
// logged, never stored.
type UnderstandRequest struct {
	Words []string `json:"words"`
	// Lang is the language of the labels in the answer: en (the default),
	// it, es or da.
	Lang string `json:"lang,omitempty"`
}

// UnderstandResult is one reading per phrase, in the order given.
type UnderstandResult struct {
	// Taxonomy is what the index reads occupations with: "built-in", or
	// "esco" after an ESCO taxonomy was loaded.
	Taxonomy   string          `json:"taxonomy"`
	Understood []PhraseReading `json:"understood"`
}

// PhraseReading is how one phrase is read: the occupations it points to,
// best first, or, for a broad wish, the themes the engine searches instead.
type PhraseReading struct {
	Text     string            `json:"text"`
	Readings []OccupationEntry `json:"readings"`
	Theme    *ThemeReading     `json:"theme,omitempty"`
}

// OccupationEntry is one occupation a phrase points to, or one the taxonomy
// holds.
type OccupationEntry struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	ISCO  string `json:"isco"`
	// Matched is the label found in the words, and Lang its language;
	// Score in (0,1] says how much of the words it covers (1: the whole
	// label and nothing else). Only in readings.
	Matched string  `json:"matched,omitempty"`
	Lang    string  `json:"lang,omitempty"`
	Score   float64 `json:"score,omitempty"`
}

// ThemeReading is a broad wish read as themes: the engine then asks for
// these occupations with these weights, not for the readings.
type ThemeReading struct {
	Themes  []string      `json:"themes"`
	Members []ThemeMember `json:"members"`
}

// ThemeMember is one occupation of a theme and how well it answers the
// wish, in (0,1].
type ThemeMember struct {
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Weight float64 `json:"weight"`
}

// Limits on one request to read words.
const (
	maxPhrases    = 50
	maxPhraseRune = 300
)

// labelLangs are the languages labels are given in.
var labelLangs = []string{"en", "it", "es", "da"}

func checkLang(lang string) (string, error) {
	if lang == "" {
		return "en", nil
	}
	if !slices.Contains(labelLangs, lang) {
		return "", badField("lang", "want one of en, it, es, da")
	}
	return lang, nil
}

func (s *Server) understand(r *http.Request, p *who) (any, error) {
	var req UnderstandRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	lang, err := checkLang(req.Lang)
	if err != nil {
		return nil, err
	}
	if len(req.Words) == 0 || len(req.Words) > maxPhrases {
		return nil, badField("words", "give from 1 to %d phrases", maxPhrases)
	}
	for i, w := range req.Words {
		if utf8.RuneCountInString(w) > maxPhraseRune {
			return nil, badField("words", "phrase %d is longer than %d characters", i+1, maxPhraseRune)
		}
	}
	tx := s.ws.Index.Taxonomy()
	out := UnderstandResult{Taxonomy: s.taxonomyName(), Understood: make([]PhraseReading, 0, len(req.Words))}
	for _, text := range req.Words {
		u := PhraseReading{Text: text, Readings: []OccupationEntry{}}
		for _, rd := range tx.Understand(text) {
			o := occupationOf(rd.Occupation, lang)
			o.Matched, o.Lang, o.Score = rd.Matched, rd.Lang, rd.Score
			u.Readings = append(u.Readings, o)
		}
		if th, ok := tx.Themes(text); ok {
			u.Theme = &ThemeReading{Themes: th.Themes, Members: make([]ThemeMember, 0, len(th.Members))}
			for _, m := range th.Members {
				u.Theme.Members = append(u.Theme.Members, ThemeMember{ID: m.Occupation.ID, Label: m.Occupation.Label(lang), Weight: m.Weight})
			}
		}
		out.Understood = append(out.Understood, u)
	}
	note(r.Context(), "count", len(out.Understood))
	return out, nil
}

func occupationOf(o taxonomy.Occupation, lang string) OccupationEntry {
	return OccupationEntry{ID: o.ID, Label: o.Label(lang), ISCO: o.ISCO}
}
