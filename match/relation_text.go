package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// sixMonthsDays is the tenure behind "stayed over 6 months", as
// employer.TrackRecord.Reason counts it.
const sixMonthsDays = 183

// stageText is the relationship stage in the call's language; "" when
// there is no relationship. In English it is relation.stageText.
func (s speech) stageText(r *relation) string {
	if r == nil {
		return ""
	}
	return s.tr(r.stageText)
}

// followUpText is a relationship's pending follow-up in the call's
// language, with the date as the language writes it; "" when none. In
// English it is relation.followUp.
func (s speech) followUpText(r *relation) string {
	if r == nil {
		return ""
	}
	return s.followUp(r.derived)
}

// trackText says how the programme's job starts at an employer went, as
// employer.TrackRecord.Reason does, in the call's language; "" without
// starts. In English it is relation.track.
func (s speech) trackText(r *relation) string {
	if r == nil {
		return ""
	}
	return s.trackRecord(r.trackRec)
}

func (s speech) trackRecord(t employer.TrackRecord) string {
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

// duration writes a number of days as people say it, rounded down to the
// unit: "5 days", "3 weeks", "4 months", "2 years".
func (s speech) duration(days int) string {
	one, many, n := "1 day", "%d days", days
	switch {
	case days >= 730:
		one, many, n = "1 year", "%d years", days/365
	case days >= 61:
		one, many, n = "1 month", "%d months", days/30
	case days >= 14:
		one, many, n = "1 week", "%d weeks", days/7
	}
	if n == 1 {
		return s.tr(one)
	}
	return s.sprintf(many, n)
}
