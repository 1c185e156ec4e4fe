package match

import (
	"context"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
)

// maxLearned caps how many notes of what contacts learned are read per
// employer, newest first.
const maxLearned = 5

// source is something that shows what kind of work an employer hires for:
// a typical occupation, an open vacancy, or a note of what a contact
// learned, read as an occupation where the taxonomy finds one in it and
// word for word otherwise.
type source struct {
	kind string // "typical", "vacancy", "learned"
	e    *index.Entry
	work bool // it names a kind of work (a note read word for word does not)
}

// leadPool is what leads need about every employer, read once per call and
// shared by every client of a plan.
type leadPool struct {
	today   employer.Date
	emps    []*employer.Employer // sorted by id
	rels    *relView
	sources map[string][]source // employer id -> typical, then open vacancies, then learned
	open    map[string][]*index.Entry
}

// history is what the contact log and placements say of an employer.
func (pl *leadPool) history(id string) employer.Relationship {
	if r := pl.rels.get(id); r != nil {
		return r.derived
	}
	return employer.Relationship{}
}

func (e *Engine) newLeadPool(ctx context.Context, today employer.Date) (*leadPool, error) {
	rels, err := e.relations(ctx, today)
	if err != nil {
		return nil, err
	}
	pl := &leadPool{today: today, emps: e.ix.Employers(), rels: rels,
		sources: map[string][]source{}, open: map[string][]*index.Entry{}}
	for _, emp := range pl.emps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, v := range e.ix.VacanciesOf(emp.ID) {
			if v.Open(today) {
				pl.open[emp.ID] = append(pl.open[emp.ID], v)
			}
		}
		src := e.typicalSources(emp)
		for _, v := range pl.open[emp.ID] {
			src = append(src, source{kind: "vacancy", e: v, work: true})
		}
		if r := pl.rels.get(emp.ID); r != nil {
			for _, text := range r.learned[:min(maxLearned, len(r.learned))] {
				src = append(src, e.learnedSources(emp.ID, text)...)
			}
		}
		pl.sources[emp.ID] = src
	}
	return pl, nil
}

// typicalSources reads an employer's typical occupations as vacancies, so
// that the client's job types compare with them as with any posting.
func (e *Engine) typicalSources(emp *employer.Employer) []source {
	var out []source
	for _, o := range emp.TypicalOccupations {
		if t, ok := e.ix.Taxonomy().Occupation(o.Code); ok && o.ISCO == "" {
			o.ISCO = t.ISCO
		}
		if o.Label == "" {
			o.Label = o.Code
		}
		v := &employer.Vacancy{ID: emp.ID, EmployerID: emp.ID, Title: o.Label, Occupation: o}
		out = append(out, source{kind: "typical", e: &index.Entry{Vacancy: v, TitleTokens: e.ix.Analyze("en", o.Label)}, work: true})
	}
	return out
}

// learnedSources reads a note: the occupations the taxonomy finds named in
// it in full, and its words in each indexed language, for clients whose
// own words the taxonomy could not read.
func (e *Engine) learnedSources(empID, text string) []source {
	var out []source
	for _, u := range e.ix.Taxonomy().Understand(text) {
		if u.Score >= understandFloor {
			o := employer.Occupation{Code: u.Occupation.ID, ISCO: u.Occupation.ISCO, Label: u.Occupation.Label("en"), Inferred: true}
			v := &employer.Vacancy{ID: empID, EmployerID: empID, Title: text, Occupation: o}
			out = append(out, source{kind: "learned", e: &index.Entry{Vacancy: v}, work: true})
		}
	}
	for _, lang := range index.Languages {
		v := &employer.Vacancy{ID: empID, EmployerID: empID, Title: text, Language: lang}
		out = append(out, source{kind: "learned", e: &index.Entry{Vacancy: v, TitleTokens: e.ix.Analyze(lang, text)}})
	}
	return out
}
