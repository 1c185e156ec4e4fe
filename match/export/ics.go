package export

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
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
// disclose are never named, as in the plan itself.
func PlanEvents(plan match.Plan) []Event {
	var out []Event
	for i, v := range plan.Visits {
		day := plan.Week.AddDays(i % 5)
		desc := strings.Join(v.Reasons, "\n")
		if len(v.PresentFor) > 0 {
			desc += "\nmay present: " + strings.Join(v.PresentFor, ", ")
		}
		out = append(out, Event{UID: fmt.Sprintf("visit-%s-%s-%s@ipsmatch", plan.Specialist, plan.Week, v.EmployerID), Day: day,
			Summary: fmt.Sprintf("Visit %s (%s)", v.Name, strings.ReplaceAll(string(v.Purpose), "_", " ")), Description: desc})
	}
	return out
}

// FollowAlongEvents puts each follow-along on its due day, an overdue one
// on today. The employer is named only where the client's disclosure lets
// the specialist contact it.
func FollowAlongEvents(rep match.FollowAlongReport) []Event {
	var out []Event
	for _, f := range rep.Due {
		day := f.Due
		if f.Overdue {
			day = rep.Today
		}
		where := "away from work"
		if f.AtWorkplace {
			where = "employer " + f.EmployerID
		}
		out = append(out, Event{UID: fmt.Sprintf("follow-along-%s-%s@ipsmatch", f.PlacementID, f.Due), Day: day,
			Summary: fmt.Sprintf("Follow-along: %s (%s)", f.Client, where), Description: f.Text})
	}
	return out
}
