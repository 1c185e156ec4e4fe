package transit

import (
	"time"

	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// service is when one service_id runs: weekdays between two dates, plus
// and minus the exceptions of calendar_dates.txt.
type service struct {
	id         string
	days       [7]bool // by time.Weekday
	start, end civil.Date
	added      map[int32]bool // by epochDay
	removed    map[int32]bool
}

// runs reports whether the service runs on d.
func (s *service) runs(d civil.Date) bool {
	day := epochDay(d)
	if s.removed[day] {
		return false
	}
	if s.added[day] {
		return true
	}
	return !s.start.IsZero() && !d.Before(s.start) && !d.After(s.end) && s.days[d.Time().Weekday()]
}

var weekdayFields = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

func parseGTFSDate(s string) (civil.Date, error) {
	t, err := time.Parse("20060102", s)
	if err != nil {
		return civil.Date{}, err
	}
	return civil.Of(t), nil
}

func epochDay(d civil.Date) int32 { return int32(d.Time().Unix() / 86400) }
