package transit

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brokenTown copies the fixture feed, with one file's text changed.
func brokenTown(t *testing.T, file, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir("testdata/town")
	require.NoError(t, err)
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("testdata/town", e.Name()))
		require.NoError(t, err)
		if e.Name() == file {
			require.Contains(t, string(data), old)
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o600))
	}
	return dir
}

func TestLoadNamesFileRowAndField(t *testing.T) {
	cases := []struct {
		name, file, old, new, want string
	}{
		{"stop_time for an unknown trip", "stop_times.txt", "27-0830,08:30:00", "27-0930,08:30:00",
			`stop_times.txt row 10: field trip_id: unknown trip "27-0930"`},
		{"time past 48:00", "stop_times.txt", "08:55:00,08:55:00", "49:10:00,49:10:00",
			`stop_times.txt row 7: field arrival_time: "49:10:00" is past 48:00:00`},
		{"a calendar with no days", "calendar.txt", "WK,1,1,1,1,1,0,0", "WK,0,0,0,0,0,0,0",
			`calendar.txt row 2: field monday: service "WK" runs on no day of the week`},
		{"stop_time for an unknown stop", "stop_times.txt", "08:15:00,08:15:00,A,2", "08:15:00,08:15:00,Z,2",
			`stop_times.txt row 3: field stop_id: unknown stop "Z"`},
		{"boarding at a station rather than its platform", "stop_times.txt", "08:15:00,08:15:00,A,2", "08:15:00,08:15:00,ST,2",
			`stop_times.txt row 3: field stop_id: unknown stop "ST"`},
		{"trip on an unknown route", "trips.txt", "R27,WK,27-0825", "R28,WK,27-0825",
			`trips.txt row 4: field route_id: unknown route "R28"`},
		{"trip on an unknown service", "trips.txt", "R27,WK,27-0825", "R27,XX,27-0825",
			`trips.txt row 4: field service_id: unknown service "XX"`},
		{"time not a time", "stop_times.txt", "07:55:00,07:55:00", "7.55,07:55:00",
			`stop_times.txt row 13: field arrival_time: "7.55" is not a time HH:MM:SS`},
		{"going back in time", "stop_times.txt", "08:25:00,08:25:00,B,3", "08:10:00,08:10:00,B,3",
			`stop_times.txt row 4: field arrival_time: trip "14-0805" arrives 08:10, before it left the previous stop at 08:15`},
		{"latitude out of range", "stops.txt", "44.5400,11.4000", "94.5400,11.4000",
			`stops.txt row 5: field stop_lat: "94.5400" is not a latitude`},
		{"missing column", "routes.txt", "route_type", "kind",
			`routes.txt row 1: field route_type: column missing from the header`},
		{"unknown transfer stop", "transfers.txt", "B,B,2", "B,Q,2",
			`transfers.txt row 2: field to_stop_id: unknown stop "Q"`},
		{"bad exception", "calendar_dates.txt", "WK,20261208,2", "WK,20261208,3",
			`calendar_dates.txt row 2: field exception_type: "3" is neither 1 (added) nor 2 (removed)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(context.Background(), brokenTown(t, c.file, c.old, c.new))
			require.ErrorIs(t, err, ErrFeed)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestLoadMissingRequiredFile(t *testing.T) {
	dir := brokenTown(t, "", "", "")
	require.NoError(t, os.Remove(filepath.Join(dir, "stop_times.txt")))
	_, err := Load(context.Background(), dir)
	require.ErrorIs(t, err, ErrFeed)
	assert.Contains(t, err.Error(), "stop_times.txt: required file missing")
}

func TestLoadReadsAZipWithFilesInAFolder(t *testing.T) {
	zpath := filepath.Join(t.TempDir(), "gtfs.zip")
	f, err := os.Create(zpath)
	require.NoError(t, err)
	zw := zip.NewWriter(f)
	ents, err := os.ReadDir("testdata/town")
	require.NoError(t, err)
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("testdata/town", e.Name()))
		require.NoError(t, err)
		w, err := zw.Create("gtfs/" + e.Name())
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())

	feed, err := Load(context.Background(), zpath)
	require.NoError(t, err)
	assert.Equal(t, 6, feed.Stops())
	assert.Equal(t, 6, feed.Trips)
	assert.Equal(t, 14, feed.StopTimes)
}
