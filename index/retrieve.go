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

// Query selects documents with bleve. A document is returned when it is in
// one of Cells (when Cells is non-nil) and matches Occ or Words (when either
// is given). The matcher reads occupation and cell terms from the index's
// posting lists (see postings.go) and asks bleve only for Words, which need
// the language analyzers; Query serves embedders too, for example to find
// employers by name.
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
func (ix *Index) RetrieveVacancies(ctx context.Context, q Query) ([]*Entry, error) {
	ids, err := ix.retrieve(ctx, q, kindVacancy)
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]*Entry, 0, len(ids))
	for _, id := range ids {
		if slot, ok := ix.vacs.get(id); ok {
			e, err := ix.entryAt(slot)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
	}
	return out, nil
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
// them: cheap, for counting what a search left out.
func (ix *Index) CountVacancies(ctx context.Context, q Query) (int, error) {
	if ix.isClosed() {
		return 0, ErrClosed
	}
	// Not Score "none": with it bleve stops counting at Size.
	req := bleve.NewSearchRequestOptions(q.build(ix, kindVacancy), 0, 0, false)
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("index: counting candidates: %w", err)
	}
	return int(res.Total), nil
}
