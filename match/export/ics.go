package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
	"golang.org/x/text/language"
)

// Event is one all-day entry of a calendar.
type Event struct {
	UID         string // stable: the same visit keeps its UID between exports
	Day         employer.Date
	Summary     string
	Description string
}

// Calendar writes events as an iCalendar file (RFC 5545): CRLF line ends,
// lines folded at 75 octets, text escaped, a UID and a DTSTAMP (stamp, in
// UTC) on every event. Events are all-day, so a phone shows them on the
// right day in any time zone.
func Calendar(w io.Writer, name string, stamp time.Time, events []Event) error {
	var b strings.Builder
	line := func(s string) { fold(&b, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//ipsmatch//export//EN")
	line("CALSCALE:GREGORIAN")
	line("X-WR-CALNAME:" + escape(name))
	ts := stamp.UTC().Format("20060102T150405Z")
	for _, e := range events {
		line("BEGIN:VEVENT")
		line("UID:" + escape(e.UID))
		line("DTSTAMP:" + ts)
		line("DTSTART;VALUE=DATE:" + e.Day.Time().Format("20060102"))
		line("DTEND;VALUE=DATE:" + e.Day.AddDays(1).Time().Format("20060102"))
		line("SUMMARY:" + escape(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION:" + escape(e.Description))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// escape escapes TEXT values (RFC 5545 3.3.11).
func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// fold writes one content line, folded so that no line exceeds 75 octets,
// never splitting a UTF-8 character; continuation lines start with a
// space (RFC 5545 3.1).
func fold(b *strings.Builder, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}

// PlanEvents places a week's proposed visits on its working days, in the
// plan's order, one or two a day from Monday. Clients who chose not to
// disclose are never named, as in the plan itself. lang is the language
// of the entries' own words (English when zero); the visits' reasons are
// the plan's, in the language it was made in (match.PlanOptions.Lang).
func PlanEvents(plan match.Plan, lang language.Tag) []Event {
	ws := wordsIn(lang)
	var out []Event
	for i, v := range plan.Visits {
		day := plan.Week.AddDays(i % 5)
		desc := strings.Join(v.Reasons, "\n")
		if len(v.PresentFor) > 0 {
			desc += "\n" + ws.sprintf("may present: %s", strings.Join(v.PresentFor, ", "))
		}
		out = append(out, Event{UID: fmt.Sprintf("visit-%s-%s-%s@ipsmatch", plan.Specialist, plan.Week, v.EmployerID), Day: day,
			Summary: ws.sprintf("Visit %s (%s)", v.Name, ws.purpose(v.Purpose)), Description: desc})
	}
	return out
}

// purpose names a visit's purpose: its code with spaces in English, as
// the calendar always wrote it, else the contact's name in the language.
func (w words) purpose(p employer.Purpose) string {
	if w.english() {
		return strings.ReplaceAll(string(p), "_", " ")
	}
	en := map[employer.Purpose]string{employer.PurposeLearn: "visit to learn the business", employer.PurposeThankYou: "thank-you",
		employer.PurposePresent: "candidate presentation", employer.PurposeFollowAlong: "follow-along contact"}[p]
	if en == "" {
		en = string(p)
	}
	return w.tr(en)
}

// FollowAlongEvents puts each follow-along on its due day, an overdue one
// on today. The employer is named only where the client's disclosure lets
// the specialist contact it. lang is as in PlanEvents; the texts are the
// report's (match.FollowAlongOptions.Lang).
func FollowAlongEvents(rep match.FollowAlongReport, lang language.Tag) []Event {
	ws := wordsIn(lang)
	var out []Event
	for _, f := range rep.Due {
		day := f.Due
		if f.Overdue {
			day = rep.Today
		}
		where := ws.tr("away from work")
		if f.AtWorkplace {
			where = ws.sprintf("employer %s", f.EmployerID)
		}
		out = append(out, Event{UID: fmt.Sprintf("follow-along-%s-%s@ipsmatch", f.PlacementID, f.Due), Day: day,
			Summary: ws.sprintf("Follow-along: %s (%s)", f.Client, where), Description: f.Text})
	}
	return out
}

// CalendarName names a specialist's week in lang (English when zero):
// "IPS week of 2026-11-23, anna.rossi".
func CalendarName(week employer.Date, specialist string, lang language.Tag) string {
	ws := wordsIn(lang)
	return ws.sprintf("IPS week of %s, %s", ws.date(week), specialist)
}
