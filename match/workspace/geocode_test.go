package workspace

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A team's spreadsheet, with addresses and no coordinates.
const (
	aziendeCSV = `id;name;sector_code;address
az-1;Trattoria Da Bruno;I56;Via Appia 12, 40026 Imola
az-2;Pulizie Santerno;N81;Imola (BO)
az-3;Forno Sconosciuto;C10;Via Lunga 3, Atlantide
az-4;Bar senza indirizzo;I56;
`
	offerteCSV = `id;employer_id;title;address;hours_min;hours_max;channel
of-1;az-1;Lavapiatti;;20;25;competitive
of-2;az-2;Addetto pulizie;;18;20;competitive
of-3;;Magazziniere;Castel San Pietro Terme;30;38;competitive
`
)

func TestSpreadsheetWithAddressesOnlyImportsGeocodesAndMatches(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "aziende.csv"), []byte(aziendeCSV), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "offerte.csv"), []byte(offerteCSV), 0o600))
	g, err := geocode.LoadGazetteer(ctx, "../../index/geocode/testdata")
	require.NoError(t, err)

	w, err := Open(ctx, Options{Index: filepath.Join(t.TempDir(), "ix"), Create: true, Today: today, Geocoder: g})
	require.NoError(t, err)
	defer w.Close()
	rep, err := w.ImportFiles(ctx, []string{dir}, FileOptions{ImportOptions: ImportOptions{Geocoder: g}})
	require.NoError(t, err)
	require.Len(t, rep.Files, 2)
	got := map[string]GeocodeOutcome{}
	for _, f := range rep.Files {
		require.Empty(t, f.Error)
		for _, o := range f.Geocoded {
			got[o.ID] = o
		}
	}
	assert.Equal(t, "employer az-1: 40026 Imola (BO) (postcode); street not placed: the offline gazetteer has no street list; located by postcode", got["az-1"].String())
	assert.Equal(t, geocode.Town, got["az-2"].Precision)
	assert.Equal(t, "employer az-3: not located: address not found", got["az-3"].String())
	assert.Equal(t, "employer az-4: not located: no address", got["az-4"].String())
	assert.Equal(t, "vacancy of-1: at its employer az-1 (postcode)", got["of-1"].String())
	assert.Equal(t, geocode.Town, got["of-3"].Precision)

	v, ok := w.Index.Vacancy("of-2")
	require.True(t, ok)
	require.NotNil(t, v.Location)
	assert.Equal(t, geocode.Town, v.LocationPrecision)

	// A client whose home is a postcode, 30 minutes by bike.
	p := preference.Profile{ID: "c1", Enrolled: today, Disclosure: preference.DiscloseFull, HomeAddress: "40026",
		Commute: &preference.Commute{Mode: preference.Bike, MaxMinutes: 30, Strength: preference.Must}}
	res, err := w.Engine.Match(ctx, p, matchOptions())
	require.NoError(t, err)
	ids := []string{}
	for _, r := range res.Results {
		ids = append(ids, r.ID)
	}
	assert.ElementsMatch(t, []string{"of-1", "of-2"}, ids, "Imola's jobs, not Castel San Pietro's 12 km away")
}

func matchOptions() match.Options { return match.Options{Today: today, IncludeNonCompetitive: true} }
