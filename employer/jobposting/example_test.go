package jobposting_test

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer/jobposting"
)

func ExampleDecode() {
	page := []byte(`<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting",
 "identifier": "77", "title": "Portiere notturno", "inLanguage": "it",
 "datePosted": "2025-03-06", "employmentType": "PART_TIME",
 "workHours": "dalle 22:00 alle 06:00, fine settimana",
 "hiringOrganization": {"@type": "Organization", "name": "Hotel Centrale S.r.l."},
 "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
   "value": {"@type": "QuantitativeValue", "value": 1100, "unitText": "FORTNIGHT"}},
 "jobBenefits": "Vitto e alloggio"}
</script></head></html>`)
	recs, skipped, err := jobposting.Decode(page, "hotel.html", jobposting.Options{IDPrefix: "hc-"})
	if err != nil {
		fmt.Println(err)
		return
	}
	v := recs[0].Vacancy
	fmt.Println(v.ID, v.Title, v.Language, v.EmployerID)
	fmt.Println(v.Shifts, v.EarliestStart, v.Hours)
	for _, u := range recs[0].Unmapped {
		fmt.Println("unmapped:", u)
	}
	for _, f := range recs[0].Flags {
		fmt.Println("flag:", f)
	}
	fmt.Println("skipped:", len(skipped))
	// Output:
	// hc-77 Portiere notturno it org-hotel-centrale
	// [night weekend] 22:00 {10 30}
	// unmapped: baseSalary.unitText: 'FORTNIGHT' unknown
	// unmapped: jobBenefits: 'Vitto e alloggio' not mapped
	// flag: no coordinates: commute unknown
	// flag: no salary: pay unknown
	// skipped: 0
}
