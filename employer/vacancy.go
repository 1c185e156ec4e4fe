package employer

import "strings"

// Range is a minimum and maximum; zero means "not stated" for that end.
type Range struct {
	Min float64 `json:"min,omitempty"`
	Max float64 `json:"max,omitempty"`
}

// IsZero reports whether neither end is stated.
func (r Range) IsZero() bool { return r.Min == 0 && r.Max == 0 }

// Skills splits what a vacancy asks for into must-haves and nice-to-haves.
// Entries are skill labels or taxonomy skill ids.
type Skills struct {
	Essential []string `json:"essential,omitempty"`
	Optional  []string `json:"optional,omitempty"`
	// Inferred is true when the skills were not in the posting but taken
	// from the occupation's profile in the taxonomy.
	Inferred bool `json:"inferred,omitempty"`
}

// Pay is what a vacancy pays, in Currency per Unit. Unit "" means the
// posting does not state pay.
type Pay struct {
	Min      float64 `json:"min,omitempty"`
	Max      float64 `json:"max,omitempty"`
	Currency string  `json:"currency,omitempty"`
	Unit     PayUnit `json:"unit,omitempty"`
}

// Stated reports whether the posting states any pay.
func (p Pay) Stated() bool { return p.Unit != PayNotStated && (p.Min > 0 || p.Max > 0) }

// Environment describes the work setting; each level is "", low, medium or
// high, where "" means not stated.
type Environment struct {
	Social   Level `json:"social,omitempty"` // how much dealing with the public and co-workers
	Noise    Level `json:"noise,omitempty"`
	Outdoor  Level `json:"outdoor,omitempty"`  // share of the work done outdoors
	Physical Level `json:"physical,omitempty"` // lifting, standing, walking
}

// Requirements are what the employer asks of any applicant.
type Requirements struct {
	DrivingLicence bool     `json:"driving_licence,omitempty"`
	Languages      []string `json:"languages,omitempty"` // ISO 639-1 codes
}

// Application says how to apply. Walk-in and phone applications are the
// quickest, which matters for rapid job search.
type Application struct {
	Method ApplyMethod `json:"method,omitempty"`
	Detail string      `json:"detail,omitempty"` // address, e-mail, URL or person to ask for
}

// String says how to apply in words: "walk in: Bring a CV ...", the
// method or the detail alone when only one is given, "" when neither.
func (a Application) String() string {
	method := strings.ReplaceAll(string(a.Method), "_", " ")
	switch {
	case method == "" && a.Detail == "":
		return ""
	case a.Detail == "":
		return method
	case method == "":
		return a.Detail
	}
	return method + ": " + a.Detail
}

// Vacancy is a job opening. EmployerID may be empty for postings taken from
// public job boards whose employer is not (yet) known to the team.
type Vacancy struct {
	ID          string     `json:"id"`
	EmployerID  string     `json:"employer_id,omitempty"`
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	Language    string     `json:"language,omitempty"` // ISO 639-1 of title and description; "en" when empty
	Occupation  Occupation `json:"occupation,omitzero"`
	Skills      Skills     `json:"skills,omitzero"`
	// Hours is hours per week.
	Hours          Range          `json:"hours,omitzero"`
	EmploymentType EmploymentType `json:"employment_type,omitempty"`
	Shifts         []Shift        `json:"shifts,omitempty"`
	// EarliestStart is the earliest time a shift starts, "HH:MM".
	EarliestStart string       `json:"earliest_start,omitempty"`
	Pay           Pay          `json:"pay,omitzero"`
	Address       string       `json:"address,omitempty"`
	Location      *Point       `json:"location,omitempty"`
	Remote        Remote       `json:"remote,omitempty"`
	Environment   Environment  `json:"environment,omitzero"`
	Requirements  Requirements `json:"requirements,omitzero"`
	Posted        Date         `json:"posted,omitzero"`
	ValidThrough  Date         `json:"valid_through,omitzero"`
	StartDate     Date         `json:"start_date,omitzero"`
	Application   Application  `json:"application,omitzero"`
	// Channel says whether anyone may apply (competitive) or the post is
	// reserved or otherwise not a competitive job.
	Channel Channel `json:"channel,omitempty"`

	// LocationPrecision says how closely a geocoded Location places the
	// address; "" when the coordinates were given.
	LocationPrecision Precision `json:"location_precision,omitempty"`
}

// Lang returns the vacancy's language, "en" when not given.
func (v *Vacancy) Lang() string {
	if v.Language == "" {
		return "en"
	}
	return v.Language
}

// Competitive reports whether the vacancy is a competitive job in the IPS
// sense: open to anyone, not reserved, not a traineeship or sheltered work.
func (v *Vacancy) Competitive() bool { return v.Channel == ChannelCompetitive || v.Channel == "" }

// Reserved reports whether applying requires registering a disability
// (quota lists and conventions), which a client who chose not to disclose
// must never be offered.
func (v *Vacancy) Reserved() bool { return v.Channel == ChannelQuota || v.Channel == ChannelConvention }

// Open reports whether the vacancy is still open on day today.
func (v *Vacancy) Open(today Date) bool {
	return v.ValidThrough.IsZero() || !v.ValidThrough.Before(today)
}
