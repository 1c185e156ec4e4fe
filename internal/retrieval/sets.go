package retrieval

import (
	"math"
	"sync/atomic"
)

// Area is a set of location cells, made by Source.NewArea, and, when
// Aged, the weeks of posting From..To (PostedWeek, inclusive) within
// them. A nil *Area is everywhere. Membership is a bit test on the cells'
// numbers, not a map look-up: it runs once per candidate.
type Area struct {
	Terms []string
	// Coarse are the numbers of the coarse cells (and the remote and
	// unknown cells) that cover the area.
	Coarse []int32
	Bits   []uint64
	// CoarseBits has a bit for each number in Coarse.
	CoarseBits []uint64
	// Aged limits the area to the weeks From..To. A search reads its
	// area by weeks of posting, newest first, so that it can leave
	// unread the weeks whose freshness could not make its list.
	Aged     bool
	From, To int32
	// Outside makes the area every place but its cells (and not the
	// remote and unknown cells either, when the cells hold them).
	Outside bool
	// Shared says the area is half of one read on two cores at once
	// (Halves): a Select of it sets marks with atomic operations, since
	// the other half's vacancies may share a word of the Mark.
	Shared bool
}

// Complement returns the area of every place outside a's cells, in a's
// weeks. Reading it walks whole posting lists: a search reads it last,
// when its bound says it must.
func (a *Area) Complement() *Area {
	b := *a
	b.Outside = true
	return &b
}

// Weeks returns the area limited to the weeks of posting from..to
// (inclusive; UnknownWeek is that of vacancies without a posting day).
func (a *Area) Weeks(from, to int32) *Area {
	b := *a
	b.Aged, b.From, b.To = true, from, to
	return &b
}

// UnknownWeek is the week PostedWeek gives a vacancy without a posting
// day; every known week is 0 or later.
const UnknownWeek int32 = -1

// AnyWeek is the highest week, for an area aged from a week onwards.
const AnyWeek int32 = math.MaxInt32

// PostedWeek is the week of a posting day (Hot.Posted): days since
// 1970-01-01 divided by seven, or UnknownWeek.
func PostedWeek(posted int32) int32 {
	if posted < 0 {
		return UnknownWeek
	}
	return posted / 7
}

// Contains reports whether the vacancy with hot fields h lies in the area.
func (a *Area) Contains(h Hot) bool {
	if a == nil {
		return true
	}
	if a.Aged {
		if w := PostedWeek(h.Posted); w < a.From || w > a.To {
			return false
		}
	}
	for _, n := range h.CellNums {
		if n >= 0 && int(n/64) < len(a.Bits) && a.Bits[n/64]&(1<<(n%64)) != 0 {
			return !a.Outside
		}
	}
	return a.Outside
}

// Halves splits the area in two, each with half of its cells (Terms) and
// half of its coarse cells (Coarse), sharing its bits and weeks: reading
// both, by place or by term, reads what reading the area does, each
// vacancy once. ok is false for an Outside area, which is read by the
// cells it does not hold.
func (a *Area) Halves() (x, y *Area, ok bool) {
	if a == nil || a.Outside {
		return nil, nil, false
	}
	c1, c2 := *a, *a
	c1.Shared, c2.Shared = true, true
	t, c := len(a.Terms)/2, len(a.Coarse)/2
	c1.Terms, c2.Terms = a.Terms[:t:t], a.Terms[t:]
	c1.Coarse, c2.Coarse = a.Coarse[:c:c], a.Coarse[c:]
	return &c1, &c2, true
}

// Has reports whether the cell numbered c is one of the area's own cells,
// whatever Outside says.
func (a *Area) Has(c int32) bool {
	return c >= 0 && int(c/64) < len(a.Bits) && a.Bits[c/64]&(1<<(c%64)) != 0
}

// Touches reports whether the coarse cell numbered c holds any of the
// area's own cells, whatever Outside says.
func (a *Area) Touches(c int32) bool {
	return c >= 0 && int(c/64) < len(a.CoarseBits) && a.CoarseBits[c/64]&(1<<(c%64)) != 0
}

// Whole reports whether the cell numbered c lies wholly in the area's
// places: it is one of the area's own cells (of its precision), so that
// every vacancy whose coarse cell it is lies in the area. Weeks are not
// looked at.
func (a *Area) Whole(c int32) bool {
	return !a.Outside && a.Has(c)
}

// Mark remembers which vacancies a search has already visited. It is a
// bit per vacancy slot, so marking costs no map insert.
type Mark []uint64

// SetIn is SetSlot, atomic when area is Shared.
func (m Mark) SetIn(area *Area, slot int32) bool {
	if area == nil || !area.Shared {
		return m.SetSlot(slot)
	}
	i := int(slot)
	if i/64 >= len(m) {
		return false
	}
	bit := uint64(1) << (i % 64)
	p := &m[i/64]
	if atomic.LoadUint64(p)&bit != 0 {
		return false
	}
	return atomic.OrUint64(p, bit)&bit == 0
}

// Set marks the vacancy with hot fields h and reports whether it was not
// marked before.
func (m Mark) Set(h Hot) bool { return m.SetSlot(h.Slot) }

// SetSlot is Set for the vacancy at slot.
func (m Mark) SetSlot(slot int32) bool {
	i := int(slot)
	if i/64 >= len(m) || m[i/64]&(1<<(i%64)) != 0 {
		return false
	}
	m[i/64] |= 1 << (i % 64)
	return true
}
