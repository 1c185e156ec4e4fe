package retrieval

import "github.com/ipsmatch/ipsmatch/employer"

// Hot is the part of a vacancy that retrieval reads for every candidate:
// small, and copied out during selection, so that bounding a candidate's
// score does not chase pointers into the full record.
type Hot struct {
	Slot     int32    // the vacancy's slot, for Mark and Source.Entry
	CellNums [2]int32 // numbers of its cells, -1 when unused, for Area
	// Posted is the posting day as days since 1970-01-01, -1 when unknown.
	Posted int32
	// Lat and Lon locate the vacancy when HasLocation.
	Lat, Lon    float64
	HasLocation bool
	Remote      bool // fully remote
	// Start is the earliest time a shift starts, in minutes after
	// midnight; StartNone when not stated, StartUnread when the record
	// must decide.
	Start int16
	// ValidThrough is the last day to apply, as days since 1970-01-01; -1
	// when open-ended.
	ValidThrough int32
	// Reserved and Competitive classify the channel (see employer.Vacancy).
	Reserved, Competitive bool
	// Unread is true when the taxonomy could not read the title
	// (UnreadTerm is its only occupation term).
	Unread bool
	// Env holds the ranks (employer.Level.Rank, 0 when not stated) of the
	// work environment, two bits each: social contact, noise, outdoor
	// work, physical demand, from the lowest bits.
	Env uint8
	// HoursLo and HoursHi are weekly hours with a missing end filled from
	// the other; both 0 when not stated.
	HoursLo, HoursHi float64
	// HoursMinStated is true when the posting states its minimum hours,
	// so that HoursLo is not filled from HoursHi: a benefits cap on hours
	// is checked against the stated minimum only.
	HoursMinStated bool
	// Shifts is employer.ShiftMask of the vacancy's shifts.
	Shifts uint8
	// PayUnit numbers Pay's unit (see PayUnits); PayMin and PayMax below
	// are its figures.
	PayUnit uint8
	// Emp numbers the employer the posting names, for Source.Employer;
	// 0 when it names none. Numbers are the index's own, kept in its
	// state file beside the hot fields.
	Emp            int32
	PayMin, PayMax float64
	// Skills fingerprints the vacancy's skills as a search scores them
	// (listed or inferred, with their taxonomy ids): two vacancies with
	// the same fingerprint have the same skills. 0 when none are listed.
	Skills uint64
}

// Start values that are not a time.
const (
	StartNone   int16 = -1
	StartUnread int16 = -2
)

// ClockMinutes reads a time "HH:MM" as minutes after midnight; ok is false
// for any other text.
func ClockMinutes(s string) (m int16, ok bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	d := func(c byte) int16 { return int16(c) - '0' }
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	h, mm := d(s[0])*10+d(s[1]), d(s[3])*10+d(s[4])
	if h > 23 || mm > 59 {
		return 0, false
	}
	return h*60 + mm, true
}

// Employer is what bounding a candidate's score needs of its employer,
// kept by the index per employer number so that the employer and sector
// factors are known before a vacancy's record is read.
type Employer struct {
	ID              string
	KnowsProgramme  bool
	InclusionPolicy bool
	Sector          string // the sector code, "" when not known
}

// PayUnits number the pay units Hot stores; 0 is not stated.
var PayUnits = []employer.PayUnit{employer.PayNotStated, employer.PerHour, employer.PerDay, employer.PerWeek, employer.PerMonth, employer.PerYear}

// Pay is the vacancy's pay as stated, without its currency: enough to
// bound the pay factor without reading the record.
func (h Hot) Pay() employer.Pay {
	if int(h.PayUnit) >= len(PayUnits) {
		return employer.Pay{}
	}
	return employer.Pay{Min: h.PayMin, Max: h.PayMax, Unit: PayUnits[h.PayUnit]}
}

// EpochDay is d as days since 1970-01-01, as Hot.Posted counts them, or -1
// for the zero Date.
func EpochDay(d employer.Date) int32 {
	if d.IsZero() {
		return -1
	}
	return int32(d.Time().Unix() / 86400)
}
