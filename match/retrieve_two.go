package match

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// twoCoresMin is the fewest cells a block of a search of no job type must
// have for it to be read on two cores. Such a search reads every vacancy
// of each block it reads, and one with a wide commute reads hundreds of
// thousands of them, bounding each: on the project's own town at 1M,
// those were the slowest searches once warm.
const twoCoresMin = 8

// readOnTwo is false only in a test that reads every block on one core,
// to show that reading on two changes nothing a client or specialist
// sees; readsOnTwo counts the blocks read on two.
var (
	readOnTwo  = true
	readsOnTwo atomic.Int64
)

// halves splits area in two to read on two cores, when it is large, the
// machine has two and the commute is measured by the speed model (a
// timetable is read by one search at a time).
func (r *reader) halves(area *retrieval.Area) (x, y *retrieval.Area, ok bool) {
	if !readOnTwo || area == nil || len(area.Terms) < twoCoresMin || runtime.GOMAXPROCS(0) < 2 || r.w.place.tt != nil || r.w.emps == nil {
		return nil, nil, false
	}
	return area.Halves()
}

// selectAreaOnTwo reads x with add, and y at the same time on another
// core, bounding y's candidates against floor as add does. It returns y's
// candidates, for the caller to append after x's, so that the order, and
// so everything the search reads after, is that of reading the whole area
// on one core; and how many y had before bounding. The other core bounds
// with a copy of the search's want whose employer scores are its own
// (the one cache a bound writes; the skills it has seen are only read
// until the block is scored).
func (r *reader) selectAreaOnTwo(x, y *retrieval.Area, occMax, floor float64, add func(retrieval.Hot)) ([]pick, int, error) {
	readsOnTwo.Add(1)
	w2 := *r.w
	w2.emps = r.w.emps.sibling()
	defer w2.emps.release()
	more, n := r.bufs.second(), 0
	var err2 error
	var wg sync.WaitGroup
	wg.Go(func() {
		err2 = r.e.src.SelectArea(y, func(h retrieval.Hot) {
			n++
			if floor > 0 && w2.hotBelow(h, occMax, floor) {
				return
			}
			more = append(more, pick{h})
		})
	})
	err := r.e.src.SelectArea(x, add)
	wg.Wait()
	r.bufs.keepSecond(more)
	if err == nil {
		err = err2
	}
	return more, n, err
}
