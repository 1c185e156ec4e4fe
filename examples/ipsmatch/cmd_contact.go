package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "contact add", usage: "contact add --employer ID --specialist NAME --type face_to_face|phone|email " +
		"--purpose introduction|learn_business|thank_you|present_candidate|interview|follow_along [--client ID] [--by-client] " +
		"[--at RFC3339 | --date YYYY-MM-DD [--time HH:MM]] [--person NAME] [--learned TEXT] [--outcome TEXT] " +
		"[--follow-up TEXT] [--follow-up-date YYYY-MM-DD] [--id ID] [--index DIR] [--today YYYY-MM-DD] [--json]", run: runContactAdd})
}

// defaultContactTime is the time of day given to a contact dated by day
// alone, so that the same command line always makes the same contact (and
// the same id), and recording it twice is a no-op.
const defaultContactTime = "12:00"

// recordNote is the answer of contact add and placement add.
type recordNote struct {
	// Status is "recorded", "already_recorded" (the same record was stored
	// before: nothing changed) or "checked" (valid and allowed, but the
	// source is read-only: the demo town or a data folder).
	Status string `json:"status"`
	Stored bool   `json:"stored"`
	Note   string `json:"note,omitempty"`
}

// runContactAdd records one employer contact in the index's journal, after
// the checks every embedder goes through: the employer and client exist,
// the day has come, and the client's disclosure choice allows it.
func runContactAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "contact add")
	src := source{write: true}
	src.register(fs)
	var c employer.Contact
	var typ, purpose, at, date, clock, followDate string
	fs.StringVar(&c.EmployerID, "employer", "", "employer id (see 'ipsmatch leads' or employers.jsonl)")
	fs.StringVar(&c.Specialist, "specialist", "", "the employment specialist who made the contact")
	fs.StringVar(&typ, "type", "", "face_to_face, phone or email")
	fs.StringVar(&purpose, "purpose", "", "introduction, learn_business, thank_you, present_candidate, interview or follow_along")
	fs.StringVar(&c.ClientID, "client", "", "the client the contact was about, when it was on behalf of one client")
	fs.BoolVar(&c.ByClient, "by-client", false, "the client made the contact themselves (for example walking in with a CV)")
	fs.StringVar(&at, "at", "", "when, RFC 3339 (2026-11-20T10:30:00+01:00)")
	fs.StringVar(&date, "date", "", "the day, YYYY-MM-DD (default: today)")
	fs.StringVar(&clock, "time", "", "time of day with --date, HH:MM (default "+defaultContactTime+")")
	fs.StringVar(&c.Person, "person", "", "who was met at the employer")
	fs.StringVar(&c.Learned, "learned", "", "what was learned: needs, hiring plans, roles hard to fill")
	fs.StringVar(&c.Outcome, "outcome", "", "the outcome")
	fs.StringVar(&c.FollowUp, "follow-up", "", "the follow-up action agreed")
	fs.StringVar(&followDate, "follow-up-date", "", "when the follow-up is due, YYYY-MM-DD")
	fs.StringVar(&c.ID, "id", "", "contact id (default: derived from employer, specialist, time, type, purpose and client, so the same contact keeps its id)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	c.Type, c.Purpose = employer.ContactType(typ), employer.Purpose(purpose)
	switch {
	case c.EmployerID == "":
		return usageErr("--employer is required")
	case c.Specialist == "" && !c.ByClient:
		return usageErr("--specialist is required (unless the client made the contact: --by-client)")
	case typ == "":
		return usageErr("--type is required: face_to_face, phone or email")
	case purpose == "":
		return usageErr("--purpose is required: introduction, learn_business, thank_you, present_candidate, interview or follow_along")
	case c.ByClient && c.ClientID == "":
		return usageErr("--by-client needs --client")
	}
	if followDate != "" {
		d, err := civil.Parse(followDate)
		if err != nil {
			return usageErr("--follow-up-date: %v", err)
		}
		c.FollowUpDate = d
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	if c.At, err = contactTime(at, date, clock, w.today); err != nil {
		return err
	}
	if c.ID == "" {
		c.ID = stableID("ct-", c.EmployerID, c.Specialist, c.At.Format(time.RFC3339), string(c.Type), string(c.Purpose), c.ClientID)
	}
	_, prevErr := w.Store.Contact(ctx, c.ID)
	if _, err := w.Recorder.AddContacts(ctx, c); err != nil {
		return refusal(e, w, c, err)
	}
	note := noteFor(&src, prevErr == nil)
	if *asJSON {
		return writeJSON(e.stdout, struct {
			recordNote
			Contact      employer.Contact      `json:"contact"`
			Relationship employer.Relationship `json:"relationship"`
		}{note, c, relationshipWith(ctx, w, c.EmployerID)})
	}
	emp, _ := w.Index.Employer(c.EmployerID)
	line := e.sprintf("%s contact %s: %s at %s (%s) by %s on %s", e.tr(statusWords(note)), c.ID,
		contactWords(e, c.Type, c.Purpose), emp.Name, c.EmployerID, contactWho(e, c), e.date(c.Day()))
	if c.ClientID != "" && !c.ByClient {
		line += e.sprintf(", for client %s", c.ClientID)
	}
	fmt.Fprintln(e.stdout, line)
	rel := relationshipWith(ctx, w, c.EmployerID)
	line = e.sprintf("relationship with %s: %s", emp.Name, match.StageText(rel.Stage, e.lang))
	if !rel.FollowUpDue.IsZero() {
		line += e.sprintf("; follow-up due %s", e.date(rel.FollowUpDue))
	}
	fmt.Fprintln(e.stdout, line)
	if note.Note != "" {
		fmt.Fprintln(e.stdout, noteText(e, &src, note))
	}
	return nil
}

// contactTime reads --at, or --date and --time in the local time zone;
// neither means today at the default time.
func contactTime(at, date, clock string, today employer.Date) (time.Time, error) {
	if at != "" {
		if date != "" || clock != "" {
			return time.Time{}, usageErr("give --at, or --date with --time, not both")
		}
		t, err := time.Parse(time.RFC3339, at)
		if err != nil {
			return time.Time{}, usageErr("--at: want RFC 3339, for example 2026-11-20T10:30:00+01:00: %v", err)
		}
		return t, nil
	}
	day := today
	if date != "" {
		d, err := civil.Parse(date)
		if err != nil {
			return time.Time{}, usageErr("--date: %v", err)
		}
		day = d
	}
	if clock == "" {
		clock = defaultContactTime
	}
	hm, err := time.Parse("15:04", clock)
	if err != nil {
		return time.Time{}, usageErr("--time: want HH:MM, got %q", clock)
	}
	dt := day.Time()
	return time.Date(dt.Year(), dt.Month(), dt.Day(), hm.Hour(), hm.Minute(), 0, 0, time.Local), nil
}

// stableID derives a record id from the fields that make a record what it
// is, so the same command line gives the same id.
func stableID(prefix string, parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return prefix + hex.EncodeToString(sum[:])[:10]
}

// contactWords says what kind of contact it was: "face-to-face
// introduction"; in the other languages the purpose comes first and the
// way second: "presentazione (di persona)".
func contactWords(e *env, t employer.ContactType, p employer.Purpose) string {
	typ := strings.ReplaceAll(string(t), "_", "-")
	if e.english() {
		return typ + " " + contactNoun(p)
	}
	way := map[employer.ContactType]string{employer.FaceToFace: "in person", employer.Phone: "by phone", employer.Email: "by email"}[t]
	if way == "" {
		return e.tr(contactNoun(p)) + " (" + typ + ")"
	}
	return e.tr(contactNoun(p)) + " (" + e.tr(way) + ")"
}

// contactNoun names a contact by its purpose: "face-to-face" + "introduction".
func contactNoun(p employer.Purpose) string {
	switch p {
	case employer.PurposeLearn:
		return "visit to learn the business"
	case employer.PurposeThankYou:
		return "thank-you"
	case employer.PurposePresent:
		return "candidate presentation"
	case employer.PurposeFollowAlong:
		return "follow-along contact"
	}
	return string(p)
}

// refusal turns a recording error into the one line the specialist reads:
// a disclosure refusal says "refused:" and why, in the library's words
// (match.DisclosureRefusal says them in the command's language).
func refusal(e *env, w *world, c employer.Contact, err error) error {
	if errors.Is(err, store.ErrConflict) {
		return textErr("%v; a recorded contact is changed with 'ipsmatch contact amend', or give another --id to record a different contact", err)
	}
	if !errors.Is(err, match.ErrDisclosureForbids) {
		return err
	}
	var fe *employer.FieldError
	text := err.Error()
	if errors.As(err, &fe) && fe.Err != nil {
		text = fe.Err.Error()
	}
	text = strings.TrimPrefix(text, "ipsmatch: ")
	if p, ok := w.Client(c.ClientID); ok && !e.english() {
		if why := match.DisclosureRefusal(e.lang, c.ClientID, p.Disclosure, c.Purpose, c.ByClient); why != "" {
			text = why
		}
	}
	return textErr("refused: %s", text)
}

// noteFor says what became of a record that passed every check: only an
// index's journal is on disk; the demo town and a data folder are read
// into memory. already is true when the same record was stored before, so
// recording it again changed nothing.
func noteFor(src *source, already bool) recordNote {
	switch {
	case src.data != "":
		return recordNote{Status: "checked", Note: "data folder " + src.data + ": checked, not stored (a data folder is read-only here); " +
			"build an index with 'ipsmatch index --data " + src.data + " --index DIR' and use --index DIR to record"}
	case src.index == "":
		return recordNote{Status: "checked", Note: "demo town: checked, not stored (the demo is read-only); use --index DIR to record"}
	case already:
		return recordNote{Status: "already_recorded", Stored: true, Note: "already recorded: nothing changed"}
	}
	return recordNote{Status: "recorded", Stored: true}
}

// noteText is a record's note in the command's language.
func noteText(e *env, src *source, n recordNote) string {
	switch {
	case n.Status == "checked" && src.data != "":
		return e.sprintf("data folder %s: checked, not stored (a data folder is read-only here); build an index with 'ipsmatch index --data %s --index DIR' and use --index DIR to record", src.data, src.data)
	case n.Status == "checked":
		return e.tr("demo town: checked, not stored (the demo is read-only); use --index DIR to record")
	case n.Status == "already_recorded":
		return e.tr("already recorded: nothing changed")
	}
	return n.Note
}

func statusWords(n recordNote) string {
	switch n.Status {
	case "checked":
		return "checked"
	case "already_recorded":
		return "already recorded"
	}
	return "recorded"
}

// relationshipWith reads the employer's relationship as of today from the
// store's derived state, the record just added included.
func relationshipWith(ctx context.Context, w *world, empID string) employer.Relationship {
	d, err := w.Store.Derived(ctx)
	if err != nil {
		return employer.Relationship{EmployerID: empID}
	}
	r, ok := d.Relationship(empID, w.today)
	if !ok {
		return employer.Relationship{EmployerID: empID}
	}
	return r
}
