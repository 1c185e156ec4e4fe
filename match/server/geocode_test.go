package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/geocode"
)

// withGazetteer gives the fixture's server the test gazetteer: offline,
// a few Emilia-Romagna towns and postcodes.
func withGazetteer(f *fixture) {
	f.t.Helper()
	g, err := geocode.Open(context.Background(), "gazetteer:../../index/geocode/testdata", "")
	if err != nil {
		f.t.Fatal(err)
	}
	f.srv.opt.Geocoder = g
}

func TestGeocodeWithTheServersGazetteer(t *testing.T) {
	f := newFixture(t)
	body := map[string]any{"addresses": []any{"Via Zamboni 12, 40126 Bologna", "Atlantide"}}
	r := f.must("specialist", "POST", "/v1/geocode", body, http.StatusConflict)
	if !strings.Contains(r.field("error").(string), "without a geocoder") {
		t.Errorf("says what is missing: %s", r.Body)
	}
	withGazetteer(f)
	r = f.must("specialist", "POST", "/v1/geocode", body, http.StatusOK)
	var got GeocodeResult
	decode(t, r, &got)
	if len(got.Answers) != 2 {
		t.Fatalf("%s", r.Body)
	}
	bo := got.Answers[0]
	if len(bo.Results) == 0 || bo.Results[0].Precision != geocode.Postcode || bo.Results[0].Label != "40126 Bologna (BO)" || bo.Error != "" {
		t.Errorf("Bologna by postcode: %+v", bo)
	}
	if none := got.Answers[1]; none.Error != "not found" || len(none.Results) != 0 {
		t.Errorf("an unknown place: %+v", none)
	}
	if strings.Contains(f.logs.String(), "Zamboni") {
		t.Errorf("an address was logged:\n%s", f.logs.String())
	}
	f.must("specialist", "POST", "/v1/geocode", map[string]any{"addresses": []any{}}, http.StatusBadRequest)
	f.must("specialist", "POST", "/v1/geocode", map[string]any{"address": "Imola"}, http.StatusBadRequest)
}

// failingGeocoder fails as a geocoding server does, quoting the query.
type failingGeocoder struct{}

func (failingGeocoder) Geocode(ctx context.Context, q string) ([]geocode.Result, error) {
	return nil, fmt.Errorf("%w: 500 for %q", geocode.ErrServer, q)
}

func TestGeocodeServerFailureNamesNoAddress(t *testing.T) {
	f := newFixture(t)
	f.srv.opt.Geocoder = failingGeocoder{}
	r := f.must("specialist", "POST", "/v1/geocode", map[string]any{"addresses": []any{"Via Segreta 1"}}, http.StatusOK)
	var got GeocodeResult
	decode(t, r, &got)
	if got.Answers[0].Error != "the geocoding server failed" {
		t.Errorf("%+v", got.Answers[0])
	}
	if strings.Contains(f.logs.String(), "Segreta") {
		t.Errorf("the address reached the log:\n%s", f.logs.String())
	}
}

// An import locates employers that give only an address, with the same
// geocoder.
func TestImportLocatesEmployersWithTheServersGeocoder(t *testing.T) {
	f := newFixture(t)
	withGazetteer(f)
	csv := "id;name;sector_code;address\naz-1;Trattoria Da Bruno;I56;Via Appia 12, 40026 Imola\n"
	r := f.upload("integration", "/v1/import?format=csv-employers&name=aziende.csv", "text/csv", []byte(csv))
	if r.Status != http.StatusOK || !strings.Contains(string(r.Body), "40026 Imola (BO)") {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	e := f.must("specialist", "GET", "/v1/employers/az-1", nil, http.StatusOK)
	if loc := e.field("employer").(map[string]any)["location"]; loc == nil {
		t.Errorf("the employer was not located: %s", e.Body)
	}
}
