package transit

import "fmt"

// maxFeedSeconds is the latest time a feed may hold: 48:00:00. GTFS counts
// times from the start of the service day, so trips after midnight run
// past 24:00, but never two days on.
const maxFeedSeconds = 48 * 3600

// parseTime reads H:MM:SS or HH:MM:SS as seconds since the service day
// began. It is hand-written: a city's feed holds a million of them.
func parseTime(s string) (int32, error) {
	bad := fmt.Errorf("%q is not a time HH:MM:SS", s)
	if len(s) != 7 && len(s) != 8 {
		return 0, bad
	}
	hl := len(s) - 6
	if s[hl] != ':' || s[hl+3] != ':' {
		return 0, bad
	}
	num := func(a string) (int, bool) {
		n := 0
		for i := 0; i < len(a); i++ {
			if a[i] < '0' || a[i] > '9' {
				return 0, false
			}
			n = n*10 + int(a[i]-'0')
		}
		return n, true
	}
	h, ok1 := num(s[:hl])
	m, ok2 := num(s[hl+1 : hl+3])
	sec, ok3 := num(s[hl+4:])
	if !ok1 || !ok2 || !ok3 || m > 59 || sec > 59 {
		return 0, bad
	}
	t := h*3600 + m*60 + sec
	if t > maxFeedSeconds {
		return 0, fmt.Errorf("%q is past 48:00:00", s)
	}
	return int32(t), nil
}

// clock writes seconds as HH:MM.
func clock(s int32) string { return fmt.Sprintf("%02d:%02d", s/3600, s/60%60) }
