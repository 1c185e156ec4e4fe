package index_test

import (
	"context"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
)

// Open an index in memory, add records in one all-or-nothing batch, and
// read back what the index made of a posting that gave no occupation.
func ExampleOpen() {
	ctx := context.Background()
	ix, err := index.Open(ctx, index.DefaultOptions()) // Options{Path: dir} for one on disk
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ix.Close()

	st, err := ix.Apply(ctx, index.Batch{
		Employers: []employer.Employer{{ID: "aurora", Name: "Caffè Aurora", Sector: employer.Sector{Code: "I56"}}},
		Vacancies: []employer.Vacancy{{ID: "v1", EmployerID: "aurora", Title: "Lavapiatti part-time", Language: "it"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("added:", st.EmployersAdded, "employer,", st.VacanciesAdded, "vacancy")

	v, _ := ix.Vacancy("v1")
	fmt.Printf("occupation: %s (ISCO %s), read from the title: %v\n", v.Occupation.Code, v.Occupation.ISCO, v.Occupation.Inferred)
	fmt.Println("skills inferred from the occupation:", v.Skills.Inferred)

	// A bad record fails the whole batch; nothing is written.
	_, err = ix.Apply(ctx, index.Batch{Source: "vacancies.jsonl", Vacancies: []employer.Vacancy{
		{ID: "v2", Title: "Cook"},
		{ID: "v3", Title: "Cook", Hours: employer.Range{Min: 30, Max: 20}},
	}})
	fmt.Println(err)
	_, n := ix.Count()
	fmt.Println("vacancies:", n)
	// Output:
	// added: 1 employer, 1 vacancy
	// occupation: dishwasher (ISCO 9412), read from the title: true
	// skills inferred from the occupation: true
	// index: invalid record in batch; nothing written: vacancies.jsonl: record "v3": field "hours": minimum is above maximum: min 30 > max 20
	// vacancies: 1
}
