package index

import (
	"context"
	"fmt"
	"sort"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/ipsmatch/ipsmatch/employer"
)

// Query selects vacancies or employers. A record is returned when it is in
// one of Cells (when Cells is non-nil) and matches Occ or Words (when either
// is given). Vacancies are selected from the index's posting lists, where
// titles are held as each language's analyzer reads them (see words.go);
// employers, found by name or typical occupations, from bleve.
type Query struct {
	// Cells are location cell terms (retrieval.CellTerm, retrieval.CellRemote, retrieval.CellUnknown);
	// nil means anywhere.
	Cells []string
	// Occ are occupation terms (retrieval.CodeTerm, retrieval.UnitTerm, retrieval.MinorTerm, retrieval.SubMajorTerm).
	Occ []string
	// Words is a client's own words, matched against titles in every
	// language with that language's analyzer.
	Words string
	// MinWords is how many of Words' distinct terms one title must hold;
	// 0 means 1.
	MinWords int
	// AllWordsUnlessUnread makes Words select a vacancy whose title the
	// taxonomy read only when the title has every one of the words; a
	// title it could not read (retrieval.UnreadTerm) still needs only one (or
	// MinWords). A client whose words were understood thus still reaches
	// unread titles, and titles read as something else that say exactly
	// what they asked for.
	AllWordsUnlessUnread bool
	// ReadWords are more phrases matched as Words is with
	// AllWordsUnlessUnread, each on its own, in the same search.
	ReadWords []string
}

func (q Query) build(ix *Index, kind string) query.Query {
	must := []query.Query{term(fieldKind, kind)}
	if q.Cells != nil {
		must = append(must, terms(fieldCell, q.Cells))
	}
	if len(q.Occ) > 0 || q.Words != "" || len(q.ReadWords) > 0 {
		anyOf := q.any(ix, q.Occ, q.Words)
		for _, w := range q.ReadWords {
			anyOf = append(anyOf, Query{AllWordsUnlessUnread: true}.any(ix, nil, w)...)
		}
		must = append(must, bleve.NewDisjunctionQuery(anyOf...))
	}
	return bleve.NewConjunctionQuery(must...)
}

// titleFields are the title fields with the language whose analyzer each
// uses ("" for the standard analyzer).
func titleFields() map[string]string {
	out := map[string]string{titleField(""): ""}
	for _, l := range Languages {
		out[titleField(l)] = l
	}
	return out
}

// any is the disjunction of the occupation terms and of the words matched
// against titles in every language, each with its own analyzer.
func (q Query) any(ix *Index, occ []string, words string) []query.Query {
	var out []query.Query
	for _, t := range occ {
		out = append(out, term(fieldOcc, t))
	}
	if words == "" {
		return out
	}
	if !q.AllWordsUnlessUnread {
		return append(out, ix.titleWords(words, max(1, q.MinWords))...)
	}
	unread := bleve.NewConjunctionQuery(term(fieldOcc, retrieval.UnreadTerm),
		bleve.NewDisjunctionQuery(ix.titleWords(words, max(1, q.MinWords))...))
	return append(append(out, unread), ix.titleWords(words, 0)...)
}

// titleWords matches words against the title in every language, each
// with its own analyzer: a title holding at least least of the analysed
// words, or all of them when least is 0.
func (ix *Index) titleWords(words string, least int) []query.Query {
	var out []query.Query
	for f, lang := range titleFields() {
		ts := analyze(ix.analyzer(lang), words)
		need := least
		if need == 0 {
			need = len(ts)
		}
		if len(ts) == 0 || len(ts) < need {
			continue
		}
		d := bleve.NewDisjunctionQuery()
		for _, t := range ts {
			d.AddQuery(term(f, t))
		}
		d.SetMin(float64(need))
		out = append(out, d)
	}
	return out
}

func term(field, t string) query.Query {
	q := bleve.NewTermQuery(t)
	q.SetField(field)
	return q
}

func terms(field string, ts []string) query.Query {
	if len(ts) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	qs := make([]query.Query, len(ts))
	for i, t := range ts {
		qs[i] = term(field, t)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// RetrieveVacancies returns every vacancy that q selects, sorted by id.
// Vacancies are selected from the index's own posting lists (see
// words.go), as the matcher selects them; bleve holds employers only.
func (ix *Index) RetrieveVacancies(ctx context.Context, q Query) ([]*Entry, error) {
	hs, err := ix.queryVacancies(ctx, q)
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]*Entry, 0, len(hs))
	for _, h := range hs {
		e, err := ix.entryAt(h.Slot)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// queryVacancies returns the hot fields of the vacancies q selects.
func (ix *Index) queryVacancies(ctx context.Context, q Query) ([]retrieval.Hot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ix.isClosed() {
		return nil, ErrClosed
	}
	area := ix.newArea(q.Cells)
	mark := ix.newMark()
	var out []retrieval.Hot
	in := func(h retrieval.Hot) { out = append(out, h) }
	if len(q.Occ) == 0 && q.Words == "" && len(q.ReadWords) == 0 {
		// Cells may overlap (a coarse cell and a fine one in it).
		err := ix.selectArea(area, func(h retrieval.Hot) {
			if mark.Set(h) {
				in(h)
			}
		})
		return out, err
	}
	if err := ix.selectTerms(q.Occ, area, mark, in); err != nil {
		return nil, err
	}
	var ps []wordPhrase
	if q.Words != "" {
		ps = ix.phrases(q.Words, max(1, q.MinWords), q.AllWordsUnlessUnread)
	}
	for _, w := range q.ReadWords {
		ps = append(ps, ix.phrases(w, 1, true)...)
	}
	return out, ix.selectPhrases(ps, area, mark, in)
}

// RetrieveEmployers returns every employer that q selects, sorted by id.
func (ix *Index) RetrieveEmployers(ctx context.Context, q Query) ([]*employer.Employer, error) {
	ids, err := ix.retrieve(ctx, q, kindEmployer)
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]*employer.Employer, 0, len(ids))
	for _, id := range ids {
		if e := ix.employerAt(id); e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

func (ix *Index) retrieve(ctx context.Context, q Query, kind string) ([]string, error) {
	if ix.isClosed() {
		return nil, ErrClosed
	}
	n, err := ix.bi.DocCount()
	if err != nil {
		return nil, fmt.Errorf("index: counting documents: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(q.build(ix, kind), int(n), 0, false)
	req.Score = "none"
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: retrieving candidates: %w", err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = stripKind(h.ID)
	}
	sort.Strings(ids)
	return ids, nil
}

// CountVacancies returns how many vacancies q selects, without reading
// them.
func (ix *Index) CountVacancies(ctx context.Context, q Query) (int, error) {
	hs, err := ix.queryVacancies(ctx, q)
	return len(hs), err
}
