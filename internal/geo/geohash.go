package geo

import "math"

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

// Cell is a geohash cell and the distance from a point to the cell's
// nearest corner or edge point, by latitude and longitude (0 when the
// point is inside).
type Cell struct {
	Hash  string
	MinKm float64
}

// CellsNear returns the geohash cells of the given precision that may
// intersect the circle of radiusKm around p, each with its distance from
// p. It walks the cells of the circle's bounding box, with a cell of
// margin, and keeps those whose nearest point is within the radius. The
// nearest point is taken by clamping latitude and longitude, which on the
// sphere can overstate the distance by a little, so a cell is kept while
// LowerKm of its distance is within the radius: a retrieval filter must
// never lose a place in reach, and exact distance is checked afterwards.
func CellsNear(p Point, radiusKm float64, precision int) []Cell {
	dLat, dLon := cellSize(precision)
	latR := radiusKm / 110.5
	cos := math.Cos((math.Abs(p.Lat) + latR) * math.Pi / 180)
	if cos < 0.01 {
		cos = 0.01
	}
	lonR := radiusKm / (111.2 * cos)
	i0, i1 := math.Floor((p.Lat-latR+90)/dLat)-1, math.Floor((p.Lat+latR+90)/dLat)+1
	j0, j1 := math.Floor((p.Lon-lonR+180)/dLon)-1, math.Floor((p.Lon+lonR+180)/dLon)+1
	i0, i1 = max(i0, 0), min(i1, 180/dLat-1)
	j0, j1 = max(j0, 0), min(j1, 360/dLon-1)
	var out []Cell
	for i := i0; i <= i1; i++ {
		latLo := -90 + i*dLat
		nLat := math.Max(latLo, math.Min(p.Lat, latLo+dLat))
		for j := j0; j <= j1; j++ {
			lonLo := -180 + j*dLon
			km := DistanceKm(p, Point{Lat: nLat, Lon: math.Max(lonLo, math.Min(p.Lon, lonLo+dLon))})
			if LowerKm(km) > radiusKm {
				continue
			}
			out = append(out, Cell{Hash: Geohash(Point{Lat: latLo + dLat/2, Lon: lonLo + dLon/2}, precision), MinKm: km})
		}
	}
	return out
}

// LowerKm is a little under km, the distance to a cell's nearest point by
// latitude and longitude, so that it bounds the distance to every point
// of the cell.
func LowerKm(km float64) float64 { return max(0, km*0.98-0.05) }
