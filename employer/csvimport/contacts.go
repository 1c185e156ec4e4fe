package csvimport

import (
	"io"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
)

// ReadContacts reads a contacts file (columns in FORMAT.md); file names it in
// errors. A contact dated after opt.Today is an error. It returns every
// contact, validated, or the first problem as a *employer.FieldError and no
// contacts.
func ReadContacts(r io.Reader, file string, opt Options) ([]employer.Contact, error) {
	return read(r, file, opt, contactKind())
}

// EachContact reads the same file one row at a time, calling fn with each
// contact once it is built and validated; memory holds one row and
// the ids, whatever the file's size. It stops at the first bad row or
// error from fn.
func EachContact(r io.Reader, file string, opt Options, fn func(employer.Contact) error) error {
	return each(r, file, opt, contactKind(), fn)
}

func contactKind() kind[employer.Contact] {
	return kind[employer.Contact]{
		columns:  contactColumns,
		build:    buildContact,
		validate: (*employer.Contact).Validate,
		id:       func(c *employer.Contact) string { return c.ID },
		column:   map[string]string{"at": "date"},
	}
}

func buildContact(b *builder) employer.Contact {
	c := employer.Contact{
		ID:           b.text("id"),
		EmployerID:   b.text("employer_id"),
		Specialist:   b.text("specialist"),
		Type:         employer.ContactType(b.enum("type")),
		Purpose:      employer.Purpose(b.enum("purpose")),
		Person:       b.text("person"),
		Learned:      b.text("learned"),
		Outcome:      b.text("outcome"),
		FollowUp:     b.text("follow_up"),
		FollowUpDate: b.date("follow_up_date"),
		ClientID:     b.text("client_id"),
		ByClient:     b.boolean("by_client"),
	}
	col := "date"
	switch at, day := b.text("at"), b.text("date"); {
	case at != "" && day != "":
		b.fail("at", employer.ErrMalformed, "give either at or date and time, not both")
	case at != "":
		col = "at"
		t, err := time.Parse(time.RFC3339, at)
		if err != nil {
			b.fail("at", employer.ErrMalformed, "%q is not an RFC 3339 time such as 2025-03-01T10:00:00+01:00", at)
		}
		c.At = t
	case day != "":
		d := b.date("date")
		_, h, m := b.clock("time")
		loc := b.opt.Location
		if loc == nil {
			loc = time.UTC
		}
		if !d.IsZero() {
			c.At = time.Date(d.Time().Year(), d.Time().Month(), d.Time().Day(), h, m, 0, 0, loc)
		}
	default:
		b.fail("date", employer.ErrRequired, "give the date (and time) or at")
	}
	if !b.opt.Today.IsZero() && !c.At.IsZero() && c.Day().After(b.opt.Today) {
		b.fail(col, employer.ErrOutOfRange, "the contact on %s is after today, %s", c.Day(), b.opt.Today)
	}
	return c
}
