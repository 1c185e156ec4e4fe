package transit

import (
	"cmp"
	"context"
	"encoding/binary"
	"slices"
	"strconv"
)

// stRow is one stop_times.txt row while loading.
type stRow struct {
	trip, seq, stop int32
	arr, dep        int32 // -1 when not given
	row             int32
}

const noTime = -1

func (l *loader) readStopTimes(ctx context.Context, src source) error {
	tripNum := map[string]int32{}
	var tripIDs []string
	var rows []stRow
	err := readTable(src, "stop_times.txt", true, []string{"trip_id", "stop_id", "stop_sequence", "arrival_time", "departure_time"}, func(t *table) error {
		if t.row%65536 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		id := t.get("trip_id")
		n, ok := tripNum[id]
		if !ok {
			if _, known := l.trips[id]; !known {
				return t.errf("trip_id", "unknown trip %q (not in trips.txt)", id)
			}
			n = int32(len(tripIDs))
			tripNum[id] = n
			tripIDs = append(tripIDs, id)
		}
		s, ok := l.stopIdx[t.get("stop_id")]
		if !ok {
			return t.errf("stop_id", "unknown stop %q (not a boarding stop in stops.txt)", t.get("stop_id"))
		}
		seq, err := strconv.Atoi(t.get("stop_sequence"))
		if err != nil || seq < 0 {
			return t.errf("stop_sequence", "%q is not a non-negative whole number", t.get("stop_sequence"))
		}
		r := stRow{trip: n, seq: int32(seq), stop: s, arr: noTime, dep: noTime, row: int32(t.row)}
		for _, f := range []struct {
			name string
			to   *int32
		}{{"arrival_time", &r.arr}, {"departure_time", &r.dep}} {
			if v := t.get(f.name); v != "" {
				if *f.to, err = parseTime(v); err != nil {
					return t.errf(f.name, "%v", err)
				}
			}
		}
		if r.arr == noTime {
			r.arr = r.dep
		}
		if r.dep == noTime {
			r.dep = r.arr
		}
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return err
	}
	byTripSeq := func(a, b stRow) int { return cmp.Or(cmp.Compare(a.trip, b.trip), cmp.Compare(a.seq, b.seq)) }
	if !slices.IsSortedFunc(rows, byTripSeq) {
		slices.SortStableFunc(rows, byTripSeq)
	}
	l.f.StopTimes, l.f.Trips = len(rows), len(tripIDs)
	b := patternBuilder{f: l.f, byKey: map[string]int32{}}
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && rows[end].trip == rows[start].trip {
			end++
		}
		id := tripIDs[rows[start].trip]
		if err := b.add(id, l.trips[id], rows[start:end]); err != nil {
			return err
		}
		start = end
	}
	b.finish()
	return nil
}

// patternBuilder groups trips into patterns.
type patternBuilder struct {
	f     *Feed
	byKey map[string]int32
	key   []byte
}

// add checks one trip's times, fills the times of stops that give none
// by interpolation, and files the trip under its pattern.
func (b *patternBuilder) add(id string, info tripInfo, rs []stRow) error {
	if len(rs) < 2 {
		return feedError("stop_times.txt", int(rs[0].row), "trip_id", "trip %q calls at fewer than two stops", id)
	}
	for _, end := range []stRow{rs[0], rs[len(rs)-1]} {
		if end.arr == noTime {
			return feedError("stop_times.txt", int(end.row), "arrival_time", "trip %q gives no time at its first or last stop", id)
		}
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].seq == rs[i-1].seq {
			return feedError("stop_times.txt", int(rs[i].row), "stop_sequence", "trip %q has stop_sequence %d twice", id, rs[i].seq)
		}
		if rs[i].arr == noTime {
			j := i + 1
			for rs[j].arr == noTime {
				j++
			}
			a, z := rs[i-1].dep, rs[j].arr
			for k := i; k < j; k++ {
				t := a + int32(int64(z-a)*int64(k-i+1)/int64(j-i+1))
				rs[k].arr, rs[k].dep = t, t
			}
		}
	}
	for i, r := range rs {
		if r.dep < r.arr {
			return feedError("stop_times.txt", int(r.row), "departure_time", "trip %q leaves %s before it arrives %s", id, clock(r.dep), clock(r.arr))
		}
		if i > 0 && r.arr < rs[i-1].dep {
			return feedError("stop_times.txt", int(r.row), "arrival_time", "trip %q arrives %s, before it left the previous stop at %s", id, clock(r.arr), clock(rs[i-1].dep))
		}
	}
	b.key = binary.LittleEndian.AppendUint32(b.key[:0], uint32(info.route))
	for _, r := range rs {
		b.key = binary.LittleEndian.AppendUint32(b.key, uint32(r.stop))
	}
	pi, ok := b.byKey[string(b.key)]
	if !ok {
		pi = int32(len(b.f.patterns))
		b.byKey[string(b.key)] = pi
		p := pattern{route: info.route, stops: make([]int32, len(rs))}
		for i, r := range rs {
			p.stops[i] = r.stop
		}
		b.f.patterns = append(b.f.patterns, p)
	}
	p := &b.f.patterns[pi]
	p.service = append(p.service, info.service)
	p.tripIDs = append(p.tripIDs, id)
	for _, r := range rs {
		p.arr = append(p.arr, r.arr)
		p.dep = append(p.dep, r.dep)
	}
	return nil
}

// finish sorts each pattern's trips by departure and splits off trips
// that overtake another, so that within a pattern a later departure is
// never an earlier arrival: routing relies on it.
func (b *patternBuilder) finish() {
	var out []pattern
	for _, p := range b.f.patterns {
		n := len(p.stops)
		order := make([]int, len(p.service))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(p.dep[x*n], p.dep[y*n]) })
		var lanes []pattern
		for _, k := range order {
			placed := false
			for li := range lanes {
				q := &lanes[li]
				last := len(q.service) - 1
				if !overtakes(p.arr[k*n:(k+1)*n], p.dep[k*n:(k+1)*n], q.arr[last*n:(last+1)*n], q.dep[last*n:(last+1)*n]) {
					q.appendTrip(&p, k)
					placed = true
					break
				}
			}
			if !placed {
				lanes = append(lanes, pattern{route: p.route, stops: p.stops})
				lanes[len(lanes)-1].appendTrip(&p, k)
			}
		}
		out = append(out, lanes...)
	}
	b.f.patterns = out
	b.f.stopPatterns = make([][]patternAt, len(b.f.stops))
	for pi, p := range out {
		for pos, s := range p.stops {
			b.f.stopPatterns[s] = append(b.f.stopPatterns[s], patternAt{pattern: int32(pi), pos: int32(pos)})
		}
	}
}

// overtakes reports whether a trip leaving after another is anywhere
// earlier than it.
func overtakes(arr, dep, prevArr, prevDep []int32) bool {
	for i := range arr {
		if arr[i] < prevArr[i] || dep[i] < prevDep[i] {
			return true
		}
	}
	return false
}

func (q *pattern) appendTrip(p *pattern, k int) {
	n := len(p.stops)
	q.service = append(q.service, p.service[k])
	q.tripIDs = append(q.tripIDs, p.tripIDs[k])
	q.arr = append(q.arr, p.arr[k*n:(k+1)*n]...)
	q.dep = append(q.dep, p.dep[k*n:(k+1)*n]...)
}
