package index

import (
	"context"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// The engine reads candidates through retrieval.Source, not through
// exported methods of Index: posting lists, hot fields and the sets a
// search reads with are internals no embedder should depend on.
func init() {
	retrieval.Register(func(v any) any {
		if ix, ok := v.(*Index); ok {
			return source{ix}
		}
		return nil
	})
}

// source is an Index seen as a retrieval.Source[*Entry].
type source struct{ ix *Index }

var _ retrieval.Source[*Entry] = source{}

func (s source) NewArea(terms []string) *retrieval.Area { return s.ix.newArea(terms) }
func (s source) NewMark() retrieval.Mark                { return s.ix.newMark() }
func (s source) CountIn(area *retrieval.Area) int       { return s.ix.countIn(area) }
func (s source) HotOf(e *Entry) retrieval.Hot           { return e.hotFields() }

func (s source) Entry(h retrieval.Hot) (*Entry, error) { return s.ix.entryOf(h) }

func (s source) Employer(n int32) (retrieval.Employer, bool) { return s.ix.employerBrief(n) }

func (s source) Select(terms []string, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) error {
	return s.ix.selectTerms(terms, area, mark, in)
}

func (s source) SelectArea(area *retrieval.Area, in func(retrieval.Hot)) error {
	return s.ix.selectArea(area, in)
}

func (s source) SelectTitleWords(ctx context.Context, words string, minWords int, readWords []string, area *retrieval.Area, mark retrieval.Mark, in func(retrieval.Hot)) error {
	return s.ix.selectTitleWords(ctx, words, minWords, readWords, area, mark, in)
}

func (s source) CountTerms(terms []string, area *retrieval.Area, mark retrieval.Mark) (int, error) {
	return s.ix.countTerms(terms, area, mark)
}

func (s source) CountOutside(terms []string, area *retrieval.Area, mark retrieval.Mark) (int, error) {
	return s.ix.countOutside(terms, area, mark)
}
