package store

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/arena"
)

// Derived is what the log says about each employer and each client, kept
// up to date as records are written: a write touches only the employer and
// client it names. A read folds one employer's (or one client's) records,
// once per day asked for, and remembers the answer until that employer's
// records change, so its cost does not grow with the size of the log.
// Both stores keep one; the engine reads it. It is safe for concurrent use.
//
// Contacts, which a log holds by the million, are kept as pointer-free
// facts (see facts.go), so that the garbage collector does not walk them;
// an employer's contacts are rebuilt only to fold its state anew.
type Derived struct {
	mu        sync.RWMutex
	gen       atomic.Uint64
	empIDs    *arena.Index // employer id -> number in emps
	emps      []*empLog
	clientIDs *arena.Index // client id -> number in clients
	clients   []clientLog
	facts     factTables
}

// empLog holds the current, non-voided records about one employer.
type empLog struct {
	contacts   []contactFact
	placements map[string]employer.Placement
	memo       atomic.Pointer[EmployerState]
}

// EmployerState is what the log says of one employer as of one day. It
// does not change once returned: a write about the employer, or another
// day, gives a new one. A reader may keep what it computes from it in its
// slot (Cached, SetCached), which goes with it.
type EmployerState struct {
	Day             employer.Date
	Relationship    employer.Relationship
	HasRelationship bool
	TrackRecord     employer.TrackRecord
	HasTrackRecord  bool
	cached          atomic.Pointer[any]
}

// Cached returns what a reader stored with SetCached, or nil.
func (s *EmployerState) Cached() any {
	if p := s.cached.Load(); p != nil {
		return *p
	}
	return nil
}

// SetCached keeps v with the state, for readers that ask again.
func (s *EmployerState) SetCached(v any) { s.cached.Store(&v) }

// clientLog holds what rapid search and follow-along need about a client.
type clientLog struct {
	faceToFace []faceToFace
	placements map[string]employer.Placement
}

// NewDerived returns empty derived state.
func NewDerived() *Derived {
	return &Derived{empIDs: arena.NewIndex(), clientIDs: arena.NewIndex(), facts: newFactTables()}
}

// Generation counts the changes applied; it changes whenever any derived
// figure may have.
func (d *Derived) Generation() uint64 { return d.gen.Load() }

// PutContact applies a change to one contact: old is the version it
// replaces (nil for a new contact), next the new one (nil for a void).
func (d *Derived) PutContact(old, next *employer.Contact) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if old != nil {
		if e := d.findEmp(old.EmployerID); e != nil {
			e.contacts = d.facts.removeContact(e.contacts, old.ID)
			e.memo.Store(nil)
		}
		if c := d.findClient(old.ClientID); c != nil {
			c.faceToFace = d.facts.removeFaceToFace(c.faceToFace, old.ID)
		}
	}
	if next != nil {
		e := d.emp(next.EmployerID)
		f := d.facts.contact(next)
		e.contacts = append(e.contacts, f)
		e.memo.Store(nil)
		if next.ClientID != "" && next.Type == employer.FaceToFace {
			c := d.client(next.ClientID)
			c.faceToFace = append(c.faceToFace, faceToFace{id: f.id, day: f.day})
		}
	}
	d.gen.Add(1)
}

// PutPlacement applies a change to one placement, as PutContact does.
func (d *Derived) PutPlacement(old, next *employer.Placement) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if old != nil {
		if e := d.findEmp(old.EmployerID); e != nil {
			delete(e.placements, old.ID)
			e.memo.Store(nil)
		}
		if c := d.findClient(old.ClientID); c != nil {
			delete(c.placements, old.ID)
		}
	}
	if next != nil {
		e := d.emp(next.EmployerID)
		if e.placements == nil {
			e.placements = map[string]employer.Placement{}
		}
		e.placements[next.ID] = *next
		e.memo.Store(nil)
		c := d.client(next.ClientID)
		if c.placements == nil {
			c.placements = map[string]employer.Placement{}
		}
		c.placements[next.ID] = *next
	}
	d.gen.Add(1)
}

func (d *Derived) emp(id string) *empLog {
	n := d.empIDs.Intern(id)
	if int(n) == len(d.emps) {
		d.emps = append(d.emps, &empLog{})
	}
	return d.emps[n]
}

