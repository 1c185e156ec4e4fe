package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// SchemaVersion is the version of the file format this package writes. A
// file without a header line is version 1, as written before corrections
// and the roster existed; a writer migrates it once.
const SchemaVersion = 2

// header is the first line of a version 2 (or later) file.
type header struct {
	Journal string `json:"journal"` // always "ipsmatch"
	Schema  int    `json:"schema"`
}

const journalName = "ipsmatch"

var headerPrefix = []byte(`{"journal":`)

// kindSpecialist names a roster line.
const kindSpecialist store.Kind = "specialist"

// entry is one line of a batch: a version of a record, or a roster entry.
// Record is the version 1 form, {"kind":..., "record":{...}}, read only.
type entry struct {
	Kind       store.Kind          `json:"kind"`
	ID         string              `json:"id,omitempty"`
	Op         store.Op            `json:"op,omitempty"`
	Change     *store.Change       `json:"change,omitempty"`
	Contact    *employer.Contact   `json:"contact,omitempty"`
	Placement  *employer.Placement `json:"placement,omitempty"`
	Specialist *store.Specialist   `json:"specialist,omitempty"`
	Record     json.RawMessage     `json:"record,omitempty"`
	// raw is the entry's line as written, without its newline; the state
	// keeps it as the version.
	raw []byte
}

// version returns the entry as a store.Version.
func (e *entry) version() store.Version {
	v := store.Version{Kind: e.Kind, ID: e.ID, Op: e.Op, Contact: e.Contact, Placement: e.Placement}
	if e.Change != nil {
		v.Change = *e.Change
	}
	return v
}

// commit ends a batch: the number of lines before it since the previous
// commit (or the header), and the CRC-32C of those lines' bytes. Replay
// applies a batch only when its commit line is whole and agrees with it.
type commit struct {
	Commit int    `json:"commit"`
	CRC32C uint32 `json:"crc32c"`
}

var commitPrefix = []byte(`{"commit":`)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodeBatch frames entries as whole lines followed by their commit line,
// and keeps each entry's line in its raw.
func encodeBatch(es []entry) ([]byte, error) {
	var b bytes.Buffer
	for i := range es {
		line, err := json.Marshal(&es[i])
		if err != nil {
			return nil, fmt.Errorf("journal: encode %s %q: %w", es[i].Kind, es[i].ID, err)
		}
		es[i].raw = line
		b.Write(line)
		b.WriteByte('\n')
	}
	sum := crc32.Checksum(b.Bytes(), castagnoli)
	b.WriteString(`{"commit":` + strconv.Itoa(len(es)) + `,"crc32c":` + strconv.FormatUint(uint64(sum), 10) + "}\n")
	return b.Bytes(), nil
}

// encodeHeader returns the header line of a new file.
func encodeHeader() []byte {
	b, _ := json.Marshal(header{Journal: journalName, Schema: SchemaVersion})
	return append(b, '\n')
}

// decodeHeader reads a header line; a newer schema is ErrSchemaVersion.
func decodeHeader(line []byte) error {
	var h header
	if err := employer.DecodeJSON(line, &h); err != nil {
		return err
	}
	if h.Journal != journalName {
		return fmt.Errorf("header names %q, not %q", h.Journal, journalName)
	}
	if h.Schema > SchemaVersion {
		return fmt.Errorf("%w: schema %d, this ipsmatch reads up to %d", store.ErrSchemaVersion, h.Schema, SchemaVersion)
	}
	if h.Schema < 2 {
		return fmt.Errorf("header names schema %d, want %d", h.Schema, SchemaVersion)
	}
	return nil
}

// decodeEntry reads one version 2 line strictly and checks that its parts
// fit its kind and operation.
func decodeEntry(line []byte) (entry, error) {
	var e entry
	if err := employer.DecodeJSON(line, &e); err != nil {
		return e, err
	}
	if e.Record != nil {
		return e, errors.New(`"record" is the version 1 form, not allowed after a header`)
	}
	switch e.Kind {
	case kindSpecialist:
		if e.Specialist == nil {
			return e, errors.New(`a specialist line needs "specialist"`)
		}
		return e, nil
	case store.KindContact, store.KindPlacement:
	default:
		return e, fmt.Errorf("unknown kind %q", e.Kind)
	}
	switch e.Op {
	case store.OpAdd, store.OpEnd, store.OpAmend, store.OpVoid:
	default:
		return e, fmt.Errorf("unknown op %q", e.Op)
	}
	hasRec := e.Contact != nil || e.Placement != nil
	switch {
	case e.Contact != nil && e.Placement != nil:
		return e, errors.New("a line holds one record")
	case e.Op == store.OpVoid && hasRec, e.Op != store.OpVoid && !hasRec:
		return e, fmt.Errorf("op %q with the wrong parts", e.Op)
	case e.Kind == store.KindContact && e.Placement != nil, e.Kind == store.KindPlacement && e.Contact != nil:
		return e, fmt.Errorf("a %s line holds another kind of record", e.Kind)
	case (e.Op == store.OpAmend || e.Op == store.OpVoid) != (e.Change != nil):
		return e, fmt.Errorf("op %q with the wrong parts", e.Op)
	}
	return e, nil
}

// decodeLegacy reads one version 1 line, {"kind":..., "record":{...}}.
func decodeLegacy(line []byte) (entry, error) {
	var e entry
	if err := employer.DecodeJSON(line, &e); err != nil {
		return e, err
	}
	if e.ID != "" || e.Op != "" || e.Change != nil || e.Contact != nil || e.Placement != nil || e.Specialist != nil {
		return e, errors.New("a version 1 line holds only kind and record")
	}
	if len(e.Record) == 0 {
		return e, errors.New(`no "record"`)
	}
	var err error
	switch e.Kind {
	case store.KindContact:
		e.Contact = new(employer.Contact)
		err = employer.DecodeJSON(e.Record, e.Contact)
		e.ID = e.Contact.ID
	case store.KindPlacement:
		e.Placement = new(employer.Placement)
		err = employer.DecodeJSON(e.Record, e.Placement)
		e.ID = e.Placement.ID
	default:
		return e, fmt.Errorf("unknown kind %q (want %q or %q)", e.Kind, store.KindContact, store.KindPlacement)
	}
	e.Record, e.Op = nil, store.OpAdd
	return e, err
}

// decodeCommit reads a commit line.
func decodeCommit(line []byte) (commit, error) {
	var c commit
	err := employer.DecodeJSON(line, &c)
	return c, err
}
