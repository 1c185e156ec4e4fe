package fidelity

import (
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
)

// IPS25Item is one item of the 25-item IPS Supported Employment Fidelity
// Scale, numbered in the scale's order (staffing 1-3, organisation 4-11,
// services 12-25), scored 1 to 5 from data where data can say it. Measured is false
// for the items a log of contacts and job starts cannot show; they carry
// no score and say so.
type IPS25Item struct {
	Number   int     `json:"number"`
	Name     string  `json:"name"`
	Measured bool    `json:"measured"`
	Score    int     `json:"score,omitempty"` // 1..5 when Measured
	Value    float64 `json:"value,omitempty"` // the figure scored
	Basis    string  `json:"basis"`           // what was measured, or why it cannot be
	// Anchors are the cut-offs used, from score 5 down to 2 (below the
	// last is 1), as this package applies them.
	Anchors string `json:"anchors,omitempty"`
}

// IPS25Input is what IPS-25 scoring reads beside a Report.
type IPS25Input struct {
	Input
	// Competitive says whether a job start was a competitive job, and
	// whether that is known (from the vacancy it came from); nil means
	// unknown for all.
	Competitive func(employer.Placement) (competitive, known bool)
}

// band scores v against descending cut-offs for 5, 4, 3 and 2; below the
// last scores 1. lowerIsBetter flips the comparison (caseload, days).
func band(v float64, cuts [4]float64, lowerIsBetter bool) int {
	for i, c := range cuts {
		if (!lowerIsBetter && v >= c) || (lowerIsBetter && v <= c) {
			return 5 - i
		}
	}
	return 1
}

// IPS25 scores the items of the IPS-25 scale that the data can measure,
// for in.Period, and lists the rest as not measured. The anchors follow
// the scale's items as this package reads them (each item's Anchors
// states the cut-offs used); a fidelity reviewer's score from interviews
// and records remains the reference.
func IPS25(in IPS25Input) ([]IPS25Item, error) {
	r, err := Compute(in.Input)
	if err != nil {
		return nil, err
	}
	if in.Today.IsZero() {
		in.Today = in.Period.To
	}
	var items []IPS25Item
	lang := in.Lang
	add := func(it IPS25Item) {
		it.Name = tr(lang, it.Name)
		items = append(items, it)
	}

	// 1. Caseload size: clients per specialist.
	perSpec := 0.0
	if n := len(r.Specialists); n > 0 {
		perSpec = float64(r.Caseload) / float64(n)
	}
	add(IPS25Item{Number: 1, Name: "Caseload size", Measured: len(r.Specialists) > 0, Value: round1(perSpec),
		Score:   band(perSpec, [4]float64{20, 30, 40, 50}, true),
		Basis:   sprintf(lang, "%d clients, %d specialists", r.Caseload, len(r.Specialists)),
		Anchors: sprintf(lang, "%s clients per specialist", "<=20, <=30, <=40, <=50")})
	// Job development: frequent employer contact.
	add(IPS25Item{Number: 17, Name: "Job development: frequent employer contact", Measured: len(r.Specialists) > 0,
		Value: round1(r.FaceToFacePerWeek), Score: band(r.FaceToFacePerWeek, [4]float64{6, 5, 4, 3}, false),
		Basis: tr(lang, "face-to-face employer contacts per specialist per week"), Anchors: sprintf(lang, "%s a week", ">=6, >=5, >=4, >=3")})
	// Rapid job search: days from enrolment to first face-to-face contact.
	fc := r.FirstContact
	add(IPS25Item{Number: 15, Name: "Rapid job search for competitive job", Measured: fc.WithContact > 0, Value: float64(fc.MedianDays),
		Score:   band(float64(fc.MedianDays), [4]float64{30, 60, 90, 120}, true),
		Basis:   sprintf(lang, "median days from enrolment to first face-to-face employer contact, %d clients", fc.WithContact),
		Anchors: sprintf(lang, "%s days", "<=30, <=60, <=90, <=120")})
	// Diversity of job types and of employers.
	add(IPS25Item{Number: 19, Name: "Diversity of job types", Measured: r.JobStarts > 0, Value: round2(r.JobTypeDiversity),
		Score:   band(r.JobTypeDiversity*100, [4]float64{85, 70, 55, 40}, false),
		Basis:   sprintf(lang, "%d kinds of work among %d job starts", r.DistinctJobTypes, r.JobStarts),
		Anchors: sprintf(lang, "%s different", ">=85%, >=70%, >=55%, >=40%")})
	add(IPS25Item{Number: 20, Name: "Diversity of employers", Measured: r.JobStarts > 0, Value: round2(r.EmployerDiversity),
		Score:   band(r.EmployerDiversity*100, [4]float64{85, 70, 55, 40}, false),
		Basis:   sprintf(lang, "%d employers among %d job starts", r.DistinctEmployers, r.JobStarts),
		Anchors: sprintf(lang, "%s different", ">=85%, >=70%, >=55%, >=40%")})
	add(competitiveItem(in))
	add(followAlongItem(in))
	add(communityItem(in, r))
	for i := range items {
		if !items[i].Measured {
			items[i].Score = 0
			items[i].Basis = sprintf(lang, "no data in the period: %s", items[i].Basis)
		}
	}
	for _, u := range unmeasured {
		items = append(items, IPS25Item{Number: u.n, Name: tr(lang, u.name),
			Basis: sprintf(lang, "cannot be measured from the contact log and job starts; %s", tr(lang, u.why))})
	}
	sortItems(items)
	return items, nil
}

