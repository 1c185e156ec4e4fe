package arena

import "bytes"

// chunkSize is the size of one chunk of an Arena; a longer string gets a
// chunk of its own.
const chunkSize = 1 << 20

// Ref locates a string in an Arena. The zero Ref is the empty string.
type Ref struct {
	chunk uint32
	off   uint32
	n     uint32
}

// Len returns the length of the string.
func (r Ref) Len() int { return int(r.n) }

// Arena is an append-only store of byte strings, in chunks that hold no
// pointers. What is added is never changed or freed. The zero Arena is
// ready to use; it is not safe for concurrent writes.
type Arena struct {
	chunks [][]byte
}

// Add copies b into the arena and returns where it is.
func (a *Arena) Add(b []byte) Ref {
	if len(b) == 0 {
		return Ref{}
	}
	last := len(a.chunks) - 1
	if last < 0 || len(a.chunks[last])+len(b) > cap(a.chunks[last]) {
		a.chunks = append(a.chunks, make([]byte, 0, max(chunkSize, len(b))))
		last++
	}
	c := a.chunks[last]
	r := Ref{chunk: uint32(last), off: uint32(len(c)), n: uint32(len(b))}
	a.chunks[last] = append(c, b...)
	return r
}

// AddString is Add for a string.
func (a *Arena) AddString(s string) Ref {
	if s == "" {
		return Ref{}
	}
	return a.Add([]byte(s))
}

// Bytes returns the bytes at r. They must not be changed.
func (a *Arena) Bytes(r Ref) []byte {
	if r.n == 0 {
		return nil
	}
	return a.chunks[r.chunk][r.off : r.off+r.n : r.off+r.n]
}

// String returns a copy of the string at r.
func (a *Arena) String(r Ref) string { return string(a.Bytes(r)) }

// Equal reports whether the string at r is s.
func (a *Arena) Equal(r Ref, s string) bool {
	return int(r.n) == len(s) && string(a.Bytes(r)) == s
}

// EqualBytes reports whether the string at r is b.
func (a *Arena) EqualBytes(r Ref, b []byte) bool { return bytes.Equal(a.Bytes(r), b) }

// Size returns the bytes the arena holds in its chunks.
func (a *Arena) Size() int {
	n := 0
	for _, c := range a.chunks {
		n += cap(c)
	}
	return n
}
