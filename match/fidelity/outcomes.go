package fidelity

import (
	"strings"

	"github.com/samber/lo"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// outcomes fills in job starts, diversity, working, retention and tenure.
// clients are the clients in scope.
func (r *Report) outcomes(in Input, clients []preference.Profile) {
	inScope := lo.SliceToMap(clients, func(p preference.Profile) (string, bool) { return p.ID, true })
	starts := lo.Filter(in.Placements, func(p employer.Placement, _ int) bool {
		return in.Period.Contains(p.Start) && (in.Specialist == "" || inScope[p.ClientID])
	})
	r.JobStarts = len(starts)
	r.DistinctJobTypes = len(lo.UniqBy(starts, jobType))
	r.DistinctEmployers = len(lo.UniqBy(starts, func(p employer.Placement) string { return p.EmployerID }))
	r.JobTypeDiversity = share(r.DistinctJobTypes, r.JobStarts)
	r.EmployerDiversity = share(r.DistinctEmployers, r.JobStarts)

	working := map[string]bool{}
	for _, p := range in.Placements {
		if inScope[p.ClientID] && p.Working(in.Period.To) {
			working[p.ClientID] = true
		}
	}
	r.Working = len(working)
	r.ShareWorking = share(r.Working, r.Caseload)

	judged, kept := 0, 0
	tenures := make([]int, 0, len(starts))
	for _, p := range starts {
		j, k := p.Retained90(in.Today)
		judged += lo.Ternary(j, 1, 0)
		kept += lo.Ternary(k, 1, 0)
		tenures = append(tenures, p.TenureDays(in.Today))
	}
	r.Retention90 = ratio(kept, judged)
	r.MedianTenureDays = employer.MedianDays(tenures)
}

// jobType is the kind of work a start counts as for diversity: the ISCO
// unit group when known, otherwise the title in lower case.
func jobType(p employer.Placement) string {
	if p.Occupation.ISCO != "" {
		return "isco:" + p.Occupation.ISCO
	}
	return strings.ToLower(strings.Join(strings.Fields(p.Title), " "))
}