// findEmp returns an employer's records, nil when it has none.
func (d *Derived) findEmp(id string) *empLog {
	if n, ok := d.empIDs.Lookup(id); ok {
		return d.emps[n]
	}
	return nil
}

func (d *Derived) client(id string) *clientLog {
	n := d.clientIDs.Intern(id)
	if int(n) == len(d.clients) {
		d.clients = append(d.clients, clientLog{})
	}
	return &d.clients[n]
}

// findClient returns a client's records, nil when they have none. The
// pointer is good until the next write.
func (d *Derived) findClient(id string) *clientLog {
	if n, ok := d.clientIDs.Lookup(id); ok {
		return &d.clients[n]
	}
	return nil
}

// Relationship returns the relationship with an employer as of today, as
// employer.Relationships derives it; false when the team has no contact or
// job start there on or before today.
func (d *Derived) Relationship(employerID string, today employer.Date) (employer.Relationship, bool) {
	m := d.Employer(employerID, today)
	if m == nil {
		return employer.Relationship{}, false
	}
	return m.Relationship, m.HasRelationship
}

// TrackRecord returns how the programme's job starts at an employer went,
// as of today; false when there is none on or before today.
func (d *Derived) TrackRecord(employerID string, today employer.Date) (employer.TrackRecord, bool) {
	m := d.Employer(employerID, today)
	if m == nil {
		return employer.TrackRecord{}, false
	}
	return m.TrackRecord, m.HasTrackRecord
}

// Employer returns an employer's state as of today, nil when the log has
// no record of it. Its records are folded only when they changed or
// another day is asked for.
func (d *Derived) Employer(id string, today employer.Date) *EmployerState {
	d.mu.RLock()
	defer d.mu.RUnlock()
	e := d.findEmp(id)
	if e == nil {
		return nil
	}
	if m := e.memo.Load(); m != nil && m.Day == today {
		return m
	}
	cs := d.facts.contacts(id, e.contacts, today)
	ps := slices.Collect(maps.Values(e.placements))
	m := &EmployerState{Day: today}
	m.Relationship, m.HasRelationship = employer.Relationships(cs, ps, today)[id]
	m.TrackRecord, m.HasTrackRecord = employer.TrackRecords(ps, today)[id]
	e.memo.Store(m)
	return m
}

// FirstFaceToFace returns the day of a client's first face-to-face
// employer contact, made by the client or by a specialist for them, on or
// before today (no limit when today is zero).
func (d *Derived) FirstFaceToFace(clientID string, today employer.Date) (employer.Date, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	c := d.findClient(clientID)
	if c == nil || clientID == "" {
		return employer.Date{}, false
	}
	limit := dayNumber(today)
	var first int32
	found := false
	for _, f := range c.faceToFace {
		if (today.IsZero() || f.day <= limit) && (!found || f.day < first) {
			first, found = f.day, true
		}
	}
	if !found {
		return employer.Date{}, false
	}
	return dateOf(first), true
}

// CurrentJob returns the job a client holds today, the latest started if
// several, as employer.CurrentJob does.
func (d *Derived) CurrentJob(clientID string, today employer.Date) (employer.Placement, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	c := d.findClient(clientID)
	if c == nil {
		return employer.Placement{}, false
	}
	return employer.CurrentJob(slices.Collect(maps.Values(c.placements)), clientID, today)
}

// Employers returns, sorted, the ids of the employers with any record.
func (d *Derived) Employers() []string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	ids := make([]string, d.empIDs.Len())
	for i := range ids {
		ids[i] = d.empIDs.ID(uint32(i))
	}
	slices.Sort(ids)
	return ids
}

// FollowUps returns the relationships whose follow-up falls on or before
// until, as of today, most overdue first (then by employer id). Its cost
// grows with the number of employers the team knows, not with the log.
func (d *Derived) FollowUps(today, until employer.Date) []employer.Relationship {
	var out []employer.Relationship
	for _, id := range d.Employers() {
		r, ok := d.Relationship(id, today)
		if ok && !r.FollowUpDue.IsZero() && !r.FollowUpDue.After(until) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b employer.Relationship) int {
		return cmp.Or(a.FollowUpDue.Time().Compare(b.FollowUpDue.Time()), strings.Compare(a.EmployerID, b.EmployerID))
	})
	return out
}
