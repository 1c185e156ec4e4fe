package record

// Size limits on what a decoder will read. A record beyond them is an error
// naming the limit, so that one hostile or broken file cannot exhaust memory:
// before the limits, a single 10 MB field cost 1.37 GB of resident memory.
const (
	// MaxFieldBytes is the longest string value, in bytes as written in the
	// file (escapes included), of any field: 64 KiB, far above any real
	// title, description or note.
	MaxFieldBytes = 64 << 10
	// MaxLineBytes is the longest line of a JSON Lines file and the largest
	// single JSON record, such as a profile: 1 MiB.
	MaxLineBytes = 1 << 20
	// MaxDepth is the deepest nesting of JSON objects and arrays in a
	// record. The formats need at most 4; 32 leaves room and stops a
	// stack-exhausting input early.
	MaxDepth = 32
)
