package match

// The sentences of leads, plans, alerts, follow-along and the benefits
// what-if, in the language of the call: speech (lang.go) with what they
// add to the match reasons' words.

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/taxonomy"
	"golang.org/x/text/language"
)

// withTaxonomy lets the speech name an occupation in its language.
func (s speech) withTaxonomy(tax *taxonomy.Taxonomy) speech {
	s.tax = tax
	return s
}

// work names the kind of work o in lower case: en (the data's own words)
// in English, else the taxonomy's label in the language where it has one.
func (s speech) work(o employer.Occupation, en string) string {
	if s.pr == nil || s.tax == nil || o.Code == "" {
		return en
	}
	if t, ok := s.tax.Occupation(o.Code); ok {
		if ls := t.Labels[s.labelLang()]; len(ls) > 0 {
			return strings.ToLower(ls[0])
		}
	}
	return en
}

// count formats the one or the other message by n: the four languages
// all use the singular for exactly one.
func (s speech) count(n int, one, other string, a ...any) string {
	return s.sprintf(plural1(n, one, other), a...)
}

// stage says a relationship stage in words: "ready to present candidates".
func (s speech) stage(st employer.Stage) string { return s.tr(st.String()) }

// followUp says a pending follow-up with an employer, as of today, and
// whether it falls due within a week (or is overdue); "" when none.
func (s speech) followUp(rl employer.Relationship) string {
	switch {
	case rl.FollowUpOverdue:
		return s.sprintf("follow-up overdue since %s", s.date(rl.FollowUpDue))
	case !rl.FollowUpDue.IsZero():
		return s.sprintf("follow-up due %s", s.date(rl.FollowUpDue))
	}
	return ""
}

// rapid says where a client stands on rapid job search, as
// relView.rapidSearch does in English (a test keeps the two the same).
func (s speech) rapid(r RapidSearch, enrolled employer.Date) string {
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
func (s speech) actionText(a Action) string { return s.tr(a.Text()) }

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
func StageText(s employer.Stage, lang language.Tag) string { return speechIn(lang).stage(s) }

// TrackRecordText says how job starts at an employer went in lang's
// words, as employer.TrackRecord.Reason does in English (zero lang).
func TrackRecordText(t employer.TrackRecord, lang language.Tag) string {
	return speechIn(lang).trackRecord(t)
}

// ActionText says what a client's disclosure choice allows in lang's
// words, as Action.Text does in English (zero lang).
func ActionText(a Action, lang language.Tag) string { return speechIn(lang).actionText(a) }
