package synth

import (
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
)

// region places things on the map: a dense centre, a few satellite
// villages and a thin spread over the whole disc, as in a real town.
type region struct {
	center employer.Point
	radius float64 // km
	hubs   []hub
}

type hub struct {
	at     employer.Point
	radius float64 // km
}

func newRegion(cfg Config) region {
	r := newRNG(cfg.Seed, kindPlaces, 0)
	g := region{center: cfg.Center, radius: cfg.RadiusKm}
	n := min(3+int(cfg.RadiusKm/8), 10)
	for range n {
		d := cfg.RadiusKm * r.uniform(0.35, 0.85)
		g.hubs = append(g.hubs, hub{at: offset(cfg.Center, d, r.uniform(0, 2*math.Pi)),
			radius: cfg.RadiusKm * r.uniform(0.06, 0.14)})
	}
	return g
}

// point draws a location; edge (0..1) is how strongly the kind of place
// leans away from the centre: cafés sit in the centre, farms far out.
func (g region) point(r rng, edge float64) employer.Point {
	pCentre := 0.15 + 0.55*(1-edge)
	pHub := 0.3
	x := r.Float64()
	var p employer.Point
	switch {
	case x < pCentre:
		p = offset(g.center, 0.3*g.radius*math.Sqrt(r.Float64()), r.uniform(0, 2*math.Pi))
	case x < pCentre+pHub && len(g.hubs) > 0:
		h := pick(r, g.hubs)
		p = offset(h.at, h.radius*math.Sqrt(r.Float64()), r.uniform(0, 2*math.Pi))
	default:
		// Uniform over the disc, nudged outwards when edge is high.
		u := math.Pow(r.Float64(), 1-0.6*edge)
		p = offset(g.center, g.radius*math.Sqrt(u), r.uniform(0, 2*math.Pi))
	}
	return round6(p)
}

const kmPerDegree = 111.32

// offset moves p by d km in direction angle (radians from north).
func offset(p employer.Point, d, angle float64) employer.Point {
	lat := p.Lat + d*math.Cos(angle)/kmPerDegree
	lon := p.Lon + d*math.Sin(angle)/(kmPerDegree*math.Cos(p.Lat*math.Pi/180))
	return employer.Point{Lat: lat, Lon: lon}
}

// Offset returns the point d km from p in direction angle (radians
// clockwise from north), rounded to six decimals (about 10 cm).
func Offset(p employer.Point, d, angle float64) employer.Point { return round6(offset(p, d, angle)) }

func round6(p employer.Point) employer.Point {
	return employer.Point{Lat: math.Round(p.Lat*1e6) / 1e6, Lon: math.Round(p.Lon*1e6) / 1e6}
}
