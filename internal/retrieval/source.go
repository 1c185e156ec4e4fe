package retrieval

import "context"

// Source is what the engine reads candidates through: an index's posting
// lists and hot fields. E is the index's entry type.
type Source[E any] interface {
	// NewArea makes an area of cell terms (see CellTerm, CellRemote,
	// CellUnknown); nil terms give nil, everywhere.
	NewArea(terms []string) *Area
	// NewMark returns an empty Mark sized for the index.
	NewMark() Mark
	// Select calls in for every unmarked current vacancy carrying one of
	// terms that lies in area, with its hot fields, and marks it.
	Select(terms []string, area *Area, mark Mark, in func(Hot)) error
	// SelectArea calls in for every current vacancy in area.
	SelectArea(area *Area, in func(Hot)) error
	// SelectTitleWords is Select for titles holding at least minWords of
	// words, and for phrases the taxonomy understood (see the index).
	SelectTitleWords(ctx context.Context, words string, minWords int, readWords []string, area *Area, mark Mark, in func(Hot)) error
	// CountOutside counts the unmarked current vacancies carrying one of
	// terms that lie outside area.
	CountOutside(terms []string, area *Area, mark Mark) (int, error)
	// CountIn counts the current vacancies in area.
	CountIn(area *Area) int
	// CountTerms counts the unmarked current vacancies carrying one of
	// terms that lie in area, and marks them: Select without reading
	// their hot fields where it need not.
	CountTerms(terms []string, area *Area, mark Mark) (int, error)
	// Entry reads the record of the vacancy with hot fields h.
	Entry(h Hot) (E, error)
	// HotOf returns an entry's hot fields.
	HotOf(e E) Hot
	// Employer returns what bounds need of the employer numbered n
	// (Hot.Emp); ok is false when n is 0 or the index holds no record of
	// that employer, which scores as a posting of an unknown employer.
	Employer(n int32) (emp Employer, ok bool)
}

// of is set once, by the index package's init.
var of func(any) any

// Register is called by the index package, once, to say how its indexes
// serve as Sources.
func Register(f func(ix any) any) { of = f }

// Of returns the Source of an index.
func Of[E any](ix any) Source[E] {
	s, _ := of(ix).(Source[E])
	return s
}
