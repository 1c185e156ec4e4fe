package match

import (
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// speaker writes the sentences of one leads, plan, alerts, follow-along or
// benefits call in the language the caller asked for: English formatted
// with fmt exactly as it always was, or Italian, Spanish or Danish from
// the catalogue (internal/i18n), with that language's numbers and dates.
// Ids, names and what a client or a contact wrote stay as they are.
type speaker struct {
	lang language.Tag
	pr   *message.Printer   // nil for English
	tax  *taxonomy.Taxonomy // names kinds of work in the language; nil: as the data names them
}

func speakerFor(lang language.Tag) speaker { return speaker{lang: lang, pr: printerFor(lang)} }

// withTaxonomy lets the speaker name an occupation in its language.
func (s speaker) withTaxonomy(tax *taxonomy.Taxonomy) speaker {
	s.tax = tax
	return s
}

// work names the kind of work o in lower case: en (the data's own words)
// in English, else the taxonomy's label in the language where it has one.
func (s speaker) work(o employer.Occupation, en string) string {
	if s.pr == nil || s.tax == nil || o.Code == "" {
		return en
	}
	if t, ok := s.tax.Occupation(o.Code); ok {
		if ls := t.Labels[s.base()]; len(ls) > 0 {
			return strings.ToLower(ls[0])
		}
	}
	return en
}

func (s speaker) sprintf(format string, a ...any) string {
	if s.pr == nil {
		return fmt.Sprintf(format, a...)
	}
	return s.pr.Sprintf(format, a...)
}

// tr translates a plain phrase (one with no placeholder to fill).
func (s speaker) tr(en string) string {
	if s.pr == nil {
		return en
	}
	return i18n.Lookup(s.lang, en)
}

// count formats the one or the other message by n: the four languages
// all use the singular for exactly one.
func (s speaker) count(n int, one, other string, a ...any) string {
	return s.sprintf(plural1(n, one, other), a...)
}

// date writes a day as the language writes dates: ISO in English,
// 23/11/2026 in Italian and Spanish, 23.11.2026 in Danish.
func (s speaker) date(d employer.Date) string {
	if s.pr == nil {
		return d.String()
	}
	return i18n.Date(s.lang, d.String())
}

// base is the two-letter code of the language, for taxonomy labels.
func (s speaker) base() string { return i18n.Base(s.lang) }

// stage says a relationship stage in words: "ready to present candidates".
func (s speaker) stage(st employer.Stage) string { return s.tr(st.String()) }

// followUp says a pending follow-up with an employer, as of today, and
// whether it falls due within a week (or is overdue); "" when none.
func (s speaker) followUp(rl employer.Relationship) string {
	switch {
	case rl.FollowUpOverdue:
		return s.sprintf("follow-up overdue since %s", s.date(rl.FollowUpDue))
	case !rl.FollowUpDue.IsZero():
		return s.sprintf("follow-up due %s", s.date(rl.FollowUpDue))
	}
	return ""
}

// track says how job starts at an employer went, as
// employer.TrackRecord.Reason does in English (a test keeps the two the
// same); "" without starts.
func (s speaker) track(t employer.TrackRecord) string {
	switch {
	case t.Starts == 0:
		return ""
	case t.Starts == 1 && t.Working == 1:
		return s.sprintf("hired 1 client, still working there after %s", s.duration(t.MedianTenureDays))
	case t.Starts == 1:
		return s.sprintf("hired 1 client, who left after %s", s.duration(t.MedianTenureDays))
	case t.ShortestTenureDays >= sixMonthsDays && t.Starts == 2:
		return s.sprintf("hired %d clients from the programme; both stayed over 6 months", t.Starts)
	case t.ShortestTenureDays >= sixMonthsDays:
		return s.sprintf("hired %d clients from the programme; all %d stayed over 6 months", t.Starts, t.Starts)
	}
	parts := []string{s.sprintf("hired %d clients", t.Starts)}
	if t.Eligible90 > 0 {
		parts = append(parts, s.sprintf("%d of %d stayed 90 days", t.Retained90, t.Eligible90))
	}
	if t.Working > 0 {
		parts = append(parts, s.sprintf("%d still working there", t.Working))
	}
	return strings.Join(parts, "; ")
}

// sixMonthsDays is the tenure employer.TrackRecord.Reason calls "over 6
// months".
const sixMonthsDays = 183

// duration writes a number of days as people say it, rounded down to the
// unit: "5 days", "3 weeks", "4 months", "2 years".
func (s speaker) duration(days int) string {
	n, one, other := days, "1 day", "%d days"
	switch {
	case days >= 730:
		n, one, other = days/365, "1 year", "%d years"
	case days >= 61:
		n, one, other = days/30, "1 month", "%d months"
	case days >= 14:
		n, one, other = days/7, "1 week", "%d weeks"
	}
	if n == 1 {
		return s.tr(one)
	}
	return s.sprintf(other, n)
}

// rapid says where a client stands on rapid job search, as
// relView.rapidSearch does in English (a test keeps the two the same).
func (s speaker) rapid(r RapidSearch, enrolled employer.Date) string {
	switch {
	case !r.FirstFaceToFace.IsZero():
		return s.sprintf("day %d since enrolment; first face-to-face employer contact on %s (day %d)",
			r.DaysSinceEnrolment, s.date(r.FirstFaceToFace), r.FirstFaceToFace.DaysSince(enrolled))
	case r.PastDay30:
		return s.sprintf("RAPID SEARCH OVERDUE: day %d since enrolment and no face-to-face employer contact yet (IPS aims for one within 30 days)", r.DaysSinceEnrolment)
	}
	return s.sprintf("day %d since enrolment; no face-to-face employer contact yet (aim: by day 30)", r.DaysSinceEnrolment)
}

// actionText says what a client's disclosure choice allows, as
// Action.Text does in English.
func (s speaker) actionText(a Action) string { return s.tr(a.Text()) }

// trackRecord is what placements say of an employer as of the view's day.
func (v *relView) trackRecord(id string) employer.TrackRecord {
	if v.d == nil || id == "" {
		return employer.TrackRecord{}
	}
	if st := v.d.Employer(id, v.today); st != nil && st.HasTrackRecord {
		return st.TrackRecord
	}
	return employer.TrackRecord{}
}

// StageText says a relationship stage in lang's words, as
// employer.Stage.String does in English (zero lang).
func StageText(s employer.Stage, lang language.Tag) string { return speakerFor(lang).stage(s) }

// TrackRecordText says how job starts at an employer went in lang's
// words, as employer.TrackRecord.Reason does in English (zero lang).
func TrackRecordText(t employer.TrackRecord, lang language.Tag) string {
	return speakerFor(lang).track(t)
}
