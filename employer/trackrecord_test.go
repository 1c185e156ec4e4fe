package employer_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// job builds a placement; end "" means the client still works there.
func job(id, client, emp, start, end string) employer.Placement {
	p := employer.Placement{ID: id, ClientID: client, EmployerID: emp, Title: "kitchen porter",
		Start: day(start), End: day(end)}
	if end != "" {
		p.EndReason = employer.EndQuit
	}
	return p
}

func TestTrackRecords(t *testing.T) {
	today := day("2025-06-30")
	placements := []employer.Placement{
		// e1: one short job, one that lasted, one recent and open.
		job("p1", "c-01", "e1", "2025-01-02", "2025-01-23"), // 21 days: judged (ended), not retained
		job("p2", "c-02", "e1", "2025-01-10", "2025-05-10"), // 31+28+31+30 = 120 days: retained
		job("p3", "c-03", "e1", "2025-05-01", ""),           // 31+29 = 60 days so far: too early to judge, working
		// e2: two long jobs, an even count for the median.
		job("q1", "c-04", "e2", "2024-01-15", "2024-09-30"), // 2024 is a leap year: 31+29+31+30+31+30+31+31+15 = 259 days
		job("q2", "c-05", "e2", "2024-10-01", ""),           // 31+30+31+31+28+31+30+31+29 = 272 days so far
		// e3: one job that ended after three weeks.
		job("r1", "c-06", "e3", "2025-03-03", "2025-03-24"), // 21 days
		// e4: open for exactly 90 days: judged and retained.
		job("s1", "c-07", "e4", "2025-04-01", ""), // 30+31+29 = 90 days
		// e5: ended one day short of 90 days.
		job("t1", "c-08", "e5", "2025-01-01", "2025-03-31"), // 31+28+30 = 89 days
		// e6: starts after today; not on record yet.
		job("u1", "c-09", "e6", "2025-07-01", ""),
	}
	tests := []struct {
		name   string
		id     string
		want   employer.TrackRecord
		reason string
	}{
		{"mixed: one short, one retained then left, one open", "e1", employer.TrackRecord{
			EmployerID: "e1", Starts: 3, Eligible90: 2, Retained90: 1,
			MedianTenureDays:   60, // sorted 21, 60, 120
			ShortestTenureDays: 21, Working: 1,
		}, "hired 3 clients; 1 of 2 stayed 90 days; 1 still working there"},
		{"both stayed over six months; even-count median", "e2", employer.TrackRecord{
			EmployerID: "e2", Starts: 2, Eligible90: 2, Retained90: 2,
			MedianTenureDays:   265, // (259 + 272) / 2 = 265.5, rounded down
			ShortestTenureDays: 259, Working: 1,
		}, "hired 2 clients from the programme; both stayed over 6 months"},
		{"one client who left quickly", "e3", employer.TrackRecord{
			EmployerID: "e3", Starts: 1, Eligible90: 1, MedianTenureDays: 21, ShortestTenureDays: 21,
		}, "hired 1 client, who left after 3 weeks"},
		{"open exactly 90 days counts as retained", "e4", employer.TrackRecord{
			EmployerID: "e4", Starts: 1, Eligible90: 1, Retained90: 1, MedianTenureDays: 90, ShortestTenureDays: 90, Working: 1,
		}, "hired 1 client, still working there after 3 months"},
		{"ended at 89 days is not retained", "e5", employer.TrackRecord{
			EmployerID: "e5", Starts: 1, Eligible90: 1, MedianTenureDays: 89, ShortestTenureDays: 89,
		}, "hired 1 client, who left after 2 months"},
		{"a future start is not a track record", "e6", employer.TrackRecord{}, ""},
	}
	got := employer.TrackRecords(placements, today)
	assert.Len(t, got, 5)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, got[tt.id])
			assert.Equal(t, tt.reason, got[tt.id].Reason())
		})
	}
}

func TestTrackRecordReason(t *testing.T) {
	tests := []struct {
		name string
		t    employer.TrackRecord
		want string
	}{
		{"three all long", employer.TrackRecord{Starts: 3, Eligible90: 3, Retained90: 3, ShortestTenureDays: 200},
			"hired 3 clients from the programme; all 3 stayed over 6 months"},
		{"too early to judge anyone", employer.TrackRecord{Starts: 2, Working: 2, ShortestTenureDays: 10},
			"hired 2 clients; 2 still working there"},
		{"nobody still there", employer.TrackRecord{Starts: 2, Eligible90: 2, ShortestTenureDays: 5},
			"hired 2 clients; 0 of 2 stayed 90 days"},
		{"a few days", employer.TrackRecord{Starts: 1, MedianTenureDays: 4}, "hired 1 client, who left after 4 days"},
		{"a single day", employer.TrackRecord{Starts: 1, MedianTenureDays: 1}, "hired 1 client, who left after 1 day"},
		{"years", employer.TrackRecord{Starts: 1, Working: 1, MedianTenureDays: 800}, "hired 1 client, still working there after 2 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.t.Reason()) })
	}
}

func TestMedianDays(t *testing.T) {
	assert.Equal(t, 0, employer.MedianDays(nil))
	assert.Equal(t, 7, employer.MedianDays([]int{7}))
	in := []int{40, 10, 30, 20}
	assert.Equal(t, 25, employer.MedianDays(in), "(20 + 30) / 2")
	assert.Equal(t, []int{40, 10, 30, 20}, in, "input untouched")
}

func TestCurrentJob(t *testing.T) {
	today := day("2025-06-30")
	placements := []employer.Placement{
		job("old", "c-01", "e1", "2024-01-01", "2024-12-31"),
		job("first", "c-01", "e2", "2025-01-01", ""),
		job("second", "c-01", "e3", "2025-05-01", ""), // a second job alongside the first
		job("future", "c-01", "e4", "2025-07-01", ""),
		job("other", "c-02", "e5", "2025-06-01", ""),
		job("ended", "c-03", "e1", "2025-01-01", "2025-06-30"), // the end day is not worked
	}
	tests := []struct {
		name, client, want string
	}{
		{"the latest open start", "c-01", "second"},
		{"another client's job", "c-02", "other"},
		{"a job that ended today is not current", "c-03", ""},
		{"no placements", "c-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := employer.CurrentJob(placements, tt.client, today)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, p.ID)
		})
	}
}

func ExampleTrackRecords() {
	placements := []employer.Placement{
		{ID: "p1", ClientID: "c-01", EmployerID: "bar-centrale", Title: "barista",
			Start: civil.D(2024, 9, 2), End: civil.D(2024, 9, 23), EndReason: employer.EndQuit},
		{ID: "p2", ClientID: "c-02", EmployerID: "bar-centrale", Title: "barista",
			Start: civil.D(2024, 10, 7), End: civil.D(2025, 2, 28), EndReason: employer.EndBetterJob},
		{ID: "p3", ClientID: "c-03", EmployerID: "bar-centrale", Title: "kitchen porter", Start: civil.D(2025, 5, 5)},
	}
	t := employer.TrackRecords(placements, civil.D(2025, 6, 30))["bar-centrale"]
	fmt.Println(t.Reason())
	// Output: hired 3 clients; 1 of 2 stayed 90 days; 1 still working there
}
