package arena

import "hash/maphash"

// Index maps string ids to numbers without keeping the ids as Go strings:
// it keys a pointer-free map by the id's hash, and keeps the id itself in
// an Arena to tell apart the rare ids whose hashes collide, which go to a
// small map by their text. The zero Index is not ready: use NewIndex. It
// is not safe for concurrent writes.
type Index struct {
	seed     maphash.Seed
	ids      Arena
	byHash   map[uint64]uint32
	refs     []Ref // number -> id
	overflow map[string]uint32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{seed: maphash.MakeSeed(), byHash: map[uint64]uint32{}, overflow: map[string]uint32{}}
}

// Len returns how many ids the index holds; they are numbered from 0.
func (x *Index) Len() int { return len(x.refs) }

// Lookup returns the number of id.
func (x *Index) Lookup(id string) (uint32, bool) {
	if n, ok := x.byHash[hashOf(x, id)]; ok && x.ids.Equal(x.refs[n], id) {
		return n, true
	}
	n, ok := x.overflow[id]
	return n, ok
}

// Intern returns the number of id, giving it the next number if it is new.
func (x *Index) Intern(id string) uint32 {
	if n, ok := x.Lookup(id); ok {
		return n
	}
	n := uint32(len(x.refs))
	x.refs = append(x.refs, x.ids.AddString(id))
	h := hashOf(x, id)
	if _, taken := x.byHash[h]; taken {
		x.overflow[id] = n
	} else {
		x.byHash[h] = n
	}
	return n
}

// ID returns the id numbered n.
func (x *Index) ID(n uint32) string { return x.ids.String(x.refs[n]) }

func hashOf(x *Index, id string) uint64 { return maphash.String(x.seed, id) }
