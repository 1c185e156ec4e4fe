package index

import (
	"sort"
	"strings"
	"unsafe"
)

// idTable maps record ids to values (a vacancy's slot, an employer's
// record). An index opened from a state file (state.go) starts from the
// file's sorted id table, searched in place, so opening does not insert a
// million ids into a map; what later batches change goes into a small map
// on top. V holds no pointers, since the base table may be mapped memory.
type idTable[V any] struct {
	base sortedIDs[V]
	over map[string]V    // set since the base was written
	gone map[string]bool // base ids deleted or overridden since
	n    int
}

// sortedIDs is a table of ids in byte order with a value each: the ids'
// bytes end to end, where each one ends, and the values.
type sortedIDs[V any] struct {
	blob []byte
	ends []uint32
	vals []V
}

func (s *sortedIDs[V]) len() int { return len(s.ends) }

func (s *sortedIDs[V]) id(i int) string {
	start := uint32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	b := s.blob[start:s.ends[i]]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// find returns the index of id, or -1.
func (s *sortedIDs[V]) find(id string) int {
	i := sort.Search(len(s.ends), func(i int) bool { return s.id(i) >= id })
	if i < len(s.ends) && s.id(i) == id {
		return i
	}
	return -1
}

func newIDTable[V any]() idTable[V] {
	return idTable[V]{over: map[string]V{}, gone: map[string]bool{}}
}

func (t *idTable[V]) get(id string) (V, bool) {
	if v, ok := t.over[id]; ok {
		return v, true
	}
	var zero V
	if t.base.len() == 0 || t.gone[id] {
		return zero, false
	}
	if i := t.base.find(id); i >= 0 {
		return t.base.vals[i], true
	}
	return zero, false
}

func (t *idTable[V]) set(id string, v V) {
	_, inOver := t.over[id]
	inBase := t.base.len() > 0 && !t.gone[id] && t.base.find(id) >= 0
	if !inOver && !inBase {
		t.n++
	}
	t.over[id] = v
	if inBase {
		t.gone[id] = true
	}
}

func (t *idTable[V]) del(id string) {
	if _, ok := t.get(id); !ok {
		return
	}
	t.n--
	delete(t.over, id)
	if t.base.len() > 0 && t.base.find(id) >= 0 {
		t.gone[id] = true
	}
}

func (t *idTable[V]) len() int { return t.n }

// each calls f for every id with its value, base ids in order first.
// The id may point into mapped memory: f copies it to keep it.
func (t *idTable[V]) each(f func(id string, v V)) {
	for i := range t.base.len() {
		if id := t.base.id(i); !t.gone[id] {
			f(id, t.base.vals[i])
		}
	}
	for id, v := range t.over {
		f(id, v)
	}
}

// sorted returns the table as sortedIDs, ids copied, for a state file.
func (t *idTable[V]) sorted() sortedIDs[V] {
	type kv struct {
		id string
		v  V
	}
	all := make([]kv, 0, t.n)
	t.each(func(id string, v V) { all = append(all, kv{id, v}) })
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	var out sortedIDs[V]
	var b strings.Builder
	out.ends = make([]uint32, len(all))
	out.vals = make([]V, len(all))
	for i, x := range all {
		b.WriteString(x.id)
		out.ends[i] = uint32(b.Len())
		out.vals[i] = x.v
	}
	out.blob = []byte(b.String())
	return out
}
