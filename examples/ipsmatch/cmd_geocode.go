package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/match/transit"
)

func init() {
	register(command{name: "geocode",
		usage: "geocode --geocode gazetteer:PATH|nominatim:URL|photon:URL [--cache DIR] [--json] ADDRESS...",
		run:   runGeocode})
}

// geocodeHelp documents the --geocode flag wherever it appears.
const geocodeHelp = "locate addresses with gazetteer:PATH (GeoNames IT.txt and/or cities/allCountries files, comma separated), nominatim:URL or photon:URL"

// runGeocode shows what a geocoder finds for each address given.
func runGeocode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "geocode")
	spec := fs.String("geocode", "", geocodeHelp)
	cache := fs.String("cache", "", "folder for a geocoding server's answers cache (usually the index folder)")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *spec == "" || fs.NArg() == 0 {
		return usageErr("--geocode and at least one ADDRESS are required")
	}
	g, err := openGeocoder(ctx, *spec, *cache)
	if err != nil {
		return err
	}
	type answer struct {
		Query   string           `json:"query"`
		Results []geocode.Result `json:"results"`
		Error   string           `json:"error,omitempty"`
	}
	var answers []answer
	failed := 0
	for _, q := range fs.Args() {
		r, err := g.Geocode(ctx, q)
		a := answer{Query: q, Results: r}
		if a.Results == nil {
			a.Results = []geocode.Result{}
		}
		if err != nil {
			if !errors.Is(err, geocode.ErrNotFound) {
				return err
			}
			a.Error, failed = "not found", failed+1
		}
		answers = append(answers, a)
	}
	if *asJSON {
		if err := writeJSON(e.stdout, answers); err != nil {
			return err
		}
	} else {
		for _, a := range answers {
			fmt.Fprintf(e.stdout, "%s\n", a.Query)
			if a.Error != "" {
				fmt.Fprintf(e.stdout, "  not found\n")
			}
			for _, r := range a.Results {
				fmt.Fprintf(e.stdout, "  %-9s %.5f, %.5f  %s (%s)\n", r.Precision, r.Location.Lat, r.Location.Lon, r.Label, r.Source)
				if r.Note != "" {
					fmt.Fprintf(e.stdout, "            %s\n", r.Note)
				}
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d addresses not found", failed, len(answers))
	}
	return nil
}

// openGeocoder opens a --geocode spec; "" gives nil. A server's answers
// are cached in dir.
func openGeocoder(ctx context.Context, spec, dir string) (geocode.Geocoder, error) {
	if spec == "" {
		return nil, nil
	}
	g, err := geocode.Open(ctx, spec, dir)
	if errors.Is(err, geocode.ErrSpec) {
		return nil, usageErr("--geocode: %v", err)
	}
	return g, err
}

// openTransit loads a --gtfs feed (zip or folder) with the default
// planner options: 08:00 on the next working day, 800 m walks, two
// changes; "" gives nil, the speed model.
func openTransit(ctx context.Context, path, depart string) (*transit.Planner, error) {
	if path == "" {
		return nil, nil
	}
	f, err := transit.Load(ctx, path)
	if err != nil {
		return nil, err
	}
	p, err := transit.NewPlanner(f, transit.Options{Depart: strings.TrimSpace(depart)})
	if errors.Is(err, transit.ErrOptions) {
		return nil, usageErr("--depart: %v", err)
	}
	return p, err
}
