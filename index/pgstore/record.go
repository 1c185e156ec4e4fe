package pgstore

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// recPtr is what the store needs of a record type: contacts and placements.
type recPtr[T any] interface {
	*T
	Validate() error
	RecordID() string
}

// kindOf names the kind of a record type.
func kindOf[T any]() store.Kind {
	var zero T
	if _, ok := any(zero).(employer.Contact); ok {
		return store.KindContact
	}
	return store.KindPlacement
}

// columns are the parts of a record that reads filter and sort on; the
// record itself is stored whole as JSON beside them.
type columns struct {
	employerID, clientID, specialist string
	day                              employer.Date // a contact's day, a placement's start
	at                               *time.Time    // a contact's time; nil for a placement
}

func columnsOf(rec any) columns {
	switch r := rec.(type) {
	case *employer.Contact:
		at := r.At
		return columns{r.EmployerID, r.ClientID, r.Specialist, r.Day(), &at}
	case *employer.Placement:
		return columns{employerID: r.EmployerID, clientID: r.ClientID, day: r.Start}
	}
	return columns{}
}

// canonical validates rec and returns it as it reads back from the store,
// with its encoding: two records are the same when their encodings are.
func canonical[T any, PT recPtr[T]](rec T) (T, []byte, error) {
	var back T
	if err := PT(&rec).Validate(); err != nil {
		return back, nil, fmt.Errorf("pgstore: %s: %w", kindOf[T](), err)
	}
	b, err := json.Marshal(rec)
	if err == nil {
		err = json.Unmarshal(b, &back)
	}
	if err == nil {
		b, err = json.Marshal(back)
	}
	if err != nil {
		return back, nil, fmt.Errorf("pgstore: %s %q: encode: %w", kindOf[T](), PT(&rec).RecordID(), err)
	}
	return back, b, nil
}

// decode reads a stored record back strictly; where names the row for the
// ErrCorrupt it returns otherwise.
func decode[T any, PT recPtr[T]](raw []byte, where string) (T, []byte, error) {
	var rec T
	if err := employer.DecodeJSON(raw, &rec); err != nil {
		return rec, nil, fmt.Errorf("pgstore: %s: %w: %w", where, store.ErrCorrupt, err)
	}
	if err := PT(&rec).Validate(); err != nil {
		return rec, nil, fmt.Errorf("pgstore: %s: %w: %w", where, store.ErrCorrupt, err)
	}
	enc, err := json.Marshal(rec)
	if err != nil {
		return rec, nil, fmt.Errorf("pgstore: %s: %w: %w", where, store.ErrCorrupt, err)
	}
	return rec, enc, nil
}
