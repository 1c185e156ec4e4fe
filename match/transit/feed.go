package transit

import (
	"context"
	"slices"
	"strconv"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Feed is a loaded GTFS timetable, arranged for routing: trips that call
// at the same stops in the same order on one route form a pattern, its
// trips sorted by departure. A Feed is read-only and safe for concurrent
// use.
type Feed struct {
	stops    []stop
	routes   []route
	services []service
	patterns []pattern
	// stopPatterns lists, per stop, the patterns calling there and the
	// stop's position in each.
	stopPatterns [][]patternAt
	// transfers lists, per stop, the stops one may walk to and how long
	// it takes: transfers.txt first, then stops close by.
	transfers [][]transfer
	grid      grid
	// Trips and StopTimes count what was read, for reports.
	Trips, StopTimes int
}

type stop struct {
	id, name string
	at       geo.Point
}

type route struct {
	id, short, long string
	kind            int // GTFS route_type
}

type pattern struct {
	route int32
	stops []int32
	// per trip, in order of departure: its service and its times; the
	// time of trip k at position i is at k*len(stops)+i.
	service  []int32
	tripIDs  []string
	arr, dep []int32
}

type patternAt struct{ pattern, pos int32 }

type transfer struct {
	to  int32
	sec int32
}

// Stops is the number of stops in the feed.
func (f *Feed) Stops() int { return len(f.stops) }

// Load reads a GTFS feed from a folder or a zip: agency and feed_info are
// not needed; stops, routes, trips, stop_times and calendar or
// calendar_dates are; transfers is read when present.
func Load(ctx context.Context, path string) (*Feed, error) {
	src, err := openSource(path)
	if err != nil {
		return nil, err
	}
	defer src.close()
	f := &Feed{}
	l := loader{f: f, stopIdx: map[string]int32{}, routeIdx: map[string]int32{}, serviceIdx: map[string]int32{}}
	steps := []func(source) error{l.readStops, l.readRoutes, l.readCalendars, l.readTrips}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := step(src); err != nil {
			return nil, err
		}
	}
	if err := l.readStopTimes(ctx, src); err != nil {
		return nil, err
	}
	f.grid = newGrid(f.stops, gridCellKm)
	if err := l.readTransfers(src); err != nil {
		return nil, err
	}
	f.addWalkingTransfers(defaultTransferWalkM)
	return f, nil
}

// loader holds the look-ups needed while reading.
type loader struct {
	f                             *Feed
	stopIdx, routeIdx, serviceIdx map[string]int32
	trips                         map[string]tripInfo
}

type tripInfo struct{ route, service int32 }

func (l *loader) readStops(src source) error {
	return readTable(src, "stops.txt", true, []string{"stop_id", "stop_lat", "stop_lon"}, func(t *table) error {
		id := t.get("stop_id")
		if id == "" {
			return t.errf("stop_id", "empty")
		}
		if _, dup := l.stopIdx[id]; dup {
			return t.errf("stop_id", "%q appears twice", id)
		}
		// Stations (location_type 1) and entrances are not boarded; their
		// platforms are.
		if lt := t.get("location_type"); lt != "" && lt != "0" {
			return nil
		}
		lat, err := strconv.ParseFloat(t.get("stop_lat"), 64)
		if err != nil || lat < -90 || lat > 90 {
			return t.errf("stop_lat", "%q is not a latitude", t.get("stop_lat"))
		}
		lon, err := strconv.ParseFloat(t.get("stop_lon"), 64)
		if err != nil || lon < -180 || lon > 180 {
			return t.errf("stop_lon", "%q is not a longitude", t.get("stop_lon"))
		}
		l.stopIdx[id] = int32(len(l.f.stops))
		l.f.stops = append(l.f.stops, stop{id: id, name: t.get("stop_name"), at: geo.Point{Lat: lat, Lon: lon}})
		return nil
	})
}

func (l *loader) readRoutes(src source) error {
	return readTable(src, "routes.txt", true, []string{"route_id", "route_type"}, func(t *table) error {
		id := t.get("route_id")
		if id == "" {
			return t.errf("route_id", "empty")
		}
		if _, dup := l.routeIdx[id]; dup {
			return t.errf("route_id", "%q appears twice", id)
		}
		kind, err := strconv.Atoi(t.get("route_type"))
		if err != nil || kind < 0 {
			return t.errf("route_type", "%q is not a route type", t.get("route_type"))
		}
		if t.get("route_short_name") == "" && t.get("route_long_name") == "" {
			return t.errf("route_short_name", "neither route_short_name nor route_long_name given")
		}
		l.routeIdx[id] = int32(len(l.f.routes))
		l.f.routes = append(l.f.routes, route{id: id, short: t.get("route_short_name"), long: t.get("route_long_name"), kind: kind})
		return nil
	})
}

func (l *loader) readTrips(src source) error {
	l.trips = map[string]tripInfo{}
	return readTable(src, "trips.txt", true, []string{"route_id", "service_id", "trip_id"}, func(t *table) error {
		id := t.get("trip_id")
		if id == "" {
			return t.errf("trip_id", "empty")
		}
		if _, dup := l.trips[id]; dup {
			return t.errf("trip_id", "%q appears twice", id)
		}
		r, ok := l.routeIdx[t.get("route_id")]
		if !ok {
			return t.errf("route_id", "unknown route %q", t.get("route_id"))
		}
		s, ok := l.serviceIdx[t.get("service_id")]
		if !ok {
			return t.errf("service_id", "unknown service %q (not in calendar.txt or calendar_dates.txt)", t.get("service_id"))
		}
		l.trips[id] = tripInfo{route: r, service: s}
		return nil
	})
}

func (l *loader) readTransfers(src source) error {
	f := l.f
	f.transfers = make([][]transfer, len(f.stops))
	return readTable(src, "transfers.txt", false, []string{"from_stop_id", "to_stop_id", "transfer_type"}, func(t *table) error {
		from, ok := l.stopIdx[t.get("from_stop_id")]
		if !ok {
			return t.errf("from_stop_id", "unknown stop %q", t.get("from_stop_id"))
		}
		to, ok := l.stopIdx[t.get("to_stop_id")]
		if !ok {
			return t.errf("to_stop_id", "unknown stop %q", t.get("to_stop_id"))
		}
		var sec int32
		switch t.get("transfer_type") {
		case "", "0", "1":
			sec = walkSeconds(geo.DistanceKm(f.stops[from].at, f.stops[to].at) * 1000)
		case "2":
			n, err := strconv.Atoi(t.get("min_transfer_time"))
			if err != nil || n < 0 {
				return t.errf("min_transfer_time", "%q is not a number of seconds", t.get("min_transfer_time"))
			}
			sec = int32(n)
		case "3", "4", "5":
			return nil // not possible, or in-seat: not a walk
		default:
			return t.errf("transfer_type", "%q is not a transfer type", t.get("transfer_type"))
		}
		if from != to && !slices.ContainsFunc(f.transfers[from], func(x transfer) bool { return x.to == to }) {
			f.transfers[from] = append(f.transfers[from], transfer{to: to, sec: sec})
		}
		return nil
	})
}
