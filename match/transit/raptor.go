package transit

import (
	"math"
	"sort"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

const never = math.MaxInt32

// label says how a stop was reached in one round.
type label struct {
	kind    uint8 // labNone, labStart, labRide, labWalk
	pattern int32 // labRide: the pattern ridden
	trip    int32 // labRide: the trip's position in the pattern
	board   int32 // labRide: position boarded at; labWalk: the stop walked from
	alight  int32 // labRide: position left at
}

const (
	labNone uint8 = iota
	labStart
	labRide
	labWalk
)

// raptor is one search's working memory: round k holds the earliest
// arrival at every stop using at most k vehicles (RAPTOR, Delling, Pajor
// and Werneck, 2012).
type raptor struct {
	p     *Planner
	act   [2][]bool // services running on the day, and the day before
	arr   [][]int32 // [round][stop]
	lab   [][]label
	best  []int32
	round []int8 // the round that gave best, -1 unreached
}

func newRaptor(p *Planner, act [2][]bool) *raptor {
	n := len(p.feed.stops)
	rounds := p.opt.MaxTransfers + 2 // the walk from home, then one round per vehicle
	r := &raptor{p: p, act: act, arr: make([][]int32, rounds), lab: make([][]label, rounds),
		best: make([]int32, n), round: make([]int8, n)}
	for k := range r.arr {
		r.arr[k] = make([]int32, n)
		r.lab[k] = make([]label, n)
	}
	for s := range n {
		r.arr[0][s], r.best[s], r.round[s] = never, never, -1
	}
	return r
}

func (r *raptor) run(home geo.Point) {
	f, opt := r.p.feed, r.p.opt
	horizon := r.p.depart + int32(opt.MaxMinutes*60)
	var marked []int32
	isMarked := make([]bool, len(f.stops))
	mark := func(s int32) {
		if !isMarked[s] {
			isMarked[s] = true
			marked = append(marked, s)
		}
	}
	f.grid.near(home, opt.MaxWalkMeters/1000, func(s int32, d float64) {
		t := r.p.depart + walkSeconds(d*1000)
		r.arr[0][s], r.best[s], r.round[s] = t, t, 0
		r.lab[0][s] = label{kind: labStart}
		mark(s)
	})
	queue := make([]int32, len(f.patterns)) // first position to scan, -1 none
	for i := range queue {
		queue[i] = -1
	}
	var queued []int32
	for k := 1; k < len(r.arr) && len(marked) > 0; k++ {
		prev, cur, lab := r.arr[k-1], r.arr[k], r.lab[k]
		copy(cur, prev)
		copy(lab, r.lab[k-1])
		queued = queued[:0]
		for _, s := range marked {
			isMarked[s] = false
			for _, pa := range f.stopPatterns[s] {
				if q := queue[pa.pattern]; q == -1 {
					queue[pa.pattern] = pa.pos
					queued = append(queued, pa.pattern)
				} else if pa.pos < q {
					queue[pa.pattern] = pa.pos
				}
			}
		}
		marked = marked[:0]
		change := int32(0)
		if k > 1 {
			change = int32(opt.ChangeSeconds)
		}
		for _, pi := range queued {
			start := queue[pi]
			queue[pi] = -1
			r.scan(pi, start, k, change, horizon, mark)
		}
		// One walk after riding: to stops close by, or as transfers.txt says.
		rode := len(marked)
		for _, s := range marked[:rode] {
			for _, t := range f.transfers[s] {
				if a := cur[s] + t.sec; a < r.best[t.to] && a <= horizon {
					cur[t.to], r.best[t.to], r.round[t.to] = a, a, int8(k)
					lab[t.to] = label{kind: labWalk, board: s}
					mark(t.to)
				}
			}
		}
	}
}

// scan rides pattern pi from position start in round k.
func (r *raptor) scan(pi, start int32, k int, change, horizon int32, mark func(int32)) {
	p := &r.p.feed.patterns[pi]
	prev, cur, lab := r.arr[k-1], r.arr[k], r.lab[k]
	n := int32(len(p.stops))
	trip, off, board := int32(-1), int32(0), int32(0)
	for i := start; i < n; i++ {
		s := p.stops[i]
		if trip >= 0 {
			if a := p.arr[trip*n+i] + off; a < r.best[s] && a <= horizon {
				cur[s], r.best[s], r.round[s] = a, a, int8(k)
				lab[s] = label{kind: labRide, pattern: pi, trip: trip, board: board, alight: i}
				mark(s)
			}
		}
		if prev[s] == never {
			continue
		}
		ready := prev[s]
		if kd := r.lab[k-1][s].kind; kd == labRide || kd == labWalk {
			ready += change
		}
		if trip >= 0 && ready > p.dep[trip*n+i]+off {
			continue
		}
		if t, o := r.earliestTrip(p, i, ready); t >= 0 && (trip < 0 || p.dep[t*n+i]+o < p.dep[trip*n+i]+off) {
			trip, off, board = t, o, i
		}
	}
}

// earliestTrip is the first trip of p running today (or, past midnight,
// yesterday) that leaves position i at or after t, with the offset that
// puts its times on today's clock; -1 when none.
func (r *raptor) earliestTrip(p *pattern, i int32, t int32) (int32, int32) {
	n := int32(len(p.stops))
	trips := int32(len(p.service))
	best, bestOff := int32(-1), int32(0)
	for day, off := range [2]int32{0, -86400} {
		want := t - off
		k := int32(sort.Search(int(trips), func(k int) bool { return p.dep[int32(k)*n+i] >= want }))
		for ; k < trips; k++ {
			if r.act[day][p.service[k]] {
				if best < 0 || p.dep[k*n+i]+off < p.dep[best*n+i]+bestOff {
					best, bestOff = k, off
				}
				break
			}
		}
	}
	return best, bestOff
}
