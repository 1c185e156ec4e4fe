package preference

import (
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Date is a calendar day written YYYY-MM-DD.
type Date = civil.Date

// Point is a WGS84 position in decimal degrees.
type Point = geo.Point

// Strength says how a preference acts on ranking.
type Strength string

// Strengths.
const (
	// Must filters: a job that does not satisfy it is never shown.
	Must Strength = "must"
	// Prefer adds to the score of a job that satisfies it.
	Prefer Strength = "prefer"
	// Avoid subtracts from the score of a job that has it.
	Avoid Strength = "avoid"
	// Never excludes: a job that has it is never shown, and is counted by
	// the reason, as a must is. It is for job types, sectors, shifts and
	// levels of the work environment (an employer never to be shown again
	// goes in AvoidEmployers); avoid stays soft.
	Never Strength = "never"
)

// Disclosure is what the client has chosen to tell employers. Any contact
// by a specialist about a client already reveals some disability, so the
// choice governs what a specialist may do, not only what is said.
type Disclosure string

// Disclosure choices.
const (
	// DiscloseNone: no employer contact on the client's behalf; the client
	// applies on their own, helped behind the scenes.
	DiscloseNone Disclosure = "none"
	// DiscloseProgramOnly: the specialist may introduce the client as coming
	// from an employment programme, with no clinical detail.
	DiscloseProgramOnly Disclosure = "program_only"
	// DiscloseFull: the specialist may advocate and ask for accommodations.
	DiscloseFull Disclosure = "full"
)

// Mode is a way of getting to work.
type Mode string

// Commute modes.
const (
	Walk    Mode = "walk"
	Bike    Mode = "bike"
	Transit Mode = "transit"
	Car     Mode = "car"
)

// Commute limits travel to work by time (minutes by Mode) and/or distance.
type Commute struct {
	Mode       Mode     `json:"mode,omitempty"`
	MaxMinutes int      `json:"max_minutes,omitempty"`
	MaxKm      float64  `json:"max_km,omitempty"`
	Strength   Strength `json:"strength,omitempty"`
}

// JobType is a kind of work the client wants (or wants to avoid), in the
// client's own words and/or as a taxonomy occupation code.
type JobType struct {
	Text       string   `json:"text,omitempty"`
	Occupation string   `json:"occupation,omitempty"`
	Strength   Strength `json:"strength"`
}

// SectorPref is a sector (by code, as employers carry it) wanted or avoided.
type SectorPref struct {
	Code     string   `json:"code"`
	Strength Strength `json:"strength"`
}

// Hours is a wanted range of hours per week.
type Hours struct {
	Min      float64  `json:"min,omitempty"`
	Max      float64  `json:"max,omitempty"`
	Strength Strength `json:"strength,omitempty"`
}

// BenefitsCap is the limit above which the client's disability benefits
// would stop or shrink, agreed in benefits counselling. A job whose
// stated minimum hours or minimum yearly pay is over the limit is left out
// (counted as over_benefits_cap); a job that only may breach it (its
// highest hours or pay are over the limit) is kept, scored lower and
// flagged, and a job that states no pay is flagged for a client with an
// earnings limit: within the limit, it is the client's decision.
type BenefitsCap struct {
	MaxHoursPerWeek float64 `json:"max_hours_per_week,omitempty"`
	MaxEarnings     float64 `json:"max_earnings,omitempty"`
	Currency        string  `json:"currency,omitempty"`
	Period          Period  `json:"period,omitempty"` // of MaxEarnings
}

// Period is a span that earnings are counted over.
type Period string

// Earnings periods.
const (
	PerMonth Period = "month"
	PerYear  Period = "year"
)

// ShiftPref is a shift pattern the client accepts (must: only accepted
// shifts; prefer: a bonus) or avoids.
type ShiftPref struct {
	Shift    string   `json:"shift"`
	Strength Strength `json:"strength"`
}

// StartTime is the earliest time of day the client can start work.
type StartTime struct {
	Time     string   `json:"time"` // HH:MM
	Strength Strength `json:"strength,omitempty"`
}

// Pay is the client's pay floor, in Currency per Unit.
type Pay struct {
	Min      float64 `json:"min"`
	Currency string  `json:"currency,omitempty"`
	Unit     string  `json:"unit"` // hour, day, week, month or year
	// RequireStated excludes vacancies that do not state pay. Otherwise an
	// unstated pay is neither rewarded nor excluded.
	RequireStated bool     `json:"require_stated,omitempty"`
	Strength      Strength `json:"strength,omitempty"`
}

// EnvPref is a wanted (or, with Avoid, unwanted) level of one aspect of the
// work environment: low, medium or high.
type EnvPref struct {
	Level    string   `json:"level"`
	Strength Strength `json:"strength"`
}

// Environment holds the client's work-environment preferences; nil means no
// preference.
type Environment struct {
	Social   *EnvPref `json:"social,omitempty"`
	Noise    *EnvPref `json:"noise,omitempty"`
	Outdoor  *EnvPref `json:"outdoor,omitempty"`
	Physical *EnvPref `json:"physical,omitempty"`
}

// Profile is one client's job search: stated preferences, skills, home
// location, benefits cap and disclosure choice. ID is a pseudonym; the
// profile is never written to the index.
type Profile struct {
	ID         string `json:"id"`
	Specialist string `json:"specialist,omitempty"`
	Enrolled   Date   `json:"enrolled"`
	Home       *Point `json:"home,omitempty"`
	// Commute is how far the client will travel.
	Commute        *Commute     `json:"commute,omitempty"`
	JobTypes       []JobType    `json:"job_types,omitempty"`
	Sectors        []SectorPref `json:"sectors,omitempty"`
	AvoidEmployers []string     `json:"avoid_employers,omitempty"` // employer ids never shown
	Skills         []string     `json:"skills,omitempty"`
	Hours          *Hours       `json:"hours,omitempty"`
	BenefitsCap    *BenefitsCap `json:"benefits_cap,omitempty"`
	Shifts         []ShiftPref  `json:"shifts,omitempty"`
	EarliestStart  *StartTime   `json:"earliest_start,omitempty"`
	Pay            *Pay         `json:"pay,omitempty"`
	Environment    Environment  `json:"environment,omitzero"`
	Languages      []string     `json:"languages,omitempty"` // ISO 639-1, the first is the client's own
	DrivingLicence bool         `json:"driving_licence,omitempty"`
	Disclosure     Disclosure   `json:"disclosure"`

	// HomeAddress is the client's home as an address, a postcode or a
	// town, for when Home is not given: the engine locates it with its
	// geocoder and sets Home and HomePrecision. It is never shown in
	// results or errors.
	HomeAddress string `json:"home_address,omitempty"`
	// HomePrecision is how closely Home places the client's home when it
	// was looked up from HomeAddress; "" when Home was given.
	HomePrecision geo.Precision `json:"home_precision,omitempty"`
}
