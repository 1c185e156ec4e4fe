package server

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// The occupation taxonomy is what the engine reads a client's words and a
// vacancy's title with: the built-in vocabulary, merged with ESCO once
// 'ipsmatch taxonomy' or POST /v1/taxonomy has loaded it. The GET routes
// let an application browse it (a job-type picker, say); the POST loads
// ESCO from a folder on the server, as the CLI does.

// TaxonomyInfo says what the index reads occupations with.
type TaxonomyInfo struct {
	// Taxonomy is "built-in", or "esco" (ESCO merged with the built-in
	// vocabulary).
	Taxonomy    string `json:"taxonomy"`
	Occupations int    `json:"occupations"`
	// ESCOFolder is where ESCO was loaded from, on the server; shown to a
	// supervisor or an integration only.
	ESCOFolder string `json:"esco_folder,omitempty"`
}

// OccupationList is a page of occupations, by id.
type OccupationList struct {
	// Total counts every occupation the query found; Occupations holds
	// those from offset on, at most limit.
	Total       int               `json:"total"`
	Occupations []OccupationEntry `json:"occupations"`
}

// OccupationView is one occupation: its labels, where it sits in ISCO-08,
// its skills and the work related to it.
type OccupationView struct {
	ID   string `json:"id"`
	ISCO string `json:"isco"`
	// Labels are per language (en, it, es, da), the preferred one first.
	Labels map[string][]string `json:"labels"`
	URI    string              `json:"uri,omitempty"`
	// Broader is the chain of broader concepts, nearest first, ending at
	// the ISCO-08 major group; a group's label is given when known.
	Broader   []Concept  `json:"broader"`
	Essential []Concept  `json:"essential_skills"`
	Optional  []Concept  `json:"optional_skills"`
	Related   []Relation `json:"related"`
}

// Concept is an ISCO-08 group, an occupation or a skill, with its label.
type Concept struct {
	ID    string `json:"id"`
	Label string `json:"label,omitempty"`
}

// Relation is an occupation related to another, and why.
type Relation struct {
	ID    string  `json:"id"`
	Label string  `json:"label"`
	Why   string  `json:"why"`
	Score float64 `json:"score"`
}

// TaxonomyLoad asks the server to read ESCO from a folder of its own (the
// ESCO v1.1.1 CSV download: the two zips, or the CSV files unpacked) and
// make it, merged with the built-in vocabulary, the index's taxonomy.
type TaxonomyLoad struct {
	ESCO string `json:"esco"`
}

// TaxonomyLoaded says what loading ESCO did: vacancies whose occupation
// or skills the index had inferred are read again with it.
type TaxonomyLoaded struct {
	Occupations      int     `json:"occupations"`
	LoadSeconds      float64 `json:"load_seconds"`
	VacanciesReread  int     `json:"vacancies_reread"`
	VacanciesUpdated int     `json:"vacancies_updated"`
}

var occupationsQuery = []param{
	{"q", "string", "words to read as the engine reads a client's (the best 10); none lists every occupation"},
	{"isco", "string", "only this ISCO-08 group: 1 to 4 digits"},
	{"lang", "string", "language of the labels: en (default), it, es or da"},
	{"limit", "integer", "how many (default 100, at most 1000)"},
	{"offset", "integer", "how many to skip (default 0)"},
}

func (s *Server) taxonomyName() string {
	src, err := s.ws.Index.TaxonomySource()
	if err != nil || src == "" {
		return "built-in"
	}
	return "esco"
}

func (s *Server) taxonomyInfo(r *http.Request, p *who) (any, error) {
	src, err := s.ws.Index.TaxonomySource()
	if err != nil {
		return nil, err
	}
	out := TaxonomyInfo{Taxonomy: "built-in", Occupations: s.ws.Index.Taxonomy().Len()}
	if src != "" {
		out.Taxonomy = "esco"
		if !p.specialist() {
			out.ESCOFolder = src
		}
	}
	return out, nil
}