func competitiveItem(in IPS25Input) IPS25Item {
	it := IPS25Item{Number: 21, Name: "Competitive jobs", Anchors: sprintf(in.Lang, "%s competitive", ">=95%, >=85%, >=75%, >=65%")}
	known, comp := 0, 0
	for _, p := range in.Placements {
		if !in.Period.Contains(p.Start) || in.Competitive == nil {
			continue
		}
		c, ok := in.Competitive(p)
		if ok {
			known++
			if c {
				comp++
			}
		}
	}
	it.Measured = known > 0
	it.Value = round2(share(comp, known))
	it.Score = band(it.Value*100, [4]float64{95, 85, 75, 65}, false)
	it.Basis = sprintf(in.Lang, "%d of %d job starts traced to a vacancy were competitive", comp, known)
	return it
}

// followAlongItem: of the clients working on the period's last day, the
// share whose latest follow-along contact is recent enough: within 7 days
// in the first month of the job, within 30 days after.
func followAlongItem(in IPS25Input) IPS25Item {
	it := IPS25Item{Number: 23, Name: "Time-unlimited follow-along supports (timeliness)", Anchors: sprintf(in.Lang, "%s on schedule", ">=90%, >=75%, >=60%, >=45%")}
	day := in.Period.To
	last := map[string]employer.Date{}
	for _, c := range in.Contacts {
		if c.Purpose == employer.PurposeFollowAlong && c.ClientID != "" && !c.Day().After(day) && c.Day().After(last[c.ClientID]) {
			last[c.ClientID] = c.Day()
		}
	}
	inScope := map[string]bool{}
	for _, p := range scope(in.Input) {
		inScope[p.ID] = true
	}
	working, onTime := 0, 0
	for _, p := range in.Placements {
		if !inScope[p.ClientID] || !p.Working(day) {
			continue
		}
		working++
		gap := 30
		if day.DaysSince(p.Start) <= 28 {
			gap = 7
		}
		from := p.Start
		if l := last[p.ClientID]; !l.Before(p.Start) {
			from = l
		}
		if day.DaysSince(from) <= gap {
			onTime++
		}
	}
	it.Measured = working > 0
	it.Value = round2(share(onTime, working))
	it.Score = band(it.Value*100, [4]float64{90, 75, 60, 45}, false)
	it.Basis = sprintf(in.Lang, "%d of %d working clients had a follow-along on schedule on %s", onTime, working, date(in.Lang, day))
	return it
}

// communityItem: the share of the specialists' own employer contacts that
// were face to face, a proxy for work done in the community rather than
// the office.
func communityItem(in IPS25Input, r Report) IPS25Item {
	it := IPS25Item{Number: 24, Name: "Community-based services (proxy)", Anchors: sprintf(in.Lang, "%s face to face", ">=65%, >=55%, >=40%, >=25%")}
	all, f2f := 0, 0
	for _, c := range in.Contacts {
		if c.ByClient || !in.Period.Contains(c.Day()) || (in.Specialist != "" && c.Specialist != in.Specialist) {
			continue
		}
		all++
		if c.Type == employer.FaceToFace {
			f2f++
		}
	}
	it.Measured = all > 0
	it.Value = round2(share(f2f, all))
	it.Score = band(it.Value*100, [4]float64{65, 55, 40, 25}, false)
	it.Basis = sprintf(in.Lang, "%d of %d employer contacts face to face; time spent in the community is not logged, so this is a proxy", f2f, all)
	return it
}

var unmeasured = []struct {
	n         int
	name, why string
}{
	{2, "Employment services staff", "staff roles are not recorded"},
	{3, "Vocational generalists", "who does which phase of the service is not recorded"},
	{4, "Integration through team assignment", "mental health team membership is not recorded, by design"},
	{5, "Integration through frequent team member contact", "treatment team meetings are not recorded, by design"},
	{6, "Collaboration with vocational rehabilitation counsellors", "not recorded"},
	{7, "Vocational unit", "team meetings and supervision are not recorded"},
	{8, "Role of employment supervisor", "not recorded"},
	{9, "Zero exclusion criteria", "referrals and refusals are not recorded (the engine itself never filters on readiness)"},
	{10, "Agency focus on competitive employment", "agency-wide practice is not recorded"},
	{11, "Executive team support", "not recorded"},
	{12, "Work incentives planning", "benefits counselling sessions are not recorded (only the limit each client agreed)"},
	{13, "Disclosure", "the conversations are not recorded (the engine enforces each client's choice)"},
	{14, "Ongoing work-based vocational assessment", "needs a case-record review"},
	{16, "Individualized job search", "whether searches follow preferences needs a case-record review"},
	{18, "Job development: quality of employer contact", "needs observation"},
	{22, "Individualized follow-along supports", "the kind of support given is not recorded"},
	{25, "Assertive engagement and outreach", "outreach attempts are not recorded"},
}

func sortItems(items []IPS25Item) {
	slices.SortFunc(items, func(a, b IPS25Item) int { return a.Number - b.Number })
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }
func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
