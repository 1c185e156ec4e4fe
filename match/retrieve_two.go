package match

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// twoCoresAfter is how many vacancies a search's last block must have
// selected for the next to be read on two cores. A search of no job type
// reads every vacancy of each block it reads, and one with a wide
// commute reads hundreds of thousands of them, bounding each; one of
// several broad job types within a wide commute reads nearly as many. On
// the project's own town at 1M, those were the slowest searches once
// warm. Most blocks are small, and reading every block of at least 8
// cells on two cores cost the shared benchmark's searches a millisecond
// at the median; reading one on two cores costs some tens of
// microseconds, a block of this size a millisecond on one core.
var twoCoresAfter = 5_000

// readOnTwo is false only in a test that reads every block on one core,
// to show that reading on two changes nothing a client or specialist
// sees; readsOnTwo counts the blocks read on two.
var (
	readOnTwo  = true
	readsOnTwo atomic.Int64
)

// halves splits area in two to read on two cores, when the search's
// last block was large, the area has cells to split, the machine has two
// cores and the commute is measured by the speed model (a timetable is
// read by one search at a time).
func (r *reader) halves(area *retrieval.Area) (x, y *retrieval.Area, ok bool) {
	if !readOnTwo || r.lastRead < twoCoresAfter || area == nil || len(area.Terms) < 2 || len(area.Coarse) < 2 ||
		runtime.GOMAXPROCS(0) < 2 || r.w.place.tt != nil || r.w.emps == nil {
		return nil, nil, false
	}
	return area.Halves()
}

// selectOnTwo reads x into c, and y at the same time on another core
// into a collector of its own, then appends y's candidates to c's after
// x's and adds its count; sel reads an area. For a search of no job
// type, reading by place, the order, and so everything the search reads
// after, is that of reading the whole area on one core; by job type, the
// terms are read half by half rather than term by term, so records read
// in another order may be examined, but the results are the same. The
// other core bounds with a copy of the search's want whose employer
// scores are its own (the one cache a bound writes; the skills it has
// seen are only read until the block is scored), and marks atomically
// (Area.Shared).
func (r *reader) selectOnTwo(x, y *retrieval.Area, c *collector, sel func(*retrieval.Area, func(retrieval.Hot)) error) error {
	readsOnTwo.Add(1)
	w2 := *r.w
	w2.emps = r.w.emps.sibling()
	defer w2.emps.release()
	c2 := collector{w: &w2, occMax: c.occMax, floor: c.floor, picks: r.bufs.second()}
	var err2 error
	var wg sync.WaitGroup
	wg.Go(func() { err2 = sel(y, c2.add) })
	err := sel(x, c.add)
	wg.Wait()
	r.bufs.keepSecond(c2.picks)
	c.picks, c.n = append(c.picks, c2.picks...), c.n+c2.n
	if err == nil {
		err = err2
	}
	return err
}
