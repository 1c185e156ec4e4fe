package synth

import (
	"errors"
	"fmt"
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// ErrConfig is returned, wrapped, when a Config cannot produce a town.
var ErrConfig = errors.New("synth: invalid config")

// DefaultCenter is the town centre used when Config.Center is zero.
var DefaultCenter = employer.Point{Lat: 44.4949, Lon: 11.3426}

// DefaultToday is the reference day used when Config.Today is zero.
var DefaultToday = civil.D(2026, 11, 23)

// maxRecords bounds each count so that a typo cannot exhaust memory.
const maxRecords = 10_000_000

// Config says what town to generate. The zero value is a valid, empty town;
// every zero field has a documented default.
type Config struct {
	Seed      int64
	Employers int // number of employers
	Vacancies int // number of vacancies
	Clients   int // number of client profiles
	// Center is the town centre; zero means DefaultCenter.
	Center employer.Point
	// RadiusKm is the region's radius; zero means it grows with the number
	// of vacancies: 6 km up to 1,000 vacancies, rising with the square root
	// of the count to 40 km at 100,000 and more.
	RadiusKm float64
	// Today is the reference day postings and enrolments are dated from;
	// zero means DefaultToday.
	Today employer.Date
}

// Validate reports a negative or absurd count, a centre off the globe or a
// negative radius.
func (c Config) Validate() error {
	for _, n := range []struct {
		name string
		v    int
	}{{"Employers", c.Employers}, {"Vacancies", c.Vacancies}, {"Clients", c.Clients}} {
		if n.v < 0 || n.v > maxRecords {
			return fmt.Errorf("%w: %s %d is outside 0..%d", ErrConfig, n.name, n.v, maxRecords)
		}
	}
	if f, err := c.Center.Validate(); err != nil {
		return fmt.Errorf("%w: Center.%s: %v", ErrConfig, f, err)
	}
	if math.IsNaN(c.RadiusKm) || c.RadiusKm < 0 || c.RadiusKm > 500 {
		return fmt.Errorf("%w: RadiusKm %v is outside 0..500", ErrConfig, c.RadiusKm)
	}
	return nil
}

// withDefaults fills the zero fields.
func (c Config) withDefaults() Config {
	if c.Center == (employer.Point{}) {
		c.Center = DefaultCenter
	}
	if c.RadiusKm == 0 {
		c.RadiusKm = DefaultRadiusKm(c.Vacancies)
	}
	if c.Today.IsZero() {
		c.Today = DefaultToday
	}
	return c
}

// DefaultRadiusKm is the region radius used for a town with n vacancies
// when Config.RadiusKm is zero: a town of a thousand postings fits in a
// 6 km circle, a province of a hundred thousand in 40 km.
func DefaultRadiusKm(n int) float64 {
	const lo, hi, nLo, nHi = 6.0, 40.0, 1_000.0, 100_000.0
	x := float64(n)
	switch {
	case x <= nLo:
		return lo
	case x >= nHi:
		return hi
	}
	return lo + (hi-lo)*(math.Sqrt(x)-math.Sqrt(nLo))/(math.Sqrt(nHi)-math.Sqrt(nLo))
}