func (s *Server) listOccupations(r *http.Request, p *who) (any, error) {
	q := r.URL.Query()
	lang, err := checkLang(q.Get("lang"))
	if err != nil {
		return nil, err
	}
	isco := q.Get("isco")
	if isco != "" && (len(isco) > 4 || strings.Trim(isco, "0123456789") != "") {
		return nil, badField("isco", "want an ISCO-08 group code of 1 to 4 digits")
	}
	limit, err := queryInt(r, "limit", 100, 1, 1000)
	if err != nil {
		return nil, err
	}
	offset, err := queryInt(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return nil, err
	}
	tx := s.ws.Index.Taxonomy()
	var found []OccupationEntry
	if text := q.Get("q"); text != "" {
		if len(text) > maxPhraseRune {
			return nil, badField("q", "longer than %d characters", maxPhraseRune)
		}
		for _, rd := range tx.Understand(text) {
			if strings.HasPrefix(rd.Occupation.ISCO, isco) {
				o := occupationOf(rd.Occupation, lang)
				o.Matched, o.Lang, o.Score = rd.Matched, rd.Lang, rd.Score
				found = append(found, o)
			}
		}
	} else {
		for _, o := range tx.Occupations() {
			if strings.HasPrefix(o.ISCO, isco) {
				found = append(found, occupationOf(o, lang))
			}
		}
	}
	out := OccupationList{Total: len(found), Occupations: []OccupationEntry{}}
	if offset < len(found) {
		out.Occupations = append(out.Occupations, found[offset:min(offset+limit, len(found))]...)
	}
	note(r.Context(), "count", len(out.Occupations))
	return out, nil
}

func (s *Server) getOccupation(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	lang, err := checkLang(r.URL.Query().Get("lang"))
	if err != nil {
		return nil, err
	}
	tx := s.ws.Index.Taxonomy()
	o, ok := tx.Occupation(id)
	if !ok {
		return nil, fmt.Errorf("%w: no occupation %q in the taxonomy", ErrNotFound, id)
	}
	v := OccupationView{ID: o.ID, ISCO: o.ISCO, Labels: o.Labels, URI: o.URI,
		Broader: []Concept{}, Essential: []Concept{}, Optional: []Concept{}, Related: []Relation{}}
	if v.Labels == nil {
		v.Labels = map[string][]string{}
	}
	for _, b := range tx.Broader(id) {
		c := Concept{ID: b}
		if g, ok := tx.ISCOGroup(b); ok {
			c.Label = g
		} else if bo, ok := tx.Occupation(b); ok {
			c.Label = bo.Label(lang)
		}
		v.Broader = append(v.Broader, c)
	}
	ess, opt := tx.Skills(id)
	v.Essential, v.Optional = skillConcepts(ess, lang), skillConcepts(opt, lang)
	for _, rel := range tx.Related(id) {
		v.Related = append(v.Related, Relation{ID: rel.Occupation.ID, Label: rel.Occupation.Label(lang), Why: rel.Why(), Score: rel.Score})
	}
	return v, nil
}

func skillConcepts(ss []taxonomy.Skill, lang string) []Concept {
	out := make([]Concept, 0, len(ss))
	for _, sk := range ss {
		out = append(out, Concept{ID: sk.ID, Label: sk.Label(lang)})
	}
	return out
}

// loadTaxonomy reads ESCO before it takes the lock (a few hundred
// milliseconds and some 100 MB of garbage), then swaps the index's
// taxonomy and re-reads the vacancies it had inferred with no other
// request under way.
func (s *Server) loadTaxonomy(r *http.Request, p *who) (any, error) {
	var req TaxonomyLoad
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if req.ESCO == "" {
		return nil, badField("esco", "give the server's folder with the ESCO CSV download")
	}
	start := time.Now()
	esco, err := taxonomy.LoadESCO(req.ESCO)
	if err != nil {
		return nil, badField("esco", "%v", err)
	}
	out := TaxonomyLoaded{LoadSeconds: round2(time.Since(start).Seconds())}
	merged := taxonomy.Builtin().Merge(esco)
	out.Occupations = merged.Len()
	s.mu.Lock()
	defer s.mu.Unlock()
	st, err := s.ws.Index.UseTaxonomy(r.Context(), merged, req.ESCO)
	if err != nil {
		return nil, err
	}
	out.VacanciesReread = st.VacanciesAdded + st.VacanciesUpdated + st.VacanciesUnchanged
	out.VacanciesUpdated = st.VacanciesUpdated
	note(r.Context(), "count", out.Occupations, "updated", out.VacanciesUpdated)
	return out, nil
}
