package index

import gojson "github.com/goccy/go-json"

// Records are JSON, written once at import and read whenever a candidate
// is scored, so the codec's speed is the import's and the match's. The
// standard library's reflection-driven encoding/json took a third of an
// import's work and a third of a match's at 1,000,000 vacancies;
// goccy/go-json reads and writes the same JSON, compiled per type, several
// times faster. Input from users is still decoded strictly by the
// standard library elsewhere: these are records the index wrote itself.
// They are written without escaping <, > and &, which only matters for
// JSON pasted into HTML; escaping was a twelfth of encoding a vacancy.

func encodeRecord(v any) ([]byte, error) { return gojson.MarshalNoEscape(v) }

func decodeRecord(b []byte, v any) error { return gojson.Unmarshal(b, v) }
