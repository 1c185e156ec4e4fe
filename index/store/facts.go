package store

import (
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/arena"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// contactFact is what folding an employer's relationship needs of one
// contact, without a pointer: text lives in the arena of factTables, and
// the few names a log repeats (specialists, types, purposes) are numbered.
type contactFact struct {
	id, learned arena.Ref
	sec         int64 // At, as Unix seconds and nanoseconds
	nsec        int32
	zone        uint32 // At's offset from UTC, numbered in factTables.zones
	day         int32  // the contact's day, as dayNumber gives it
	followUp    int32
	specialist  uint32
	kind        uint32
	purpose     uint32
	byClient    bool
}

// faceToFace is a client's face-to-face contact: its id and day.
type faceToFace struct {
	id  arena.Ref
	day int32
}

// factTables holds what contact facts point into. It is guarded by
// Derived.mu: written under the write lock, read under the read lock.
type factTables struct {
	text      arena.Arena
	names     []string
	nameIndex map[string]uint32
	zones     []*time.Location
	zoneIndex map[int]uint32
}

func newFactTables() factTables {
	return factTables{nameIndex: map[string]uint32{}, zones: []*time.Location{time.UTC}, zoneIndex: map[int]uint32{0: 0}}
}

func (t *factTables) name(s string) uint32 {
	if n, ok := t.nameIndex[s]; ok {
		return n
	}
	n := uint32(len(t.names))
	t.names = append(t.names, s)
	t.nameIndex[s] = n
	return n
}

func (t *factTables) zone(at time.Time) uint32 {
	_, off := at.Zone()
	if n, ok := t.zoneIndex[off]; ok {
		return n
	}
	n := uint32(len(t.zones))
	t.zones = append(t.zones, time.FixedZone("", off))
	t.zoneIndex[off] = n
	return n
}

// contact keeps what folding needs of c.
func (t *factTables) contact(c *employer.Contact) contactFact {
	return contactFact{
		id: t.text.AddString(c.ID), learned: t.text.AddString(c.Learned),
		sec: c.At.Unix(), nsec: int32(c.At.Nanosecond()), zone: t.zone(c.At),
		day: dayNumber(c.Day()), followUp: dayNumber(c.FollowUpDate),
		specialist: t.name(c.Specialist), kind: t.name(string(c.Type)), purpose: t.name(string(c.Purpose)),
		byClient: c.ByClient,
	}
}

// contacts rebuilds an employer's contacts on or before today, with the
// fields employer.Relationships reads. A contact's At keeps its instant
// and its offset from UTC, so its day is the one it was recorded on.
func (t *factTables) contacts(employerID string, fs []contactFact, today employer.Date) []employer.Contact {
	limit := dayNumber(today)
	out := make([]employer.Contact, 0, len(fs))
	for i := range fs {
		f := &fs[i]
		if f.day > limit {
			continue
		}
		out = append(out, employer.Contact{
			ID: t.text.String(f.id), EmployerID: employerID, Specialist: t.names[f.specialist],
			At:   time.Unix(f.sec, int64(f.nsec)).In(t.zones[f.zone]),
			Type: employer.ContactType(t.names[f.kind]), Purpose: employer.Purpose(t.names[f.purpose]),
			Learned: t.text.String(f.learned), FollowUpDate: dateOf(f.followUp), ByClient: f.byClient,
		})
	}
	return out
}

// removeContact drops the contact with the given id from fs.
func (t *factTables) removeContact(fs []contactFact, id string) []contactFact {
	for i := range fs {
		if t.text.Equal(fs[i].id, id) {
			fs[i] = fs[len(fs)-1]
			return fs[:len(fs)-1]
		}
	}
	return fs
}

// removeFaceToFace drops the face-to-face contact with the given id.
func (t *factTables) removeFaceToFace(fs []faceToFace, id string) []faceToFace {
	for i := range fs {
		if t.text.Equal(fs[i].id, id) {
			fs[i] = fs[len(fs)-1]
			return fs[:len(fs)-1]
		}
	}
	return fs
}

// dayNumber numbers a date by days since 1970-01-01; the zero Date has a
// number too (year 1), so dates and their numbers order alike.
func dayNumber(d employer.Date) int32 {
	return int32(d.Time().Unix() / 86400)
}

// dateOf is the inverse of dayNumber.
func dateOf(n int32) employer.Date { return civil.D(1970, time.January, 1+int(n)) }
