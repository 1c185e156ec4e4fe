package main

import (
	"context"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// batchSize is how many records go into one index batch in the benchmark,
// as in a folder import.
var batchSize = workspace.BatchSize

// applyInBatches writes employers then vacancies in batches, with progress.
func applyInBatches(ctx context.Context, e *env, ix *index.Index, emps []employer.Employer, vacs []employer.Vacancy, source string) (index.Stats, error) {
	var total index.Stats
	pr := newProgress(e, "indexing", len(emps)+len(vacs))
	add := func(st index.Stats) {
		total.EmployersAdded += st.EmployersAdded
		total.EmployersUpdated += st.EmployersUpdated
		total.EmployersUnchanged += st.EmployersUnchanged
		total.VacanciesAdded += st.VacanciesAdded
		total.VacanciesUpdated += st.VacanciesUpdated
		total.VacanciesUnchanged += st.VacanciesUnchanged
	}
	for i := 0; i < len(emps); i += batchSize {
		part := emps[i:min(i+batchSize, len(emps))]
		st, err := ix.Apply(ctx, index.Batch{Employers: part, Source: source})
		if err != nil {
			return total, err
		}
		add(st)
		pr.add(len(part))
	}
	for i := 0; i < len(vacs); i += batchSize {
		part := vacs[i:min(i+batchSize, len(vacs))]
		st, err := ix.Apply(ctx, index.Batch{Vacancies: part, Source: source})
		if err != nil {
			return total, err
		}
		add(st)
		pr.add(len(part))
	}
	pr.finish()
	return total, nil
}
