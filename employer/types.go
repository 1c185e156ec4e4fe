package employer

import (
	"time"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Date is a calendar day written YYYY-MM-DD; the zero Date means not given.
type Date = civil.Date

// Point is a WGS84 position in decimal degrees.
type Point = geo.Point

// Precision is how closely a looked-up Location places the address:
// "address", "street", "postcode" or "town"; "" means the coordinates
// were given and are trusted as exact.
type Precision = geo.Precision

// Sector is an economic sector: a short code (NACE Rev. 2 division, for
// example "I56" for food and beverage service) and a label.
type Sector struct {
	Code  string `json:"code"`
	Label string `json:"label,omitempty"`
}

// Occupation names a kind of work. Code is a taxonomy id (a built-in id such
// as "kitchen-porter" or an ESCO code such as "9412.1"); ISCO is the ISCO-08
// unit group (four digits) used to judge how close two occupations are.
type Occupation struct {
	Code  string `json:"code,omitempty"`
	ISCO  string `json:"isco,omitempty"`
	Label string `json:"label,omitempty"`
	// Inferred is true when the index read the occupation from the title
	// because the record gave none.
	Inferred bool `json:"inferred,omitempty"`
}

// IsZero reports whether no occupation is given.
func (o Occupation) IsZero() bool { return o.Code == "" && o.ISCO == "" && o.Label == "" }

// Person is someone at an employer whom specialists deal with.
type Person struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
}

// Size is an employer's headcount band (EU definitions).
type Size string

// Headcount bands.
const (
	SizeUnknown Size = ""
	SizeMicro   Size = "micro"  // fewer than 10 people
	SizeSmall   Size = "small"  // 10 to 49
	SizeMedium  Size = "medium" // 50 to 249
	SizeLarge   Size = "large"  // 250 or more
)

// Employer is a business or organisation that hires, or might hire, clients.
type Employer struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Sector   Sector   `json:"sector"`
	Address  string   `json:"address,omitempty"`
	Location *Point   `json:"location,omitempty"`
	Size     Size     `json:"size,omitempty"`
	Website  string   `json:"website,omitempty"`
	People   []Person `json:"contact_people,omitempty"`
	// TypicalOccupations are the kinds of work the employer usually hires
	// for, posted or not: what job development learns.
	TypicalOccupations []Occupation `json:"typical_occupations,omitempty"`
	// InclusionPolicy is true when the employer has a stated diversity or
	// inclusion policy.
	InclusionPolicy bool `json:"inclusion_policy,omitempty"`
	// KnowsProgramme is true when the employer already knows the IPS
	// programme (from earlier contacts or placements).
	KnowsProgramme bool   `json:"knows_programme,omitempty"`
	Notes          string `json:"notes,omitempty"`

	// LocationPrecision says how closely a geocoded Location places the
	// address; "" when the coordinates were given.
	LocationPrecision Precision `json:"location_precision,omitempty"`
}

func civilOf(t time.Time) Date { return civil.Of(t) }

// ParseDate reads a YYYY-MM-DD date; the empty string gives the zero Date.
func ParseDate(s string) (Date, error) { return civil.Parse(s) }
