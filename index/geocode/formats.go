package geocode

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// nominatimPlace is one result of Nominatim's /search?format=jsonv2
// (https://nominatim.org/release-docs/latest/api/Output/): coordinates
// are strings, place_rank says how fine the place is (30 a house, 26-27 a
// street, 5-25 areas from a postcode to a country).
type nominatimPlace struct {
	Lat         string `json:"lat"`
	Lon         string `json:"lon"`
	PlaceRank   int    `json:"place_rank"`
	Category    string `json:"category"`
	Type        string `json:"type"`
	AddressType string `json:"addresstype"`
	DisplayName string `json:"display_name"`
}

func parseNominatim(body []byte) ([]Result, error) {
	var ps []nominatimPlace
	if err := json.Unmarshal(body, &ps); err != nil {
		return nil, fmt.Errorf("answer is not Nominatim jsonv2: %w", err)
	}
	out := make([]Result, 0, len(ps))
	for i, p := range ps {
		lat, lon, err := latLon(p.Lat, p.Lon, "lat", "lon")
		if err != nil {
			return nil, fmt.Errorf("result %d: %w", i+1, err)
		}
		out = append(out, Result{
			Location:  Point{Lat: lat, Lon: lon},
			Precision: nominatimPrecision(p),
			Label:     p.DisplayName,
			Source:    Nominatim,
		})
	}
	return out, nil
}

func nominatimPrecision(p nominatimPlace) Precision {
	switch {
	case p.AddressType == "postcode" || p.Type == "postcode":
		return Postcode
	case p.PlaceRank >= 28:
		return Address
	case p.PlaceRank >= 26:
		return Street
	}
	return Town
}

// photonAnswer is Photon's GeoJSON answer (https://github.com/komoot/photon).
type photonAnswer struct {
	Features []struct {
		Geometry struct {
			Coordinates []float64 `json:"coordinates"` // lon, lat
		} `json:"geometry"`
		Properties struct {
			Name        string `json:"name"`
			Type        string `json:"type"`
			Street      string `json:"street"`
			HouseNumber string `json:"housenumber"`
			Postcode    string `json:"postcode"`
			City        string `json:"city"`
		} `json:"properties"`
	} `json:"features"`
}

func parsePhoton(body []byte) ([]Result, error) {
	var a photonAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		return nil, fmt.Errorf("answer is not Photon GeoJSON: %w", err)
	}
	out := make([]Result, 0, len(a.Features))
	for i, f := range a.Features {
		c := f.Geometry.Coordinates
		if len(c) != 2 {
			return nil, fmt.Errorf("result %d: field coordinates: want [lon, lat]", i+1)
		}
		lat, lon, err := latLon(strconv.FormatFloat(c[1], 'f', -1, 64), strconv.FormatFloat(c[0], 'f', -1, 64), "coordinates[1]", "coordinates[0]")
		if err != nil {
			return nil, fmt.Errorf("result %d: %w", i+1, err)
		}
		p := f.Properties
		prec := Town
		switch {
		case p.Type == "house" || p.HouseNumber != "":
			prec = Address
		case p.Type == "street":
			prec = Street
		case p.Type == "postcode":
			prec = Postcode
		}
		label := strings.TrimSpace(strings.Join(nonEmpty(p.Name, strings.TrimSpace(p.Street+" "+p.HouseNumber), strings.TrimSpace(p.Postcode+" "+p.City)), ", "))
		out = append(out, Result{Location: Point{Lat: lat, Lon: lon}, Precision: prec, Label: label, Source: Photon})
	}
	return out, nil
}

func nonEmpty(s ...string) []string {
	out := s[:0]
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
