package match

import "github.com/ipsmatch/ipsmatch/employer"

// Effect says which way a reason moved a result.
type Effect string

// Effects.
const (
	Plus    Effect = "plus"    // the factor counts in the vacancy's favour
	Minus   Effect = "minus"   // the factor counts against it
	Neutral Effect = "neutral" // not known either way
	Flag    Effect = "flag"    // something the specialist must look at
)

// Reason explains one factor of a result in a specialist's words.
type Reason struct {
	Factor string  `json:"factor"`
	Effect Effect  `json:"effect"`
	Text   string  `json:"text"`
	Score  float64 `json:"score"` // the factor's score in [0,1]; for penalties, what was taken off
}

// Action is what the client's disclosure choice allows the specialist to do
// with this employer for this client.
type Action string

// Actions, from least to most involvement of the specialist.
const (
	// ApplyOnOwn: the client applies on their own; the specialist helps
	// behind the scenes and never contacts the employer about the client.
	ApplyOnOwn Action = "apply_on_own"
	// SpecialistMayIntroduce: the specialist may introduce the client as
	// coming from an employment programme, with no clinical detail.
	SpecialistMayIntroduce Action = "specialist_may_introduce"
	// SpecialistMayAdvocate: the specialist may also advocate and ask for
	// accommodations.
	SpecialistMayAdvocate Action = "specialist_may_advocate"
)

// Text says the action in words.
func (a Action) Text() string {
	switch a {
	case SpecialistMayIntroduce:
		return "the specialist may introduce the client (employment programme only, no health details)"
	case SpecialistMayAdvocate:
		return "the specialist may introduce the client, advocate and ask for accommodations"
	}
	return "the client applies on their own; the specialist helps behind the scenes"
}

// Result is one ranked vacancy.
type Result struct {
	Rank           int      `json:"rank"`
	ID             string   `json:"id"`
	EmployerID     string   `json:"employer_id"`
	EmployerName   string   `json:"employer_name,omitempty"`
	Title          string   `json:"title"`
	Score          float64  `json:"score"`
	Action         Action   `json:"action"`
	Channel        string   `json:"channel"`
	Competitive    bool     `json:"competitive"`
	DistanceKm     *float64 `json:"distance_km"`     // null when the vacancy has no location
	CommuteMinutes *int     `json:"commute_minutes"` // null when unknown or no home given
	Flags          []string `json:"flags,omitempty"`
	Reasons        []Reason `json:"reasons"`

	score float64 // unrounded, for ordering
}

// Results is the answer to one Match call.
type Results struct {
	Client string        `json:"client"`
	Today  employer.Date `json:"today"`
	// Results are best first; ties break by id.
	Results []Result `json:"results"`
	// Excluded counts the vacancies left out, by reason. When fewer
	// results than the limit are found, every vacancy in the index is
	// accounted for (too_far and other_work included), so the counts say
	// exactly why the list is short. When the list is full, vacancies that
	// could not have ranked in it are not examined, and not counted.
	// With Options.Facets, Facets.Excluded holds the complete counts.
	Excluded map[string]int `json:"excluded"`
	// Facets are counts over every vacancy, with Options.Facets only.
	Facets *Facets `json:"facets,omitempty"`
	// Considered is how many vacancies were examined.
	Considered int `json:"considered"`
	// Understood shows how the client's job types were read.
	Understood []Understanding `json:"understood,omitempty"`
	// Flags are notes about the search as a whole.
	Flags []string `json:"flags,omitempty"`
	// Rapid is where the client stands on rapid job search.
	Rapid RapidSearch `json:"rapid_search"`
	// CurrentJob is the client's open job start, if any: IPS support goes
	// on after a start, and a search may be for a better or second job.
	CurrentJob *employer.Placement `json:"current_job,omitempty"`
}

// Exclusion reasons, as counted in Results.Excluded.
const (
	ExExpired         = "expired"
	ExReserved        = "reserved_channel"
	ExNotCompetitive  = "not_competitive"
	ExAvoidedEmployer = "avoided_employer"
	ExTooFar          = "too_far"
	ExLocationUnknown = "location_unknown"
	ExShift           = "shift"
	ExStartTime       = "start_time"
	ExHours           = "hours"
	ExBenefitsCap     = "over_benefits_cap"
	ExPay             = "pay_below_floor"
	ExPayNotStated    = "pay_not_stated"
	ExSector          = "sector"
	ExJobType         = "job_type"
	ExEnvironment     = "environment"
	// ExOtherWork counts vacancies of work unrelated to every job type the
	// client named (not even the same ISCO sub-major group or a shared
	// word). A client who names no job type sees every kind of work.
	ExOtherWork = "other_work"
)
