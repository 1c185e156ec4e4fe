package journal

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// replay applies the committed batches in data to s. data starts after
// line number line of the file. It returns how many bytes and lines the
// committed batches take; what follows is a batch a crash cut (whole lines
// or not), which is ignored, not decoded.
func replay(s *state, path string, data []byte, line int) (used, lines int, err error) {
	type pending struct {
		raw  []byte
		line int
	}
	var batch []pending
	start, pos, n := 0, 0, line
	for pos < len(data) {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			break
		}
		raw, next := data[pos:pos+i], pos+i+1
		n++
		if !bytes.HasPrefix(raw, commitPrefix) {
			batch = append(batch, pending{raw, n})
			pos = next
			continue
		}
		c, err := decodeCommit(raw)
		if err != nil {
			return used, lines, corrupt(path, n, err)
		}
		if c.Commit != len(batch) {
			return used, lines, corrupt(path, n, fmt.Errorf("commit of %d lines does not match the %d lines before it", c.Commit, len(batch)))
		}
		if c.CRC32C != crc32.Checksum(data[start:pos], castagnoli) {
			return used, lines, corrupt(path, n, fmt.Errorf("checksum does not match the %d lines before it: they were changed after they were written", len(batch)))
		}
		t := newTx(s)
		for _, p := range batch {
			before := len(t.entries)
			e, err := decodeEntry(p.raw)
			if err == nil {
				err = t.replay(e)
			}
			if err != nil {
				return used, lines, corrupt(path, p.line, err)
			}
			t.entries[before].raw = p.raw
		}
		if err := t.commitTo(s); err != nil {
			return used, lines, corrupt(path, n, err)
		}
		batch = batch[:0]
		pos, start, used, lines = next, next, next, n-line
	}
	return used, lines, nil
}

// replayLegacy applies a version 1 file, where every whole line is its own
// committed write; a torn last line is ignored. The specialists its contacts
// name go on the roster, which version 1 did not have. It returns the
// entries applied, for migration, and how many bytes and lines they take;
// data starts after line number line of the file.
func replayLegacy(s *state, path string, data []byte, line int) (es []entry, used, lines int, err error) {
	for pos := 0; pos < len(data); {
		i := bytes.IndexByte(data[pos:], '\n')
		if i < 0 {
			break
		}
		raw := bytes.TrimSpace(data[pos : pos+i])
		pos += i + 1
		lines++
		if len(raw) > 0 {
			t := newTx(s)
			e, err := decodeLegacy(raw)
			if err == nil {
				err = t.legacy(e)
			}
			if err == nil {
				err = t.commitTo(s)
			}
			if err != nil {
				return es, used, lines, corrupt(path, line+lines, err)
			}
			es = append(es, t.entries...)
		}
		used = pos
	}
	return es, used, lines, nil
}

// replay checks one committed entry with the rules its write followed.
func (t *tx) replay(e entry) error {
	before := len(t.entries)
	var err error
	switch {
	case e.Kind == kindSpecialist:
		err = t.addSpecialist(*e.Specialist)
	case e.Op == store.OpAdd || e.Op == store.OpEnd:
		if err = validate(&e); err == nil {
			err = t.add(e)
		}
		if err == nil && len(t.entries) > before && t.entries[before].Op != e.Op {
			err = fmt.Errorf("op %q where the record says %q", e.Op, t.entries[before].Op)
		}
	case e.Op == store.OpAmend:
		if err = validate(&e); err == nil {
			err = t.amend(e)
		}
	default:
		err = t.void(e.Kind, e.ID, *e.Change)
	}
	if err == nil && len(t.entries) == before {
		err = errors.New("repeats a stored version")
	}
	return err
}

// legacy applies a version 1 line: a record added, or an open job ended.
func (t *tx) legacy(e entry) error {
	if err := validate(&e); err != nil {
		return err
	}
	if name := contactSpecialist(&e); name != "" {
		if err := t.addSpecialist(store.Specialist{ID: name}); err != nil {
			return err
		}
	}
	return t.add(e)
}

// validate checks the record an entry carries, and that it carries its id.
func validate(e *entry) error {
	var err error
	var id string
	switch {
	case e.Contact != nil:
		err, id = e.Contact.Validate(), e.Contact.ID
	case e.Placement != nil:
		err, id = e.Placement.Validate(), e.Placement.ID
	}
	if err == nil && e.ID != id {
		err = &employer.FieldError{Record: e.ID, Field: "id", Err: fmt.Errorf("%w: the line is for %q, the record %q", employer.ErrMalformed, e.ID, id)}
	}
	return err
}

// corrupt locates err at a line of the file and marks it ErrCorrupt,
// keeping the record and field a *employer.FieldError names.
func corrupt(path string, line int, err error) error {
	var fe *employer.FieldError
	if errors.As(err, &fe) {
		c := *fe
		c.File, c.Line, c.Err = path, line, fmt.Errorf("%w: %w", ErrCorrupt, fe.Err)
		return &c
	}
	return &employer.FieldError{File: path, Line: line, Err: fmt.Errorf("%w: %w", ErrCorrupt, err)}
}
