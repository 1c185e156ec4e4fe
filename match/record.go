package match

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/samber/lo"
)

// The journal stores whatever it is given; the checks that need other
// records (the employer and the client exist, the date has come, the
// client's disclosure choice allows the contact) live here, so that every
// embedder records through the same gate. A contact the client's choice
// does not allow is an error, never a warning: once an employer has heard
// about a client, it cannot be taken back.

// RecordContact validates c and stores it in j unless the client's
// disclosure forbids it. The employer must be in ix; a named client must be
// one of clients; the contact's day must not be after today (zero today
// means the current date). Errors are *employer.FieldError values naming
// the field and wrapping ErrUnknownEmployer, ErrFutureDate,
// ErrUnknownClient or ErrDisclosureForbids; nothing is stored on any error.
// Recording the same contact again is a no-op.
func RecordContact(ctx context.Context, j *journal.Journal, ix *index.Index, clients []preference.Profile, c employer.Contact, today employer.Date) error {
	if err := checkStores(j, ix); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if err := knownEmployer(ix, c.ID, c.EmployerID); err != nil {
		return err
	}
	if day, t := c.Day(), orToday(today); day.After(t) {
		return &employer.FieldError{Record: c.ID, Field: "at",
			Err: fmt.Errorf("%w: %s is after today (%s)", ErrFutureDate, day, t)}
	}
	if c.ClientID != "" {
		p, err := knownClient(clients, c.ID, c.ClientID)
		if err != nil {
			return err
		}
		if err := contactAllowed(fmt.Sprintf("client %q", p.ID), p.Disclosure, c.Purpose, c.ByClient); err != nil {
			return &employer.FieldError{Record: c.ID, Field: "client_id", Err: err}
		}
	}
	_, err := j.AddContacts(ctx, c)
	return err
}

// RecordPlacement validates a job start (or its end) and stores it in j.
// The employer must be in ix, the client one of clients, and the start not
// after today (zero today means the current date). A placement is not an
// employer contact, so the disclosure choice does not gate it. Errors are
// as for RecordContact; nothing is stored on any error.
func RecordPlacement(ctx context.Context, j *journal.Journal, ix *index.Index, clients []preference.Profile, p employer.Placement, today employer.Date) error {
	if err := checkStores(j, ix); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	if err := knownEmployer(ix, p.ID, p.EmployerID); err != nil {
		return err
	}
	if _, err := knownClient(clients, p.ID, p.ClientID); err != nil {
		return err
	}
	if t := orToday(today); p.Start.After(t) {
		return &employer.FieldError{Record: p.ID, Field: "start",
			Err: fmt.Errorf("%w: %s is after today (%s)", ErrFutureDate, p.Start, t)}
	}
	_, err := j.AddPlacements(ctx, p)
	return err
}

// ContactAllowed reports whether a client's disclosure choice allows an
// employer contact with purpose about the client. It returns nil or an
// error wrapping ErrDisclosureForbids with a sentence a specialist can act
// on. A contact the client made themselves (byClient) is always allowed.
// On the client's behalf, a specialist may make any contact with full
// disclosure; with program_only only an introduction or presenting the
// client as a candidate, which is all the choice agrees to; with none (or
// an unknown choice) no contact at all.
func ContactAllowed(d preference.Disclosure, purpose employer.Purpose, byClient bool) error {
	return contactAllowed("the client", d, purpose, byClient)
}

// programOnlyPurposes are what "introduce me as coming from an employment
// programme" covers. Arranging or accompanying an interview and support on
// the job say more about the client than that, so they need full disclosure.
var programOnlyPurposes = []employer.Purpose{employer.PurposeIntroduction, employer.PurposePresent}

// contactAllowed is ContactAllowed naming the client as who.
func contactAllowed(who string, d preference.Disclosure, purpose employer.Purpose, byClient bool) error {
	if byClient || d == preference.DiscloseFull {
		return nil
	}
	what := purposeWords(purpose)
	switch d {
	case preference.DiscloseProgramOnly:
		if slices.Contains(programOnlyPurposes, purpose) {
			return nil
		}
		return fmt.Errorf("%w: %s chose to disclose only that they come from an employment programme: "+
			"on their behalf the specialist may introduce them or present them as a candidate, nothing more "+
			"(this contact: %s, %s); %s, or ask the client whether they want to change their disclosure choice",
			ErrDisclosureForbids, who, what, purpose, programmeAlternative(purpose))
	}
	return fmt.Errorf("%w: %s chose not to disclose: the specialist may not contact employers on their behalf "+
		"(this contact: %s, %s); the client can apply on their own, helped behind the scenes (record that contact with by_client)",
		ErrDisclosureForbids, who, what, purpose)
}

// programmeAlternative says how a refused contact could still be recorded.
func programmeAlternative(p employer.Purpose) string {
	if p.ClientSpecific() {
		return "the client can take this step on their own (record it with by_client)"
	}
	return "a visit for the programme as a whole can be recorded without client_id"
}

// purposeWords says a contact purpose as a specialist would.
func purposeWords(p employer.Purpose) string {
	switch p {
	case employer.PurposeIntroduction:
		return "an introduction"
	case employer.PurposeLearn:
		return "a visit to learn the business"
	case employer.PurposeThankYou:
		return "a thank-you"
	case employer.PurposePresent:
		return "presenting them as a candidate"
	case employer.PurposeInterview:
		return "an interview"
	case employer.PurposeFollowAlong:
		return "follow-along support at work"
	}
	return "a contact"
}

func checkStores(j *journal.Journal, ix *index.Index) error {
	if j == nil || ix == nil {
		return fmt.Errorf("%w: recording needs a journal and an index", ErrInvalidOptions)
	}
	return nil
}

func knownEmployer(ix *index.Index, record, id string) error {
	if _, ok := ix.Employer(id); ok {
		return nil
	}
	return &employer.FieldError{Record: record, Field: "employer_id",
		Err: fmt.Errorf("%w: %q is not in the index; add the employer first", ErrUnknownEmployer, id)}
}

func knownClient(clients []preference.Profile, record, id string) (preference.Profile, error) {
	if p, ok := lo.Find(clients, func(p preference.Profile) bool { return p.ID == id }); ok {
		return p, nil
	}
	known := lo.Map(clients, func(p preference.Profile, _ int) string { return p.ID })
	slices.Sort(known)
	return preference.Profile{}, &employer.FieldError{Record: record, Field: "client_id",
		Err: fmt.Errorf("%w: %q is not in the caseload (%s)", ErrUnknownClient, id, listOrNone(known))}
}

// listOrNone names the known clients, the first ten of a long caseload.
func listOrNone(ids []string) string {
	switch {
	case len(ids) == 0:
		return "no clients given"
	case len(ids) > 10:
		return fmt.Sprintf("known: %s and %d more", strings.Join(ids[:10], ", "), len(ids)-10)
	}
	return "known: " + strings.Join(ids, ", ")
}

func orToday(d employer.Date) employer.Date {
	if d.IsZero() {
		return civil.Of(time.Now())
	}
	return d
}
