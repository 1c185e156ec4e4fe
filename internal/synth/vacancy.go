package synth

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

var (
	channelOrder = []employer.Channel{employer.ChannelCompetitive, employer.ChannelQuota,
		employer.ChannelConvention, employer.ChannelTraineeship, employer.ChannelSheltered}
	channelWeights = []float64{85, 6, 3, 4, 2}
	contractOrder  = []employer.EmploymentType{employer.Permanent, employer.FixedTerm,
		employer.Seasonal, employer.Temporary}
	methodOrder = []employer.ApplyMethod{employer.ApplyWalkIn, employer.ApplyPhone,
		employer.ApplyEmail, employer.ApplyOnline, employer.ApplyAgency}
	walkInSectors = map[string]bool{"I56": true, "G47": true, "S96": true, "G45": true, "I55": true}
	seasonal      = map[string]bool{"I55": true, "A01": true, "N81.3": true, "I56": true}
)

// Vacancy returns the i-th vacancy (0-based) of the town cfg describes,
// exactly as Generate would, without building the rest of the town: large
// sizes can be streamed. cfg must pass Validate.
func Vacancy(cfg Config, i int) employer.Vacancy {
	cfg = cfg.withDefaults()
	g := newRegion(cfg)
	return vacancyAt(cfg, g, i, func(j int) employer.Employer { return employerAt(cfg, g, j) })
}

// VacancyFor builds a vacancy at the given employer (nil: a public job
// board posting with no known employer), for callers that curate their
// own towns; i picks the random stream and the id.
func VacancyFor(cfg Config, i int, e *employer.Employer) employer.Vacancy {
	cfg = cfg.withDefaults()
	r := newRNG(cfg.Seed, kindVacancy, i)
	return buildVacancy(cfg, newRegion(cfg), r, i, e)
}

// vacancyAt picks the employer (about 5% of postings come from public job
// boards with none) and builds the posting.
func vacancyAt(cfg Config, g region, i int, employerAt func(int) employer.Employer) employer.Vacancy {
	r := newRNG(cfg.Seed, kindVacancy, i)
	var e *employer.Employer
	if cfg.Employers > 0 && !r.chance(0.05) {
		emp := employerAt(r.IntN(cfg.Employers))
		e = &emp
	}
	return buildVacancy(cfg, g, r, i, e)
}

func buildVacancy(cfg Config, g region, r rng, i int, e *employer.Employer) employer.Vacancy {
	var s Sector
	var o Occupation
	if e != nil {
		s, _ = LookupSector(e.Sector.Code)
	}
	if s.Code == "" {
		s = sectors[r.weighted(sectorWeights)]
	}
	if e != nil && len(e.TypicalOccupations) > 0 && r.chance(0.85) {
		o, _ = LookupOccupation(pick(r, e.TypicalOccupations).Code)
	}
	if o.Code == "" {
		o = s.occupation(r)
	}
	v := employer.Vacancy{
		ID:         fmt.Sprintf("v-%06d", i+1),
		Occupation: o.Ref(),
		Channel:    channelOrder[r.weighted(channelWeights)],
	}
	if r.chance(0.25) {
		v.Language = "it"
	} else if r.chance(0.6) {
		v.Language = "en"
	}
	v.Shifts, v.EarliestStart = shiftsFor(r, o)
	// Weekend-only work is part-time.
	partTime := r.chance(o.partTime) || slices.Equal(v.Shifts, []employer.Shift{employer.ShiftWeekend})
	v.Hours = hours(r, partTime)
	v.EmploymentType = contract(r, s)
	v.Pay = pay(r, o, v.Hours, v.Channel)
	if e != nil {
		v.EmployerID, v.Address = e.ID, e.Address
		if e.Location != nil {
			loc := *e.Location
			v.Location = &loc
		}
	} else {
		loc := g.point(r, s.edge)
		v.Location, v.Address = &loc, address(r)
	}
	v.Remote = remote(r, o)
	v.Environment = environment(r, o)
	v.Requirements = requirements(r, o)
	v.Skills = skills(r, o)
	dates(r, cfg.Today, &v)
	v.Application = application(r, s, e)
	v.Title, v.Description = texts(r, o, e, &v, partTime)
	return v
}

func hours(r rng, partTime bool) employer.Range {
	switch {
	case r.chance(0.08):
		return employer.Range{}
	case partTime:
		lo := float64(r.between(10, 20))
		return employer.Range{Min: lo, Max: math.Min(25, lo+float64(pick(r, []int{0, 0, 2, 4, 5})))}
	default:
		return employer.Range{Min: float64(pick(r, []int{36, 38, 40, 40})), Max: 40}
	}
}

func contract(r rng, s Sector) employer.EmploymentType {
	w := []float64{35, 42, 3, 20}
	if seasonal[s.Code] {
		w[2] = 25
	}
	return contractOrder[r.weighted(w)]
}

