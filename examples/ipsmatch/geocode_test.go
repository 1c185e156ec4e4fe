package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const gazetteer = "gazetteer:../../index/geocode/testdata"

func TestGeocodeCommandShowsWhatWasFound(t *testing.T) {
	out, stderr, code := runCLI(t, "geocode", "--geocode", gazetteer, "Imola (BO)", "Via Zamboni 12, 40126 Bologna")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, `Imola (BO)
  town      44.35916, 11.71320  Imola (BO) (geonames-places)
Via Zamboni 12, 40126 Bologna
  postcode  44.49660, 11.35200  40126 Bologna (BO) (geonames-postal)
            street not placed: the offline gazetteer has no street list; located by postcode
`, out)

	out, stderr, code = runCLI(t, "geocode", "--geocode", gazetteer, "Atlantide")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "not found")
	assert.Contains(t, stderr, "1 of 1 addresses not found")

	_, stderr, code = runCLI(t, "geocode", "--geocode", "google:x", "Imola")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown geocoder")
}

func TestImportGeocodesAndMatchesAClientWithAnAddress(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	require.NoError(t, os.MkdirAll(filepath.Join(data, "clients"), 0o755))
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(data, name), []byte(text), 0o600))
	}
	write("employers.csv", "id;name;sector_code;address\naz-1;Trattoria Da Bruno;I56;Via Appia 12, 40026 Imola\n")
	write("vacancies.csv", "id;employer_id;title;hours_min;hours_max;channel\nof-1;az-1;Lavapiatti;20;25;competitive\n")
	ix := filepath.Join(dir, "ix")
	out, stderr, code := runCLI(t, "import", "--into", ix, "--geocode", gazetteer, filepath.Join(data, "employers.csv"), filepath.Join(data, "vacancies.csv"))
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "geocoded employer az-1: 40026 Imola (BO) (postcode)")
	assert.Contains(t, out, "geocoded vacancy of-1: at its employer az-1 (postcode)")

	client := filepath.Join(dir, "c1.json")
	require.NoError(t, os.WriteFile(client, []byte(`{"id":"c1","enrolled":"2026-11-02","disclosure":"full","home_address":"Imola",
"commute":{"mode":"bike","max_minutes":30,"strength":"must"}}`), 0o600))
	out, stderr, code = runCLI(t, "match", "--index", ix, "--client", client, "--geocode", gazetteer, "--today", "2026-11-23")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Lavapiatti")
	assert.Contains(t, out, "the client's home located by town only")

	_, stderr, code = runCLI(t, "match", "--index", ix, "--client", client, "--today", "2026-11-23")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `client "c1": field home_address: no geocoder is configured`)
}
