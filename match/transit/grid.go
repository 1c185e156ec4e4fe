package transit

import (
	"math"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// gridCellKm is the side of a grid cell: about the walk to a stop, so
// that finding the stops near a place reads a handful of cells.
const gridCellKm = 0.5

// grid files stops by square cells of latitude and longitude, for
// finding the stops within walking distance of a place.
type grid struct {
	dLat, dLon float64
	cells      map[[2]int32][]int32
}

func newGrid(stops []stop, cellKm float64) grid {
	lat0 := 0.0
	for _, s := range stops {
		lat0 += s.at.Lat
	}
	if len(stops) > 0 {
		lat0 /= float64(len(stops))
	}
	g := grid{dLat: cellKm / 111.2, cells: map[[2]int32][]int32{}}
	g.dLon = cellKm / (111.2 * math.Max(0.1, math.Cos(lat0*math.Pi/180)))
	for i, s := range stops {
		c := g.cell(s.at)
		g.cells[c] = append(g.cells[c], int32(i))
	}
	return g
}

func (g grid) cell(p geo.Point) [2]int32 {
	return [2]int32{int32(math.Floor(p.Lat / g.dLat)), int32(math.Floor(p.Lon / g.dLon))}
}

// near calls fn for every stop within km of p, with its distance.
func (g grid) near(stops []stop, p geo.Point, km float64, fn func(s int32, distKm float64)) {
	c := g.cell(p)
	ry := max(1, int32(math.Ceil(km/111.2/g.dLat)))
	rx := max(1, int32(math.Ceil(km/(111.2*math.Max(0.1, math.Cos(p.Lat*math.Pi/180)))/g.dLon)))
	for y := c[0] - ry; y <= c[0]+ry; y++ {
		for x := c[1] - rx; x <= c[1]+rx; x++ {
			for _, s := range g.cells[[2]int32{y, x}] {
				if d := geo.DistanceKm(p, stops[s].at); d <= km {
					fn(s, d)
				}
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
		f.grid.near(f.stops, f.stops[i].at, m/1000, func(s int32, d float64) {
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
