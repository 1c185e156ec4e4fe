package index

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

// taxonomySourceKey holds where the index's taxonomy was loaded from (an
// absolute ESCO path), so that reopening the index reads occupations the
// same way it was built with.
const taxonomySourceKey = "ipsmatch.taxonomy_source"

// reenrichBatch is how many vacancies UseTaxonomy writes per bleve batch.
const reenrichBatch = 2000

// UseTaxonomy makes t the taxonomy the index reads occupations and skills
// with, and records source (the ESCO folder t was loaded from, made
// absolute; "" forgets any recorded one) so that Open, given no Taxonomy,
// loads it again: ESCO merged with taxonomy.Builtin.
//
// Every stored vacancy whose occupation or skills the index inferred, or
// that has no occupation or no skills, is read again with t and rewritten;
// what a posting stated itself is kept. The returned Stats count the
// vacancies re-read (updated when the new taxonomy changed them, unchanged
// otherwise).
func (ix *Index) UseTaxonomy(ctx context.Context, t *taxonomy.Taxonomy, source string) (Stats, error) {
	var st Stats
	if t == nil {
		return st, fmt.Errorf("index: UseTaxonomy: nil taxonomy")
	}
	if ix.opt.ReadOnly {
		return st, ErrReadOnly
	}
	if source != "" {
		abs, err := filepath.Abs(source)
		if err != nil {
			return st, fmt.Errorf("index: taxonomy source %s: %w", source, err)
		}
		source = abs
	}
	if err := ix.swapTaxonomy(t, source); err != nil {
		return st, err
	}
	redo := ix.toReenrich()
	for i := 0; i < len(redo); i += reenrichBatch {
		part := redo[i:min(i+reenrichBatch, len(redo))]
		bst, err := ix.Apply(ctx, Batch{Vacancies: part, Source: "taxonomy"})
		if err != nil {
			return st, fmt.Errorf("index: re-reading vacancies with the new taxonomy: %w", err)
		}
		st.VacanciesAdded += bst.VacanciesAdded
		st.VacanciesUpdated += bst.VacanciesUpdated
		st.VacanciesUnchanged += bst.VacanciesUnchanged
	}
	ix.log.Info("taxonomy changed", "source", source, "occupations", t.Len(), "vacancies_reread", len(redo))
	return st, nil
}

// swapTaxonomy replaces the taxonomy and records its source durably, with
// no batch in flight.
func (ix *Index) swapTaxonomy(t *taxonomy.Taxonomy, source string) error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return ErrClosed
	}
	var err error
	if source == "" {
		err = ix.bi.DeleteInternal([]byte(taxonomySourceKey))
	} else {
		err = ix.bi.SetInternal([]byte(taxonomySourceKey), []byte(source))
	}
	if err != nil {
		return fmt.Errorf("index: recording the taxonomy source: %w", err)
	}
	ix.opt.Taxonomy = t
	return nil
}

// toReenrich returns copies of the stored vacancies that the taxonomy
// filled in, with what it filled in taken out again, so that Apply infers
// it afresh. Sorted by id, for batches that do not depend on map order.
func (ix *Index) toReenrich() []employer.Vacancy {
	var out []employer.Vacancy
	for _, e := range ix.Vacancies() {
		v := *e.Vacancy
		occInferred := v.Occupation.Inferred || (v.Occupation.Code == "" && v.Occupation.ISCO == "")
		skillsInferred := v.Skills.Inferred || (len(v.Skills.Essential) == 0 && len(v.Skills.Optional) == 0)
		if !occInferred && !skillsInferred {
			continue
		}
		if v.Occupation.Inferred {
			v.Occupation = employer.Occupation{}
		}
		if v.Skills.Inferred {
			v.Skills = employer.Skills{}
		}
		out = append(out, v)
	}
	return out
}

// loadStoredTaxonomy is called by Open on an existing index: when the
// caller gave no taxonomy (explicit false) and UseTaxonomy recorded an ESCO
// folder, it loads that folder merged with the built-in vocabulary.
func (ix *Index) loadStoredTaxonomy(explicit bool) error {
	if explicit {
		return nil
	}
	src, err := ix.bi.GetInternal([]byte(taxonomySourceKey))
	if err != nil {
		return fmt.Errorf("index: reading the taxonomy source: %w", err)
	}
	if len(src) == 0 {
		return nil
	}
	path := string(src)
	esco, err := taxonomy.LoadESCO(path)
	if err != nil {
		return fmt.Errorf("index: taxonomy from %s: %w (run 'ipsmatch taxonomy --esco PATH --into DIR' again)", path, err)
	}
	ix.opt.Taxonomy = taxonomy.Builtin().Merge(esco)
	return nil
}

// TaxonomySource returns the ESCO folder recorded by UseTaxonomy, "" when
// the index reads occupations with the built-in vocabulary.
func (ix *Index) TaxonomySource() (string, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return "", ErrClosed
	}
	src, err := ix.bi.GetInternal([]byte(taxonomySourceKey))
	if err != nil {
		return "", fmt.Errorf("index: reading the taxonomy source: %w", err)
	}
	return string(src), nil
}
