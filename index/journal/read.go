package journal

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// view runs read under the read lock, after a reader has caught up.
func (j *Journal) view(ctx context.Context, read func(*state) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := j.catchUp(); err != nil {
		return err
	}
	j.mu.RLock()
	defer j.mu.RUnlock()
	if j.closed {
		return ErrClosed
	}
	return read(j.st)
}

// Contact returns the current version of a contact; ErrNotFound or
// ErrVoided otherwise.
func (j *Journal) Contact(ctx context.Context, id string) (employer.Contact, error) {
	var c employer.Contact
	err := j.view(ctx, func(s *state) error {
		v, err := s.live(store.KindContact, id)
		if err == nil {
			c = *v.Contact
		}
		return err
	})
	return c, err
}

// Placement returns the current version of a placement; ErrNotFound or
// ErrVoided otherwise.
func (j *Journal) Placement(ctx context.Context, id string) (employer.Placement, error) {
	var p employer.Placement
	err := j.view(ctx, func(s *state) error {
		v, err := s.live(store.KindPlacement, id)
		if err == nil {
			p = *v.Placement
		}
		return err
	})
	return p, err
}

// Contacts returns the current versions of the contacts f selects, voided
// ones left out, sorted by time, then id.
func (j *Journal) Contacts(ctx context.Context, f store.Filter) ([]employer.Contact, error) {
	var out []employer.Contact
	err := j.view(ctx, func(s *state) error {
		return s.eachLive(store.KindContact, f, func(v store.Version) {
			if f.MatchContact(v.Contact) {
				out = append(out, *v.Contact)
			}
		})
	})
	slices.SortFunc(out, func(a, b employer.Contact) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
	})
	return out, err
}

// Placements returns the current versions of the placements f selects,
// voided ones left out, sorted by start, then id.
func (j *Journal) Placements(ctx context.Context, f store.Filter) ([]employer.Placement, error) {
	var out []employer.Placement
	err := j.view(ctx, func(s *state) error {
		return s.eachLive(store.KindPlacement, f, func(v store.Version) {
			if f.MatchPlacement(v.Placement) {
				out = append(out, *v.Placement)
			}
		})
	})
	slices.SortFunc(out, func(a, b employer.Placement) int {
		return cmp.Or(a.Start.Time().Compare(b.Start.Time()), strings.Compare(a.ID, b.ID))
	})
	return out, err
}

// Versions returns every version of one record, oldest first.
func (j *Journal) Versions(ctx context.Context, kind store.Kind, id string) ([]store.Version, error) {
	var out []store.Version
	err := j.view(ctx, func(s *state) error {
		if kind != store.KindContact && kind != store.KindPlacement {
			return &employer.FieldError{Record: id, Field: "kind", Err: fmt.Errorf("%w: %q", employer.ErrUnknownValue, kind)}
		}
		vs, err := s.history(kind, id)
		if err == nil && len(vs) == 0 {
			err = &employer.FieldError{Record: id, Field: "id", Err: fmt.Errorf("%w: no %s %q", store.ErrNotFound, kind, id)}
		}
		out = vs
		return err
	})
	return out, err
}

// Specialists returns the roster, sorted by id.
func (j *Journal) Specialists(ctx context.Context) ([]store.Specialist, error) {
	var out []store.Specialist
	err := j.view(ctx, func(s *state) error {
		out = slices.SortedFunc(maps.Values(s.roster), func(a, b store.Specialist) int { return strings.Compare(a.ID, b.ID) })
		return nil
	})
	return out, err
}

// Derived returns the derived state, up to date with every committed
// batch, including, for a reader, those the writer committed since. A
// reader that reloads after a migration starts a new one, so ask for it
// again rather than keeping it.
func (j *Journal) Derived(ctx context.Context) (*store.Derived, error) {
	var d *store.Derived
	err := j.view(ctx, func(s *state) error {
		d = s.derived
		return nil
	})
	return d, err
}
