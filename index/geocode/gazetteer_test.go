package geocode

import (
	"archive/zip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixture(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteer(context.Background(), "testdata")
	require.NoError(t, err)
	return g
}

func TestGazetteerFindsTheFormsTeamsWrite(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		name, query, label string
		prec               Precision
		lat, lon           float64
		note               bool
	}{
		{"postcode alone is the centre of its places", "40026", "40026 Imola (BO)", Postcode, 44.3872, 11.72065, false},
		{"postcode with its town is that town's place", "40026 Imola", "40026 Imola (BO)", Postcode, 44.3533, 11.7141, false},
		{"town with province code", "Imola (BO)", "Imola (BO)", Town, 44.35916, 11.7132, false},
		{"province code without brackets", "Imola BO", "Imola (BO)", Town, 44.35916, 11.7132, false},
		{"lower case", "imola", "Imola (BO)", Town, 44.35916, 11.7132, false},
		{"accent left out", "Forli", "Forlì (FC)", Town, 44.22177, 12.04144, false},
		{"accent and capitals", "FORLÌ", "Forlì (FC)", Town, 44.22177, 12.04144, false},
		{"name of several words", "San Lazzaro di Savena", "San Lazzaro di Savena (BO)", Town, 44.47069, 11.40483, false},
		{"town known only from the postal file", "Castel San Pietro Terme", "Castel San Pietro Terme (BO)", Town, 44.3983, 11.5895, false},
		{"street is placed by its town, and says so", "Via Zamboni 12, Bologna", "Bologna (BO)", Town, 44.49381, 11.33875, true},
		{"street is placed by its postcode, and says so", "Via Zamboni 12, 40126 Bologna", "40126 Bologna (BO)", Postcode, 44.4966, 11.3520, true},
		{"country after the town", "Modena, Italia", "Modena (MO)", Town, 44.64783, 10.92539, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := g.Geocode(context.Background(), c.query)
			require.NoError(t, err)
			assert.Equal(t, c.label, r[0].Label)
			assert.Equal(t, c.prec, r[0].Precision)
			assert.InDelta(t, c.lat, r[0].Location.Lat, 1e-5)
			assert.InDelta(t, c.lon, r[0].Location.Lon, 1e-5)
			assert.Equal(t, c.note, r[0].Note != "", r[0].Note)
		})
	}
}

func TestGazetteerAmbiguousTownGivesEveryProvinceMostPopulousFirst(t *testing.T) {
	g := fixture(t)
	r, err := g.Geocode(context.Background(), "Villanova")
	require.NoError(t, err)
	require.Len(t, r, 2)
	assert.Equal(t, "Villanova (BO)", r[0].Label)
	assert.Equal(t, "Villanova (RA)", r[1].Label)

	r, err = g.Geocode(context.Background(), "Villanova (RA)")
	require.NoError(t, err)
	require.Len(t, r, 1)
	assert.Equal(t, "Villanova (RA)", r[0].Label)
}

func TestGazetteerUnknownPlaceIsNotFound(t *testing.T) {
	g := fixture(t)
	for _, q := range []string{"Atlantide", "99999", "Imola (RM)", ""} {
		_, err := g.Geocode(context.Background(), q)
		assert.ErrorIs(t, err, ErrNotFound, q)
	}
}

func TestGazetteerReadsGeoNamesZip(t *testing.T) {
	dir := t.TempDir()
	zpath := filepath.Join(dir, "IT.zip")
	f, err := os.Create(zpath)
	require.NoError(t, err)
	zw := zip.NewWriter(f)
	for _, name := range []string{"IT.txt", "readme.txt"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		data := []byte("this readme is not tab separated\n")
		if name == "IT.txt" {
			data, err = os.ReadFile("testdata/IT-postal.txt")
			require.NoError(t, err)
		}
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())

	g, err := LoadGazetteer(context.Background(), zpath)
	require.NoError(t, err)
	r, err := g.Geocode(context.Background(), "47121")
	require.NoError(t, err)
	assert.Equal(t, "47121 Forlì (FC)", r[0].Label)
}

func TestGazetteerBadFileNamesLineAndField(t *testing.T) {
	cases := []struct{ name, content, want string }{
		{"wrong column count", "IT\t40026\tImola\n", "bad.txt line 1: 3 tab-separated columns"},
		{"latitude not a number", "IT\t40026\tImola\tEmilia-Romagna\t05\tBologna\tBO\tImola\t037032\tnord\t11.7\t4\n", "bad.txt line 1: field latitude"},
		{"longitude out of range", "\nIT\t40026\tImola\tEmilia-Romagna\t05\tBologna\tBO\tImola\t037032\t44.3\t511.7\t4\n", "bad.txt line 2: field longitude"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.txt")
			require.NoError(t, os.WriteFile(p, []byte(c.content), 0o600))
			_, err := LoadGazetteer(context.Background(), p)
			require.ErrorIs(t, err, ErrGazetteer)
			assert.Contains(t, err.Error(), c.want)
		})
	}
	_, err := LoadGazetteer(context.Background(), filepath.Join(t.TempDir(), "missing.txt"))
	assert.True(t, errors.Is(err, ErrGazetteer) && errors.Is(err, os.ErrNotExist))
}
