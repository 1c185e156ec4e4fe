package geo

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
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
func TestCellsNearCoverTheCircle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		c := Point{Lat: 35 + rng.Float64()*25, Lon: -10 + rng.Float64()*40}
		r := 0.3 + rng.Float64()*30
		for _, prec := range []int{5, 6} {
			if prec == 6 && r > 5 {
				continue
			}
			var cells []string
			for _, cell := range CellsNear(c, r, prec) {
				cells = append(cells, cell.Hash)
			}
			slices.Sort(cells)
			for range 50 {
				// Half the points near the edge, where a cell is easiest to lose.
				d, a := r*math.Sqrt(rng.Float64()), rng.Float64()*2*math.Pi
				if rng.IntN(2) == 0 {
					d = r * (0.97 + 0.03*rng.Float64())
				}
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

// The cells near a point are those whose nearest point is within the
// radius, each once, with that distance: no cell wholly out of reach is
// read.
func TestCellsNearAreTheCellsInReach(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		c := Point{Lat: -60 + rng.Float64()*120, Lon: -170 + rng.Float64()*340}
		r := 0.3 + rng.Float64()*40
		cells := CellsNear(c, r, 5)
		seen := map[string]bool{}
		for _, cell := range cells {
			assert.False(t, seen[cell.Hash], "cell %s twice", cell.Hash)
			seen[cell.Hash] = true
			assert.InDelta(t, minDistanceKm(c, cell.Hash), cell.MinKm, 1e-9)
			assert.LessOrEqual(t, LowerKm(cell.MinKm), r)
		}
		// Every neighbour of a kept cell that is left out is out of reach.
		dLat, dLon := cellSize(5)
		for _, cell := range cells {
			latLo, latHi, lonLo, lonHi := bounds(cell.Hash)
			for _, q := range []Point{{Lat: latHi + dLat/2, Lon: (lonLo + lonHi) / 2}, {Lat: latLo - dLat/2, Lon: (lonLo + lonHi) / 2},
				{Lat: (latLo + latHi) / 2, Lon: lonHi + dLon/2}, {Lat: (latLo + latHi) / 2, Lon: lonLo - dLon/2}} {
				if h := Geohash(q, 5); !seen[h] {
					assert.Greater(t, LowerKm(minDistanceKm(c, h)), r, "cell %s in reach left out", h)
				}
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
			latLo, latHi, lonLo, lonHi := bounds(Geohash(p, prec))
			assert.True(t, latLo <= p.Lat && p.Lat <= latHi && lonLo <= p.Lon && p.Lon <= lonHi, "%v in %s", p, Geohash(p, prec))
			assert.Zero(t, minDistanceKm(p, Geohash(p, prec)))
		}
	}
	far := Point{Lat: 44.4949, Lon: 11.3426}
	assert.InDelta(t, DistanceKm(far, Point{Lat: 45.4642, Lon: 9.19}), minDistanceKm(far, Geohash(Point{Lat: 45.4642, Lon: 9.19}, 6)), 2)
}

// The helpers below decode a cell, as an oracle for CellsNear.

// bounds decodes a geohash into its cell's latitude and longitude ranges.
func bounds(hash string) (latLo, latHi, lonLo, lonHi float64) {
	latLo, latHi, lonLo, lonHi = -90, 90, -180, 180
	even := true
	for i := 0; i < len(hash); i++ {
		v := strings.IndexByte(base32, hash[i])
		for bit := 4; bit >= 0; bit-- {
			on := v>>bit&1 == 1
			if even {
				mid := (lonLo + lonHi) / 2
				if on {
					lonLo = mid
				} else {
					lonHi = mid
				}
			} else {
				mid := (latLo + latHi) / 2
				if on {
					latLo = mid
				} else {
					latHi = mid
				}
			}
			even = !even
		}
	}
	return latLo, latHi, lonLo, lonHi
}

// minDistanceKm is the distance from p to the nearest point of the cell
// hash: a lower bound on the distance to anything inside it.
func minDistanceKm(p Point, hash string) float64 {
	latLo, latHi, lonLo, lonHi := bounds(hash)
	q := Point{Lat: math.Max(latLo, math.Min(p.Lat, latHi)), Lon: math.Max(lonLo, math.Min(p.Lon, lonHi))}
	return DistanceKm(p, q)
}

// TestChordIsNeverFartherThanTheGreatCircle: the distance the hot bound
// uses is at most the one scoring uses, and all but equal to it, from
// the same place to places up to 300 km away, at any latitude.
func TestChordIsNeverFartherThanTheGreatCircle(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for range 200 {
		home := Point{Lat: r.Float64()*170 - 85, Lon: r.Float64()*360 - 180}
		o := NewOrigin(home)
		for range 500 {
			at := Point{Lat: home.Lat + (r.Float64()*2-1)*r.Float64()*3, Lon: home.Lon + (r.Float64()*2-1)*r.Float64()*3}
			at.Lat = max(-90, min(90, at.Lat))
			arc, chord := DistanceKm(home, at), o.ChordKm(at)
			// The chord is shorter by about a 24th of the angle squared.
			if chord > arc || chord < arc*(1-(arc/earthRadiusKm)*(arc/earthRadiusKm)/20)-1e-9 {
				t.Fatalf("from %v to %v: chord %v km, great circle %v km", home, at, chord, arc)
			}
		}
		if o.ChordKm(home) != 0 {
			t.Fatalf("from %v to itself: %v km", home, o.ChordKm(home))
		}
		// Far away too, across the date line and the poles' side: never
		// farther, though less close to it.
		for range 200 {
			at := Point{Lat: r.Float64()*180 - 90, Lon: r.Float64()*360 - 180}
			if arc, chord := DistanceKm(home, at), o.ChordKm(at); chord > arc || chord < 0 {
				t.Fatalf("from %v to %v: chord %v km, great circle %v km", home, at, chord, arc)
			}
		}
	}
}
