package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Batch is a set of changes applied together: either all of them are
// written or, if any record is invalid, none.
type Batch struct {
	Employers       []employer.Employer
	Vacancies       []employer.Vacancy
	DeleteEmployers []string
	DeleteVacancies []string
	// Source names where the records came from, for error messages.
	Source string
}

// Stats counts what a batch changed.
type Stats struct {
	EmployersAdded, EmployersUpdated, EmployersUnchanged int
	VacanciesAdded, VacanciesUpdated, VacanciesUnchanged int
	Deleted                                              int
}

func docID(kind, id string) string { return kind[:1] + "/" + id }

func stripKind(docID string) string {
	if i := strings.IndexByte(docID, '/'); i >= 0 {
		return docID[i+1:]
	}
	return docID
}

// Apply validates every record in b and writes them in one bleve batch.
// When Apply returns nil the batch is durable on disk. An invalid record
// fails the whole batch with an error wrapping ErrInvalidBatch and the
// record's *employer.FieldError; nothing is written. Re-applying the same
// records is idempotent.
func (ix *Index) Apply(ctx context.Context, b Batch) (Stats, error) {
	var st Stats
	if ix.opt.ReadOnly {
		return st, ErrReadOnly
	}
	if err := validateBatch(b); err != nil {
		return st, err
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if ix.isClosed() {
		return st, ErrClosed
	}

	emps := make([]*employer.Employer, len(b.Employers))
	vacs := make([]*Entry, len(b.Vacancies))
	bb := ix.bi.NewBatch()
	for i := range b.Employers {
		e := b.Employers[i]
		emps[i] = &e
		doc, err := employerDoc(&e)
		if err != nil {
			return st, err
		}
		if err := bb.Index(docID(kindEmployer, e.ID), doc); err != nil {
			return st, fmt.Errorf("index: employer %q: %w", e.ID, err)
		}
	}
	for i := range b.Vacancies {
		v := b.Vacancies[i]
		ix.enrich(&v)
		vacs[i] = ix.entry(&v)
		doc, err := vacancyDoc(&v)
		if err != nil {
			return st, err
		}
		if err := bb.Index(docID(kindVacancy, v.ID), doc); err != nil {
			return st, fmt.Errorf("index: vacancy %q: %w", v.ID, err)
		}
	}
	for _, id := range b.DeleteEmployers {
		bb.Delete(docID(kindEmployer, id))
	}
	for _, id := range b.DeleteVacancies {
		bb.Delete(docID(kindVacancy, id))
	}
	if err := ix.bi.Batch(bb); err != nil {
		return st, fmt.Errorf("index: writing batch: %w", err)
	}

	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, e := range emps {
		old, ok := ix.emps[e.ID]
		switch {
		case !ok:
			st.EmployersAdded++
		case sameJSON(old, e):
			st.EmployersUnchanged++
		default:
			st.EmployersUpdated++
		}
		ix.emps[e.ID] = e
		ix.relink(e.ID, e)
	}
	for _, v := range vacs {
		old, ok := ix.vacs[v.ID]
		switch {
		case !ok:
			st.VacanciesAdded++
		case sameJSON(old.Vacancy, v.Vacancy):
			st.VacanciesUnchanged++
		default:
			st.VacanciesUpdated++
		}
		ix.putVac(v)
	}
	for _, id := range b.DeleteEmployers {
		if _, ok := ix.emps[id]; ok {
			st.Deleted++
			delete(ix.emps, id)
			ix.relink(id, nil)
		}
	}
	for _, id := range b.DeleteVacancies {
		if ix.delVac(id) {
			st.Deleted++
		}
	}
	ix.log.Debug("batch applied", "source", b.Source, "employers", len(emps), "vacancies", len(vacs))
	return st, nil
}

func (ix *Index) isClosed() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.closed
}

