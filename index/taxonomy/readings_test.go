package taxonomy

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadingsKeepEveryPlausibleReading: a title that names two kinds of
// work is read as both; a title whose words one label explains is read
// once, not also as the shorter labels inside it.
func TestReadingsKeepEveryPlausibleReading(t *testing.T) {
	ids := func(title string) []string {
		var out []string
		for _, u := range Builtin().Readings(title, "") {
			out = append(out, u.Occupation.ID)
		}
		return out
	}
	require.ElementsMatch(t, []string{"cashier", "shelf-stacker"}, ids("Cassiere e scaffalista"))
	require.ElementsMatch(t, []string{"barista", "waiter"}, ids("Barista and waiter"))
	require.Equal(t, []string{"kitchen-porter"}, ids("Kitchen porter"))
	require.Equal(t, []string{"hospital-cleaner"}, ids("Cleaner, hospital"))
	require.Empty(t, ids("Dog kennel hand"))
	best, ok := Builtin().Classify("Cassiere e scaffalista", "it")
	require.True(t, ok)
	require.Equal(t, best.Occupation.ID, Builtin().Readings("Cassiere e scaffalista", "it")[0].Occupation.ID, "the first reading is Classify's")
}
