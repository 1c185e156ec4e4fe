package retrieval

// Area is a set of location cells, made by Source.NewArea. A nil *Area is
// everywhere. Membership is a bit test on the cells' numbers, not a map
// look-up: it runs once per candidate.
type Area struct {
	Terms []string
	// Coarse are the numbers of the coarse cells (and the remote and
	// unknown cells) that cover the area.
	Coarse []int32
	Bits   []uint64
}

// Contains reports whether the vacancy with hot fields h lies in the area.
func (a *Area) Contains(h Hot) bool {
	if a == nil {
		return true
	}
	for _, n := range h.CellNums {
		if n >= 0 && int(n/64) < len(a.Bits) && a.Bits[n/64]&(1<<(n%64)) != 0 {
			return true
		}
	}
	return false
}

// Mark remembers which vacancies a search has already visited. It is a
// bit per vacancy slot, so marking costs no map insert.
type Mark []uint64

// Set marks the vacancy with hot fields h and reports whether it was not
// marked before.
func (m Mark) Set(h Hot) bool {
	i := int(h.Slot)
	if i/64 >= len(m) || m[i/64]&(1<<(i%64)) != 0 {
		return false
	}
	m[i/64] |= 1 << (i % 64)
	return true
}
