package journal

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// AddContacts records contacts. All are checked first, and nothing is
// written if any is invalid, names a specialist who is not on the roster,
// or conflicts with a stored contact. Re-adding a contact equal to any
// stored version of it is a no-op (not counted). The batch is framed by a
// commit line and synced once: it is durable when AddContacts returns, and
// a crash before that leaves none of it. The journal does not check that
// the employer and client exist or that the client's disclosure choice
// allows the contact: match.Recorder does.
func (j *Journal) AddContacts(ctx context.Context, cs ...employer.Contact) (added int, err error) {
	es := make([]entry, 0, len(cs))
	for _, c := range cs {
		e, err := canonical(entry{Kind: store.KindContact, ID: c.ID, Op: store.OpAdd, Contact: &c})
		if err != nil {
			return 0, err
		}
		es = append(es, e)
	}
	return j.addAll(ctx, es)
}

// AddPlacements records job starts, with the same rules as AddContacts,
// except that an open job may be added again with an End (and EndReason)
// to record that it ended: that writes an "end" version. Changing an end
// already recorded is a conflict (use AmendPlacement).
func (j *Journal) AddPlacements(ctx context.Context, ps ...employer.Placement) (added int, err error) {
	es := make([]entry, 0, len(ps))
	for _, p := range ps {
		e, err := canonical(entry{Kind: store.KindPlacement, ID: p.ID, Op: store.OpAdd, Placement: &p})
		if err != nil {
			return 0, err
		}
		es = append(es, e)
	}
	return j.addAll(ctx, es)
}

// addAll writes new versions as one batch, each checked as an add.
func (j *Journal) addAll(ctx context.Context, es []entry) (int, error) {
	return j.write(ctx, func(t *tx) error {
		for _, e := range es {
			if err := t.add(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// AmendContact replaces the current version of contact c.ID by c, keeping
// the earlier versions; c is checked as a new contact is.
func (j *Journal) AmendContact(ctx context.Context, c employer.Contact, ch store.Change) error {
	return j.amend(ctx, entry{Kind: store.KindContact, ID: c.ID, Op: store.OpAmend, Contact: &c, Change: &ch})
}

// AmendPlacement replaces the current version of placement p.ID by p.
func (j *Journal) AmendPlacement(ctx context.Context, p employer.Placement, ch store.Change) error {
	return j.amend(ctx, entry{Kind: store.KindPlacement, ID: p.ID, Op: store.OpAmend, Placement: &p, Change: &ch})
}

func (j *Journal) amend(ctx context.Context, e entry) error {
	stampChange(e.Change)
	e, err := canonical(e)
	if err != nil {
		return err
	}
	_, err = j.write(ctx, func(t *tx) error { return t.amend(e) })
	return err
}

// Void withdraws a record: it no longer counts anywhere, and its versions
// can still be read.
func (j *Journal) Void(ctx context.Context, kind store.Kind, id string, ch store.Change) error {
	if kind != store.KindContact && kind != store.KindPlacement {
		return &employer.FieldError{Record: id, Field: "kind", Err: fmt.Errorf("%w: %q", employer.ErrUnknownValue, kind)}
	}
	stampChange(&ch)
	e, err := canonical(entry{Kind: kind, ID: id, Op: store.OpVoid, Change: &ch})
	if err != nil {
		return err
	}
	_, err = j.write(ctx, func(t *tx) error { return t.void(kind, id, *e.Change) })
	return err
}

// AddSpecialists puts specialists on the roster; one already there with
// the same name is a no-op, with another name a conflict.
func (j *Journal) AddSpecialists(ctx context.Context, ss ...store.Specialist) (added int, err error) {
	return j.write(ctx, func(t *tx) error {
		for _, s := range ss {
			if err := t.addSpecialist(s); err != nil {
				return err
			}
		}
		return nil
	})
}

// stampChange dates a correction made now.
func stampChange(ch *store.Change) {
	if ch.At.IsZero() {
		ch.At = time.Now().UTC()
	}
}

// canonical validates an entry's record and returns the entry as it reads
// back from the file, so that memory and a replayed file always agree.
func canonical(e entry) (entry, error) {
	var err error
	switch {
	case e.Contact != nil:
		err = e.Contact.Validate()
	case e.Placement != nil:
		err = e.Placement.Validate()
	}
	if err != nil {
		return e, err
	}
	var back entry
	b, err := json.Marshal(&e)
	if err == nil {
		err = json.Unmarshal(b, &back)
	}
	if err != nil {
		return e, &employer.FieldError{Record: e.ID, Err: fmt.Errorf("journal: encode %s: %w", e.Kind, err)}
	}
	return back, nil
}

// write checks a batch against the committed state, appends it with its
// commit line, syncs, and only then lets it count.
func (j *Journal) write(ctx context.Context, stage func(*tx) error) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	switch {
	case j.closed:
		return 0, ErrClosed
	case j.readOnly:
		return 0, fmt.Errorf("journal %s: %w", j.dir, store.ErrReadOnly)
	}
	t := newTx(j.st)
	if err := stage(t); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if len(t.entries) == 0 {
		return 0, nil
	}
	b, err := encodeBatch(t.entries) // in memory too: the state keeps the lines
	if err != nil {
		return 0, err
	}
	if j.file != nil {
		if err := j.append(b); err != nil {
			return 0, err
		}
	}
	if err := t.commitTo(j.st); err != nil {
		// Only reading back a version this journal wrote can fail here;
		// the batch is then on disk, and counts once the journal reopens.
		return 0, err
	}
	return len(t.entries), nil
}
