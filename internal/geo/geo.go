// Package geo holds the point type shared by the employer and preference
// packages and the few calculations the engine needs: great-circle distance
// and geohash cells.
package geo

import (
	"fmt"
	"math"
)

// Point is a WGS84 position in decimal degrees.
type Point struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Validate reports a latitude or longitude outside its range.
func (p Point) Validate() (field string, err error) {
	if math.IsNaN(p.Lat) || p.Lat < -90 || p.Lat > 90 {
		return "lat", fmt.Errorf("latitude %v is outside -90..90", p.Lat)
	}
	if math.IsNaN(p.Lon) || p.Lon < -180 || p.Lon > 180 {
		return "lon", fmt.Errorf("longitude %v is outside -180..180", p.Lon)
	}
	return "", nil
}

const earthRadiusKm = 6371.0088

// Origin is a point that many distances are measured from, with its
// latitude's sine and cosine worked out once.
type Origin struct {
	lat, lon, cosLat, sinLat float64 // lat in radians
}

// NewOrigin returns p as an Origin.
func NewOrigin(p Point) Origin {
	la := p.Lat * math.Pi / 180
	return Origin{la, p.Lon, math.Cos(la), math.Sin(la)}
}

// ChordKm is at most the straight line through the earth from o to b,
// so never more than DistanceKm (the great circle), and short of it by
// about a 24th of the angle squared (a 300,000th at 50 km). A search
// bounds the commute of every candidate it reads from the hot fields,
// where a distance no farther than the true one is what the bound
// needs. It takes no sine or cosine of b: each is replaced by the
// Taylor bound on its side (sin x >= x - x^3/6; the cosine of b's
// latitude from o's sine and cosine), so its error is of the third order
// in the angle. With the sines worked out, it was a tenth of the time of
// the widest searches at 1M (issue 9).
func (o Origin) ChordKm(b Point) float64 {
	dla := b.Lat*math.Pi/180 - o.lat
	dlo := math.Mod(b.Lon-o.lon, 360)
	if dlo > 180 {
		dlo -= 360
	} else if dlo < -180 {
		dlo += 360
	}
	dlo *= math.Pi / 180
	// A lower bound on the cosine of b's latitude, cos(lat+dla).
	ad := math.Abs(dla)
	cosB := o.cosLat * (1 - dla*dla/2)
	if o.sinLat*dla >= 0 {
		cosB -= math.Abs(o.sinLat) * ad // toward the pole
	} else {
		cosB += math.Abs(o.sinLat) * max(0, ad-ad*ad*ad/6)
	}
	cosB = max(0, cosB)
	x, y := ad/2, math.Abs(dlo)/2
	sx, sy := max(0, x-x*x*x/6), max(0, y-y*y*y/6)
	h := sx*sx + max(0, o.cosLat)*cosB*sy*sy
	// The last bits of the arithmetic may round up: the margin keeps
	// the chord below the arc.
	return 2 * earthRadiusKm * math.Sqrt(math.Min(1, h)) * (1 - 1e-12)
}

// DistanceKm is the great-circle (haversine) distance between a and b.
func DistanceKm(a, b Point) float64 {
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dla := la2 - la1
	dlo := (b.Lon - a.Lon) * math.Pi / 180
	// Each sine once: a search computes this for every candidate it
	// bounds, and the compiler does not reuse the calls.
	sla, slo := math.Sin(dla/2), math.Sin(dlo/2)
	h := sla*sla + math.Cos(la1)*math.Cos(la2)*slo*slo
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
