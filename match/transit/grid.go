package transit

import (
	"math"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// gridCellKm is the side of a grid cell: about the walk to a stop, so
// that finding the stops near a place reads a handful of cells.
const gridCellKm = 0.5

// grid files stops by square cells over the feed's bounding box, in one
// flat array (cell starts, then stop numbers), for finding the stops
// within walking distance of a place without a map look-up or an
// allocation. Distances within a walk use the flat-earth approximation,
// which within a few km is off by far less than a metre.
type grid struct {
	lat0, lon0 float64 // south-west corner
	dLat, dLon float64 // cell side in degrees
	kmLon      float64 // km per degree of longitude at the feed's latitude
	nx, ny     int
	start      []int32 // cell c holds stops[ids[start[c]:start[c+1]]]
	ids        []int32
	lat, lon   []float64 // stop positions, by stop number
}

const kmLat = 111.2

func newGrid(stops []stop, cellKm float64) grid {
	g := grid{lat0: math.Inf(1), lon0: math.Inf(1)}
	latMax, lonMax, mid := math.Inf(-1), math.Inf(-1), 0.0
	for _, s := range stops {
		g.lat0, g.lon0 = math.Min(g.lat0, s.at.Lat), math.Min(g.lon0, s.at.Lon)
		latMax, lonMax = math.Max(latMax, s.at.Lat), math.Max(lonMax, s.at.Lon)
		mid += s.at.Lat
	}
	if len(stops) == 0 {
		return g
	}
	mid /= float64(len(stops))
	g.kmLon = kmLat * math.Max(0.05, math.Cos(mid*math.Pi/180))
	g.dLat, g.dLon = cellKm/kmLat, cellKm/g.kmLon
	g.ny = int((latMax-g.lat0)/g.dLat) + 1
	g.nx = int((lonMax-g.lon0)/g.dLon) + 1
	cellOf := make([]int32, len(stops))
	g.start = make([]int32, g.nx*g.ny+1)
	g.lat, g.lon = make([]float64, len(stops)), make([]float64, len(stops))
	for i, s := range stops {
		y, x := g.cellXY(s.at)
		cellOf[i] = int32(y*g.nx + x)
		g.start[cellOf[i]+1]++
		g.lat[i], g.lon[i] = s.at.Lat, s.at.Lon
	}
	for c := 1; c < len(g.start); c++ {
		g.start[c] += g.start[c-1]
	}
	g.ids = make([]int32, len(stops))
	fill := append([]int32(nil), g.start[:len(g.start)-1]...)
	for i, c := range cellOf {
		g.ids[fill[c]] = int32(i)
		fill[c]++
	}
	return g
}

func (g *grid) cellXY(p geo.Point) (int, int) {
	return int(math.Floor((p.Lat - g.lat0) / g.dLat)), int(math.Floor((p.Lon - g.lon0) / g.dLon))
}

// near calls fn for every stop within km of p, with its distance.
func (g *grid) near(p geo.Point, km float64, fn func(s int32, distKm float64)) {
	if g.nx == 0 {
		return
	}
	y, x := g.cellXY(p)
	r := int(math.Ceil(km / gridCellKm))
	y0, y1 := max(0, y-r), min(g.ny-1, y+r)
	x0, x1 := max(0, x-r), min(g.nx-1, x+r)
	if x0 > x1 || y0 > y1 {
		return // far outside the feed
	}
	km2 := km * km
	for cy := y0; cy <= y1; cy++ {
		row := cy * g.nx
		for _, s := range g.ids[g.start[row+x0]:g.start[row+x1+1]] {
			dy := (g.lat[s] - p.Lat) * kmLat
			dx := (g.lon[s] - p.Lon) * g.kmLon
			if d2 := dx*dx + dy*dy; d2 <= km2 {
				fn(s, math.Sqrt(d2))
			}
		}
	}
}

// walkSeconds is the time to walk a straight-line distance: 4.8 km/h on
// a route a quarter longer than the straight line, as the engine's walk
// mode assumes.
func walkSeconds(meters float64) int32 {
	return int32(math.Ceil(meters * 1.25 / (4.8 / 3.6)))
}

// defaultTransferWalkM is how far apart two stops may be for a change on
// foot between them when transfers.txt does not say.
const defaultTransferWalkM = 300

// addWalkingTransfers lets a rider change between stops within m metres
// of each other, unless transfers.txt already links them.
func (f *Feed) addWalkingTransfers(m float64) {
	for i := range f.stops {
		from := int32(i)
		f.grid.near(f.stops[i].at, m/1000, func(s int32, d float64) {
			if s == from {
				return
			}
			for _, t := range f.transfers[from] {
				if t.to == s {
					return
				}
			}
			f.transfers[from] = append(f.transfers[from], transfer{to: s, sec: walkSeconds(d * 1000)})
		})
	}
}