// pay is not stated on about a fifth of postings; otherwise it is hourly,
// monthly (for the hours worked) or, rarely, yearly.
func pay(r rng, o Occupation, h employer.Range, ch employer.Channel) employer.Pay {
	if r.chance(0.2) {
		return employer.Pay{}
	}
	if ch == employer.ChannelTraineeship {
		return employer.Pay{Min: 500, Max: 500, Currency: "EUR", Unit: employer.PerMonth}
	}
	hourly := math.Min(16, math.Max(8.5, o.pay*r.uniform(0.92, 1.08)))
	weekly := h.Max
	if weekly == 0 {
		weekly = 30
	}
	switch r.weighted([]float64{55, 37, 8}) {
	case 0:
		lo := math.Round(hourly*2) / 2
		hi := math.Min(16, lo+float64(pick(r, []int{0, 0, 1, 2})))
		return employer.Pay{Min: lo, Max: hi, Currency: "EUR", Unit: employer.PerHour}
	case 1:
		lo := math.Min(2200, math.Max(900, math.Round(hourly*weekly*4.33/50)*50))
		hi := math.Min(2200, lo+float64(pick(r, []int{0, 0, 100, 200})))
		return employer.Pay{Min: lo, Max: hi, Currency: "EUR", Unit: employer.PerMonth}
	default:
		lo := math.Round(hourly*weekly*4.33*13/500) * 500
		return employer.Pay{Min: lo, Max: lo + float64(pick(r, []int{0, 1000, 2000})), Currency: "EUR", Unit: employer.PerYear}
	}
}

func remote(r rng, o Occupation) employer.Remote {
	switch o.Code {
	case "software-developer", "bookkeeping-clerk":
		return []employer.Remote{employer.OnSite, employer.Hybrid, employer.Hybrid, employer.FullRemote}[r.IntN(4)]
	case "call-centre-agent", "survey-interviewer", "data-entry-clerk":
		if r.chance(0.15) {
			return employer.FullRemote
		}
	}
	return employer.OnSite
}

var levelOrder = []employer.Level{employer.Low, employer.Medium, employer.High}

// environment states the occupation's usual setting on about two thirds
// of postings, each aspect sometimes one step off.
func environment(r rng, o Occupation) employer.Environment {
	if !r.chance(0.65) {
		return employer.Environment{}
	}
	lv := func(c byte) employer.Level {
		i := map[byte]int{'L': 0, 'M': 1, 'H': 2}[c]
		if r.chance(0.15) {
			i = min(2, max(0, i+pick(r, []int{-1, 1})))
		}
		return levelOrder[i]
	}
	return employer.Environment{Social: lv(o.env[0]), Noise: lv(o.env[1]), Outdoor: lv(o.env[2]), Physical: lv(o.env[3])}
}

func requirements(r rng, o Occupation) employer.Requirements {
	var q employer.Requirements
	q.DrivingLicence = o.driving || r.chance(0.04)
	if r.chance(0.2) {
		q.Languages = append(q.Languages, "it")
	}
	switch o.Code {
	case "hotel-receptionist", "software-developer", "it-support", "receptionist":
		if r.chance(0.5) {
			q.Languages = append(q.Languages, "en")
		}
	}
	return q
}

func skills(r rng, o Occupation) employer.Skills {
	if !r.chance(0.6) || len(o.Skills) == 0 {
		return employer.Skills{}
	}
	all := sample(r, o.Skills, r.between(1, len(o.Skills)))
	n := r.IntN(len(all) + 1)
	return employer.Skills{Essential: all[:n], Optional: all[n:]}
}

// dates posts the vacancy within the last 60 days, most of them recently,
// and closes it 14 to 60 days later; about one in eight has already
// closed by today.
func dates(r rng, today employer.Date, v *employer.Vacancy) {
	var ago, open int
	if r.chance(0.125) {
		open = r.between(14, 45)
		ago = r.between(open+1, 59)
	} else {
		ago = int(60 * math.Pow(r.Float64(), 1.6))
		open = r.between(max(14, ago), 60)
	}
	v.Posted = today.AddDays(-ago)
	v.ValidThrough = v.Posted.AddDays(open)
	if r.chance(0.6) {
		v.StartDate = v.Posted.AddDays(r.between(14, 45))
	}
}

// hostOf returns the employer's web host, from its website when it has one.
func hostOf(e *employer.Employer) string {
	if h, ok := strings.CutPrefix(e.Website, "https://"); ok {
		return h
	}
	return slug(e.Name) + ".example"
}

func application(r rng, s Sector, e *employer.Employer) employer.Application {
	w := []float64{18, 20, 32, 27, 3}
	if walkInSectors[s.Code] {
		w[0] = 45
	}
	host := "lavoro.example"
	if e != nil {
		host = hostOf(e)
	}
	switch m := methodOrder[r.weighted(w)]; m {
	case employer.ApplyWalkIn:
		where := "the shop"
		if e != nil {
			where = e.Address
		}
		return employer.Application{Method: m, Detail: "Bring a CV to " + where + ", mornings"}
	case employer.ApplyPhone:
		return employer.Application{Method: m, Detail: phone(r)}
	case employer.ApplyEmail:
		return employer.Application{Method: m, Detail: pick(r, []string{"lavoro@", "jobs@", "info@"}) + host}
	case employer.ApplyOnline:
		return employer.Application{Method: m, Detail: "https://" + host + "/lavora-con-noi"}
	default:
		return employer.Application{Method: m, Detail: fill(r, "Agenzia {W} Lavoro")}
	}
}
