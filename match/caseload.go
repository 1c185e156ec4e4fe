package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/preference"
)

// Caseload is the set of clients a team serves, by id: the one source of a
// client's disclosure choice for matching and recording. Ids are unique; a
// second profile under a used id is an error, never a silent override,
// since a later "full" must not replace an earlier "none". A Caseload is
// immutable and safe for concurrent use.
type Caseload struct {
	byID map[string]preference.Profile
	ids  []string
}

// NewCaseload validates every profile and returns them as a caseload. A
// duplicate id is an error wrapping ErrDuplicateClient; where names it
// (file names, for example) when given, in the profiles' order.
func NewCaseload(profiles []preference.Profile, where ...string) (*Caseload, error) {
	cl := &Caseload{byID: make(map[string]preference.Profile, len(profiles))}
	first := map[string]int{}
	for i, p := range profiles {
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", origin(where, i, p.ID), err)
		}
		if j, dup := first[p.ID]; dup {
			if i < len(where) {
				return nil, fmt.Errorf("%w: client %q is in %s and again in %s; keep one profile per client",
					ErrDuplicateClient, p.ID, where[j], where[i])
			}
			return nil, fmt.Errorf("%w: profiles %d and %d both have id %q; keep one profile per client",
				ErrDuplicateClient, j+1, i+1, p.ID)
		}
		first[p.ID] = i
		cl.byID[p.ID] = p
		cl.ids = append(cl.ids, p.ID)
	}
	slices.Sort(cl.ids)
	return cl, nil
}

func origin(where []string, i int, id string) string {
	if i < len(where) {
		return where[i]
	}
	return fmt.Sprintf("client %q", id)
}

// Client returns the client with the given id.
func (cl *Caseload) Client(id string) (preference.Profile, bool) {
	if cl == nil {
		return preference.Profile{}, false
	}
	p, ok := cl.byID[id]
	return p, ok
}

// Clients returns the clients sorted by id.
func (cl *Caseload) Clients() []preference.Profile {
	if cl == nil {
		return nil
	}
	out := make([]preference.Profile, len(cl.ids))
	for i, id := range cl.ids {
		out[i] = cl.byID[id]
	}
	return out
}

// IDs returns the client ids, sorted.
func (cl *Caseload) IDs() []string {
	if cl == nil {
		return nil
	}
	return slices.Clone(cl.ids)
}

// Len is the number of clients.
func (cl *Caseload) Len() int {
	if cl == nil {
		return 0
	}
	return len(cl.ids)
}

// unknown is the error for a client id not in the caseload, naming the
// known ones (the first ten of a long caseload).
func (cl *Caseload) unknown(id string) error {
	ids := cl.IDs()
	var known string
	switch {
	case len(ids) == 0:
		known = "the caseload is empty"
	case len(ids) > 10:
		known = fmt.Sprintf("known: %s and %d more", strings.Join(ids[:10], ", "), len(ids)-10)
	default:
		known = "known: " + strings.Join(ids, ", ")
	}
	return fmt.Errorf("%w: %q is not in the caseload (%s)", ErrUnknownClient, id, known)
}
