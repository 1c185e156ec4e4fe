package geo

import (
	"math"
	"sort"
	"strings"
)

const base32 = "0123456789bcdefghjkmnpqrstuvwxyz"

// Geohash encodes p as a geohash of the given precision (characters).
func Geohash(p Point, precision int) string {
	latLo, latHi := -90.0, 90.0
	lonLo, lonHi := -180.0, 180.0
	out := make([]byte, 0, precision)
	bit, ch, even := 0, 0, true
	for len(out) < precision {
		if even {
			mid := (lonLo + lonHi) / 2
			if p.Lon >= mid {
				ch |= 1 << (4 - bit)
				lonLo = mid
			} else {
				lonHi = mid
			}
		} else {
			mid := (latLo + latHi) / 2
			if p.Lat >= mid {
				ch |= 1 << (4 - bit)
				latLo = mid
			} else {
				latHi = mid
			}
		}
		even = !even
		if bit < 4 {
			bit++
		} else {
			out = append(out, base32[ch])
			bit, ch = 0, 0
		}
	}
	return string(out)
}

// cellSize returns the height and width in degrees of a geohash cell.
func cellSize(precision int) (dLat, dLon float64) {
	bits := precision * 5
	lonBits := (bits + 1) / 2
	latBits := bits / 2
	return 180 / math.Pow(2, float64(latBits)), 360 / math.Pow(2, float64(lonBits))
}

// CellsWithin returns the sorted geohash cells of the given precision that
// intersect the circle of radiusKm around p. It over-covers slightly (it
// walks the bounding box at cell steps, with one cell of margin), which is
// what a retrieval filter wants: exact distance is checked afterwards.
func CellsWithin(p Point, radiusKm float64, precision int) []string {
	dLat, dLon := cellSize(precision)
	latR := radiusKm / 111.32
	cos := math.Cos(p.Lat * math.Pi / 180)
	if cos < 0.01 {
		cos = 0.01
	}
	lonR := radiusKm / (111.32 * cos)
	seen := map[string]struct{}{}
	for lat := p.Lat - latR - dLat; lat <= p.Lat+latR+dLat; lat += dLat / 2 {
		for lon := p.Lon - lonR - dLon; lon <= p.Lon+lonR+dLon; lon += dLon / 2 {
			q := Point{Lat: math.Max(-90, math.Min(90, lat)), Lon: math.Max(-180, math.Min(180, lon))}
			// keep only cells whose nearest point to p may be within the radius
			if minDistToCellKm(p, q, dLat, dLon) > radiusKm {
				continue
			}
			seen[Geohash(q, precision)] = struct{}{}
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// minDistToCellKm is a lower bound on the distance from p to the cell that
// contains q: the distance to the nearest point of a box one cell around q.
func minDistToCellKm(p, q Point, dLat, dLon float64) float64 {
	nLat := math.Max(q.Lat-dLat, math.Min(p.Lat, q.Lat+dLat))
	nLon := math.Max(q.Lon-dLon, math.Min(p.Lon, q.Lon+dLon))
	return DistanceKm(p, Point{Lat: nLat, Lon: nLon})
}

// Bounds decodes a geohash into its cell's latitude and longitude ranges.
func Bounds(hash string) (latLo, latHi, lonLo, lonHi float64) {
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

// MinDistanceKm is the distance from p to the nearest point of the cell
// hash: a lower bound on the distance to anything inside it.
func MinDistanceKm(p Point, hash string) float64 {
	latLo, latHi, lonLo, lonHi := Bounds(hash)
	q := Point{Lat: math.Max(latLo, math.Min(p.Lat, latHi)), Lon: math.Max(lonLo, math.Min(p.Lon, lonHi))}
	return DistanceKm(p, q)
}