func validateBatch(b Batch) error {
	seenE, seenV := map[string]bool{}, map[string]bool{}
	fail := func(err error) error {
		var fe *employer.FieldError
		if errors.As(err, &fe) && fe.File == "" && b.Source != "" {
			c := *fe
			c.File = b.Source
			err = &c
		}
		return fmt.Errorf("%w: %w", ErrInvalidBatch, err)
	}
	for i := range b.Employers {
		e := &b.Employers[i]
		if err := e.Validate(); err != nil {
			return fail(err)
		}
		if seenE[e.ID] {
			return fail(&employer.FieldError{Record: e.ID, Field: "id", Err: employer.ErrDuplicateID})
		}
		seenE[e.ID] = true
	}
	for i := range b.Vacancies {
		v := &b.Vacancies[i]
		if err := v.Validate(); err != nil {
			return fail(err)
		}
		if seenV[v.ID] {
			return fail(&employer.FieldError{Record: v.ID, Field: "id", Err: employer.ErrDuplicateID})
		}
		seenV[v.ID] = true
	}
	return nil
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// enrich fills what the posting left out from the taxonomy: the occupation
// (read from the title) and, when enabled, the occupation's skills.
func (ix *Index) enrich(v *employer.Vacancy) {
	tax := ix.opt.Taxonomy
	if v.Occupation.Code == "" && v.Occupation.ISCO == "" {
		if u, ok := tax.Classify(v.Title, v.Lang()); ok {
			v.Occupation = employer.Occupation{Code: u.Occupation.ID, ISCO: u.Occupation.ISCO,
				Label: u.Occupation.Label("en"), Inferred: true}
		}
	} else if v.Occupation.ISCO == "" {
		if o, ok := tax.Occupation(v.Occupation.Code); ok {
			v.Occupation.ISCO = o.ISCO
		}
	}
	if !ix.opt.KeepPostedSkills && len(v.Skills.Essential) == 0 && len(v.Skills.Optional) == 0 && v.Occupation.Code != "" {
		ess, opt := tax.Skills(v.Occupation.Code)
		for _, s := range ess {
			v.Skills.Essential = append(v.Skills.Essential, s.Label("en"))
		}
		for _, s := range opt {
			v.Skills.Optional = append(v.Skills.Optional, s.Label("en"))
		}
		v.Skills.Inferred = len(ess)+len(opt) > 0
	}
}

func (ix *Index) entry(v *employer.Vacancy) *Entry {
	return &Entry{Vacancy: v, TitleTokens: ix.Analyze(v.Lang(), v.Title),
		Cells: cellTerms(v.Location, v.Remote), Occ: OccTerms(v.Occupation),
		EssentialIDs: ix.skillIDs(v.Skills.Essential), OptionalIDs: ix.skillIDs(v.Skills.Optional)}
}

// skillIDs resolves skill labels or ids to taxonomy skill ids.
func (ix *Index) skillIDs(skills []string) []string {
	if len(skills) == 0 {
		return nil
	}
	out := make([]string, len(skills))
	for i, s := range skills {
		if sk, ok := ix.opt.Taxonomy.Skill(s); ok {
			out[i] = sk.ID
		}
	}
	return out
}

func vacancyDoc(v *employer.Vacancy) (map[string]any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("index: vacancy %q: %w", v.ID, err)
	}
	doc := map[string]any{
		fieldKind:            kindVacancy,
		fieldOcc:             OccTerms(v.Occupation),
		fieldCell:            cellTerms(v.Location, v.Remote),
		fieldRaw:             string(raw),
		titleField(v.Lang()): v.Title,
	}
	if v.Description != "" {
		doc[descField(v.Lang())] = v.Description
	}
	if v.EmployerID != "" {
		doc[fieldEmployer] = v.EmployerID
	}
	return doc, nil
}

func employerDoc(e *employer.Employer) (map[string]any, error) {
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("index: employer %q: %w", e.ID, err)
	}
	var occ []string
	for _, o := range e.TypicalOccupations {
		occ = append(occ, OccTerms(o)...)
	}
	return map[string]any{
		fieldKind:      kindEmployer,
		fieldOcc:       occ,
		fieldCell:      cellTerms(e.Location, employer.OnSite),
		fieldSector:    e.Sector.Code,
		fieldRaw:       string(raw),
		titleField(""): e.Name,
	}, nil
}
