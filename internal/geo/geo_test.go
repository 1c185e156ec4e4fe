package geo

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDistanceKm(t *testing.T) {
	bologna := Point{Lat: 44.4949, Lon: 11.3426}
	milano := Point{Lat: 45.4642, Lon: 9.19}
	assert.InDelta(t, 201, DistanceKm(bologna, milano), 2)
	assert.Zero(t, DistanceKm(bologna, bologna))
}

func TestGeohashKnownValue(t *testing.T) {
	// The classic example from the geohash description.
	assert.Equal(t, "ezs42", Geohash(Point{Lat: 42.6, Lon: -5.6}, 5))
}

// Every point within the radius lies in one of the cells returned: the
// retrieval filter must never lose a vacancy that is in reach.
func TestCellsWithinCoverTheCircle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		c := Point{Lat: 35 + rng.Float64()*25, Lon: -10 + rng.Float64()*40}
		r := 0.3 + rng.Float64()*30
		for _, prec := range []int{5, 6} {
			if prec == 6 && r > 5 {
				continue
			}
			cells := CellsWithin(c, r, prec)
			for range 50 {
				d, a := r*math.Sqrt(rng.Float64()), rng.Float64()*2*math.Pi
				p := Point{Lat: c.Lat + d*math.Cos(a)/111.32, Lon: c.Lon + d*math.Sin(a)/(111.32*math.Cos(c.Lat*math.Pi/180))}
				if DistanceKm(c, p) > r {
					continue
				}
				_, found := slices.BinarySearch(cells, Geohash(p, prec))
				assert.True(t, found, "point %v at %.2f km of %v missing (r=%.2f, precision %d)", p, DistanceKm(c, p), c, r, prec)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	f, err := Point{Lat: 91}.Validate()
	assert.Error(t, err)
	assert.Equal(t, "lat", f)
	f, err = Point{Lon: -181}.Validate()
	assert.Error(t, err)
	assert.Equal(t, "lon", f)
}

func TestBoundsContainThePoint(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		p := Point{Lat: -80 + rng.Float64()*160, Lon: -170 + rng.Float64()*340}
		for _, prec := range []int{4, 5, 6} {
			latLo, latHi, lonLo, lonHi := Bounds(Geohash(p, prec))
			assert.True(t, latLo <= p.Lat && p.Lat <= latHi && lonLo <= p.Lon && p.Lon <= lonHi, "%v in %s", p, Geohash(p, prec))
			assert.Zero(t, MinDistanceKm(p, Geohash(p, prec)))
		}
	}
	far := Point{Lat: 44.4949, Lon: 11.3426}
	assert.InDelta(t, DistanceKm(far, Point{Lat: 45.4642, Lon: 9.19}), MinDistanceKm(far, Geohash(Point{Lat: 45.4642, Lon: 9.19}, 6)), 2)
}
