package server

import (
	"fmt"
	"net/http"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// ContactList is a filtered part of the job-development log.
type ContactList struct {
	Contacts []employer.Contact `json:"contacts"`
}

// PlacementList is a filtered list of job starts.
type PlacementList struct {
	Placements []employer.Placement `json:"placements"`
}

// ContactBatch records contacts together: all or none.
type ContactBatch struct {
	Contacts []employer.Contact `json:"contacts"`
}

// PlacementBatch records job starts together: all or none.
type PlacementBatch struct {
	Placements []employer.Placement `json:"placements"`
}

// ContactAmend corrects a contact: the corrected record, and who and why.
type ContactAmend struct {
	Contact employer.Contact `json:"contact"`
	Change  store.Change     `json:"change"`
}

// PlacementAmend corrects a job start.
type PlacementAmend struct {
	Placement employer.Placement `json:"placement"`
	Change    store.Change       `json:"change"`
}

// VoidRequest withdraws a record: who and why.
type VoidRequest struct {
	Change store.Change `json:"change"`
}

// Added says how many records a batch wrote (one recorded before is not
// written again).
type Added struct {
	Added int `json:"added"`
	// FormerClients are clients named by job starts who are no longer in
	// the caseload: worth a look, since a typo looks the same.
	FormerClients []string `json:"former_clients,omitempty"`
}

// Done answers a correction.
type Done struct {
	ID string `json:"id"`
	Op string `json:"op"`
}

// VersionList is every version of one record, oldest first.
type VersionList struct {
	Versions []store.Version `json:"versions"`
}

func filterOf(r *http.Request) (store.Filter, error) {
	q := r.URL.Query()
	f := store.Filter{EmployerID: q.Get("employer_id"), ClientID: q.Get("client_id"), Specialist: q.Get("specialist")}
	var err error
	if f.From, err = queryDate(r, "from"); err != nil {
		return f, err
	}
	if f.To, err = queryDate(r, "to"); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) recorder() (*match.Recorder, error) {
	if s.ws.Recorder == nil {
		return nil, fmt.Errorf("%w: the server's workspace was opened for reading", workspace.ErrReadOnly)
	}
	return s.ws.Recorder, nil
}

// changeBy fills a correction's author: a specialist corrects as
// themselves only.
func changeBy(p *who, ch *store.Change) error {
	if !p.specialist() {
		return nil
	}
	if ch.By == "" {
		ch.By = p.Specialist
	}
	if ch.By != p.Specialist {
		return fmt.Errorf("%w: a specialist token corrects records as %s", ErrForbidden, p.Specialist)
	}
	return nil
}

func samePathID(r *http.Request, id *string) error {
	want := r.PathValue("id")
	if *id == "" {
		*id = want
	}
	if *id != want {
		return badField("id", "the record's id %q is not the one in the path (%q)", *id, want)
	}
	return nil
}

// --- contacts

// checkContactWrite is what a specialist may record: contacts they made
// (or a client of theirs made alone), about no client or their own.
func (s *Server) checkContactWrite(p *who, c *employer.Contact) error {
	if !p.specialist() {
		return nil
	}
	if c.Specialist != p.Specialist && !(c.ByClient && c.Specialist == "") {
		return fmt.Errorf("%w: contact %q: a specialist token records contacts by %s only", ErrForbidden, c.ID, p.Specialist)
	}
	return s.checkClientOf(p, c.ClientID)
}

func (s *Server) checkClientOf(p *who, clientID string) error {
	if s.seesRecord(p, clientID) {
		return nil
	}
	return s.checkClient(p, clientID)
}

func (s *Server) listContacts(r *http.Request, p *who) (any, error) {
	f, err := filterOf(r)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, f.ClientID); err != nil {
		return nil, err
	}
	cs, err := s.ws.Store.Contacts(r.Context(), f)
	if err != nil {
		return nil, err
	}
	out := ContactList{Contacts: make([]employer.Contact, 0, len(cs))}
	for _, c := range cs {
		if s.seesRecord(p, c.ClientID) {
			out.Contacts = append(out.Contacts, c)
		}
	}
	note(r.Context(), "count", len(out.Contacts))
	return out, nil
}

func (s *Server) getContact(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "record", id)
	c, err := s.ws.Store.Contact(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, c.ClientID); err != nil {
		return nil, err
	}
	return c, nil
}

func (s *Server) versions(r *http.Request, p *who, kind store.Kind) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "record", id)
	vs, err := s.ws.Store.Versions(r.Context(), kind, id)
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		client := ""
		switch {
		case v.Contact != nil:
			client = v.Contact.ClientID
		case v.Placement != nil:
			client = v.Placement.ClientID
		}
		if err := s.checkClientOf(p, client); err != nil {
			return nil, err
		}
	}
	return VersionList{Versions: vs}, nil
}

func (s *Server) contactVersions(r *http.Request, p *who) (any, error) {
	return s.versions(r, p, store.KindContact)
}

