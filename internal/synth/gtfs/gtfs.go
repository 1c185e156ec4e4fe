// Package gtfs writes synthetic GTFS feeds of a realistic city's size for
// benchmarks: stops on a jittered grid over a disc, routes crossing the
// city in both directions, trips all day on working days, Saturdays and
// Sundays. Nothing is committed; benchmarks write a feed to a temporary
// folder.
package gtfs

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Config sizes a feed. The zero value is a city of 5,000 stops, 500
// patterns (250 routes, both ways) of 25 stops, 40,000 trips and so
// 1,000,000 stop_times, 15 km in radius around Bologna.
type Config struct {
	Seed          uint64
	Center        geo.Point
	RadiusKm      float64
	Stops         int
	Routes        int // each runs both ways
	StopsPerRoute int
	Trips         int
}

func (c Config) withDefaults() Config {
	if c.Center == (geo.Point{}) {
		c.Center = geo.Point{Lat: 44.4949, Lon: 11.3426}
	}
	if c.RadiusKm == 0 {
		c.RadiusKm = 15
	}
	if c.Stops == 0 {
		c.Stops = 5000
	}
	if c.Routes == 0 {
		c.Routes = 250
	}
	if c.StopsPerRoute == 0 {
		c.StopsPerRoute = 25
	}
	if c.Trips == 0 {
		c.Trips = 40000
	}
	return c
}

// Write writes the feed's files into dir and returns the stops' places.
func Write(dir string, cfg Config) ([]geo.Point, error) {
	cfg = cfg.withDefaults()
	rng := rand.New(rand.NewPCG(cfg.Seed, 2012))
	kmLat := 111.32
	kmLon := kmLat * math.Cos(cfg.Center.Lat*math.Pi/180)
	spacing := math.Sqrt(math.Pi * cfg.RadiusKm * cfg.RadiusKm / float64(cfg.Stops))
	type cell [2]int
	index := map[cell]int{}
	var stops []geo.Point
	n := int(cfg.RadiusKm/spacing) + 1
	for i := -n; i <= n && len(stops) < cfg.Stops; i++ {
		for j := -n; j <= n && len(stops) < cfg.Stops; j++ {
			x, y := float64(j)*spacing, float64(i)*spacing
			if math.Hypot(x, y) > cfg.RadiusKm {
				continue
			}
			x += (rng.Float64() - 0.5) * spacing * 0.4
			y += (rng.Float64() - 0.5) * spacing * 0.4
			index[cell{i, j}] = len(stops)
			stops = append(stops, geo.Point{Lat: cfg.Center.Lat + y/kmLat, Lon: cfg.Center.Lon + x/kmLon})
		}
	}
	// Each route crosses the city: from 0.7 R out, towards the centre,
	// snapping to the nearest stop every 0.6 km.
	routes := make([][]int, cfg.Routes)
	for r := range routes {
		a := rng.Float64() * 2 * math.Pi
		x, y := 0.7*cfg.RadiusKm*math.Cos(a), 0.7*cfg.RadiusKm*math.Sin(a)
		dir := a + math.Pi + (rng.Float64()-0.5)*math.Pi/3
		seen := map[int]bool{}
		for len(routes[r]) < cfg.StopsPerRoute {
			s, ok := index[cell{int(math.Round(y / spacing)), int(math.Round(x / spacing))}]
			if ok && !seen[s] {
				seen[s] = true
				routes[r] = append(routes[r], s)
			}
			if !ok && len(routes[r]) > 0 {
				dir += math.Pi / 2 // turn back into the city at its edge
			}
			x += 0.6 * math.Cos(dir)
			y += 0.6 * math.Sin(dir)
		}
	}
	files := map[string]func(w *bufio.Writer){
		"stops.txt": func(w *bufio.Writer) {
			w.WriteString("stop_id,stop_name,stop_lat,stop_lon\n")
			for i, p := range stops {
				fmt.Fprintf(w, "s%d,Stop %d,%.6f,%.6f\n", i, i, p.Lat, p.Lon)
			}
		},
		"routes.txt": func(w *bufio.Writer) {
			w.WriteString("route_id,route_short_name,route_type\n")
			for r := range routes {
				fmt.Fprintf(w, "r%d,%d,3\n", r, r+1)
			}
		},
		"calendar.txt": func(w *bufio.Writer) {
			w.WriteString("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n")
			w.WriteString("wk,1,1,1,1,1,0,0,20260101,20271231\nsa,0,0,0,0,0,1,0,20260101,20271231\nsu,0,0,0,0,0,0,1,20260101,20271231\n")
		},
	}
	for name, fn := range files {
		if err := writeFile(filepath.Join(dir, name), fn); err != nil {
			return nil, err
		}
	}
	// Trips: 70% on working days, spread from 05:00 to 24:00 over each
	// pattern (route and direction).
	patterns := 2 * len(routes)
	perPattern := cfg.Trips / patterns
	var tripsErr error
	err := writeFile(filepath.Join(dir, "trips.txt"), func(tw *bufio.Writer) {
		tw.WriteString("route_id,service_id,trip_id\n")
		tripsErr = writeFile(filepath.Join(dir, "stop_times.txt"), func(sw *bufio.Writer) {
			sw.WriteString("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n")
			t := 0
			for p := range patterns {
				r := p / 2
				seq := routes[r]
				hops := make([]int, len(seq)) // seconds between stops, fixed per pattern
				for i := range hops {
					hops[i] = 60 + rng.IntN(90)
				}
				for k := range perPattern {
					svc := "wk"
					switch x := k % 20; {
					case x >= 17:
						svc = "su"
					case x >= 14:
						svc = "sa"
					}
					fmt.Fprintf(tw, "r%d,%s,t%d\n", r, svc, t)
					at := 5*3600 + k*19*3600/perPattern + rng.IntN(120)
					for i := range seq {
						s := seq[i]
						if p%2 == 1 {
							s = seq[len(seq)-1-i]
						}
						fmt.Fprintf(sw, "t%d,%s,%s,s%d,%d\n", t, hms(at), hms(at+20), s, i+1)
						at += 20 + hops[i]
					}
					t++
				}
			}
		})
	})
	if err == nil {
		err = tripsErr
	}
	return stops, err
}

func hms(s int) string { return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60) }

func writeFile(path string, fn func(w *bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fn(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
