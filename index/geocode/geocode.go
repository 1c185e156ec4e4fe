package geocode

import (
	"context"
	"errors"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Point is a WGS84 position in decimal degrees.
type Point = geo.Point

// Precision is how closely a result locates the place asked for.
type Precision = geo.Precision

// Precisions, finest first.
const (
	Address  = geo.PrecisionAddress
	Street   = geo.PrecisionStreet
	Postcode = geo.PrecisionPostcode
	Town     = geo.PrecisionTown
)

// Result is one place a query may mean.
type Result struct {
	Location  Point     `json:"location"`
	Precision Precision `json:"precision"`
	// Label names what was found, for example "40026 Imola (BO)".
	Label string `json:"label"`
	// Note says what was asked for and not matched, for example a street
	// the offline gazetteer cannot place.
	Note string `json:"note,omitempty"`
	// Source is where the result came from: geonames-postal,
	// geonames-places, nominatim or photon.
	Source string `json:"source"`
}

// Geocoder finds the places a free-text query may mean, best first. It
// returns an error wrapping ErrNotFound when there is none.
type Geocoder interface {
	Geocode(ctx context.Context, query string) ([]Result, error)
}

var (
	// ErrNotFound is returned when a query matches no place.
	ErrNotFound = errors.New("ipsmatch geocode: place not found")
	// ErrRateLimited is returned when a server keeps answering HTTP 429
	// after the retries allowed.
	ErrRateLimited = errors.New("ipsmatch geocode: server rate limit")
	// ErrServer is returned when a server answers with an error status or
	// a body that is not the documented JSON.
	ErrServer = errors.New("ipsmatch geocode: server error")
	// ErrGazetteer is returned when a GeoNames file cannot be read: the
	// message names the file, line and field.
	ErrGazetteer = errors.New("ipsmatch geocode: gazetteer file")
	// ErrSpec is returned by Open for a geocoder spec it does not know.
	ErrSpec = errors.New("ipsmatch geocode: unknown geocoder")
)