func (s *Server) addContacts(r *http.Request, p *who) (any, error) {
	var b ContactBatch
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if len(b.Contacts) == 0 {
		return nil, badField("contacts", "give at least one contact")
	}
	for i := range b.Contacts {
		if err := s.checkContactWrite(p, &b.Contacts[i]); err != nil {
			return nil, err
		}
	}
	rec, err := s.recorder()
	if err != nil {
		return nil, err
	}
	n, err := rec.AddContacts(r.Context(), b.Contacts...)
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", len(b.Contacts), "added", n)
	return Added{Added: n}, nil
}

func (s *Server) amendContact(r *http.Request, p *who) (any, error) {
	var b ContactAmend
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if err := samePathID(r, &b.Contact.ID); err != nil {
		return nil, err
	}
	note(r.Context(), "record", b.Contact.ID)
	old, err := s.ws.Store.Contact(r.Context(), b.Contact.ID)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, old.ClientID); err != nil {
		return nil, err
	}
	if err := s.checkContactWrite(p, &b.Contact); err != nil {
		return nil, err
	}
	if err := changeBy(p, &b.Change); err != nil {
		return nil, err
	}
	rec, err := s.recorder()
	if err != nil {
		return nil, err
	}
	if err := rec.AmendContact(r.Context(), b.Contact, b.Change); err != nil {
		return nil, err
	}
	return Done{ID: b.Contact.ID, Op: string(store.OpAmend)}, nil
}

func (s *Server) void(r *http.Request, p *who, kind store.Kind, client func(id string) (string, error)) (any, error) {
	var b VoidRequest
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	note(r.Context(), "record", id)
	cl, err := client(id)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, cl); err != nil {
		return nil, err
	}
	if err := changeBy(p, &b.Change); err != nil {
		return nil, err
	}
	rec, err := s.recorder()
	if err != nil {
		return nil, err
	}
	if err := rec.Void(r.Context(), kind, id, b.Change); err != nil {
		return nil, err
	}
	return Done{ID: id, Op: string(store.OpVoid)}, nil
}

func (s *Server) voidContact(r *http.Request, p *who) (any, error) {
	return s.void(r, p, store.KindContact, func(id string) (string, error) {
		c, err := s.ws.Store.Contact(r.Context(), id)
		return c.ClientID, err
	})
}

// --- placements

func (s *Server) listPlacements(r *http.Request, p *who) (any, error) {
	f, err := filterOf(r)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, f.ClientID); err != nil {
		return nil, err
	}
	ps, err := s.ws.Store.Placements(r.Context(), f)
	if err != nil {
		return nil, err
	}
	out := PlacementList{Placements: make([]employer.Placement, 0, len(ps))}
	for _, pl := range ps {
		if s.seesRecord(p, pl.ClientID) {
			out.Placements = append(out.Placements, pl)
		}
	}
	note(r.Context(), "count", len(out.Placements))
	return out, nil
}

func (s *Server) getPlacement(r *http.Request, p *who) (any, error) {
	id := r.PathValue("id")
	note(r.Context(), "record", id)
	pl, err := s.ws.Store.Placement(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, pl.ClientID); err != nil {
		return nil, err
	}
	return pl, nil
}

func (s *Server) placementVersions(r *http.Request, p *who) (any, error) {
	return s.versions(r, p, store.KindPlacement)
}

func (s *Server) addPlacements(r *http.Request, p *who) (any, error) {
	var b PlacementBatch
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if len(b.Placements) == 0 {
		return nil, badField("placements", "give at least one placement")
	}
	for i, pl := range b.Placements {
		if err := s.checkClientOf(p, pl.ClientID); err != nil {
			return nil, err
		}
		// A job start from a vacancy is that kind of work unless it says
		// otherwise, as 'ipsmatch placement add' records it.
		if v, ok := s.ws.Index.Vacancy(pl.VacancyID); ok && pl.VacancyID != "" && pl.Occupation.IsZero() {
			b.Placements[i].Occupation = v.Occupation
		}
	}
	rec, err := s.recorder()
	if err != nil {
		return nil, err
	}
	n, err := rec.AddPlacements(r.Context(), b.Placements...)
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", len(b.Placements), "added", n)
	return Added{Added: n, FormerClients: rec.FormerClients(b.Placements...)}, nil
}

func (s *Server) amendPlacement(r *http.Request, p *who) (any, error) {
	var b PlacementAmend
	if err := decodeBody(r, &b); err != nil {
		return nil, err
	}
	if err := samePathID(r, &b.Placement.ID); err != nil {
		return nil, err
	}
	note(r.Context(), "record", b.Placement.ID)
	old, err := s.ws.Store.Placement(r.Context(), b.Placement.ID)
	if err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, old.ClientID); err != nil {
		return nil, err
	}
	if err := s.checkClientOf(p, b.Placement.ClientID); err != nil {
		return nil, err
	}
	if err := changeBy(p, &b.Change); err != nil {
		return nil, err
	}
	rec, err := s.recorder()
	if err != nil {
		return nil, err
	}
	if err := rec.AmendPlacement(r.Context(), b.Placement, b.Change); err != nil {
		return nil, err
	}
	return Done{ID: b.Placement.ID, Op: string(store.OpAmend)}, nil
}

func (s *Server) voidPlacement(r *http.Request, p *who) (any, error) {
	return s.void(r, p, store.KindPlacement, func(id string) (string, error) {
		pl, err := s.ws.Store.Placement(r.Context(), id)
		return pl.ClientID, err
	})
}
