package taxonomy_test

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/index/taxonomy"
)

func ExampleTaxonomy_Understand() {
	tx := taxonomy.Builtin()
	for _, u := range tx.Understand("lavoro in cucina")[:2] {
		fmt.Printf("%s (ISCO %s) via %q [%s] %.2f\n", u.Occupation.ID, u.Occupation.ISCO, u.Matched, u.Lang, u.Score)
	}
	// Output:
	// kitchen-assistant (ISCO 9412) via "cucina" [it] 1.00
	// kitchen-steward (ISCO 9412) via "steward di cucina" [it] 0.23
}

func ExampleTaxonomy_Classify() {
	u, ok := taxonomy.Builtin().Classify("Addetto/a pulizie uffici", "it")
	fmt.Println(ok, u.Occupation.ID, u.Occupation.Label("en"))
	// Output:
	// true office-cleaner office cleaner
}

func ExampleCloseness() {
	fmt.Println(taxonomy.Closeness("9412", "9411"), taxonomy.Closeness("9412", "5120"))
	// Output:
	// 0.5 0
}
