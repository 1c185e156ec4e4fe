package server

import (
	"errors"
	"fmt"
	"net/http"
	"unicode/utf8"

	"github.com/ipsmatch/ipsmatch/index/geocode"
)

// GeocodeRequest asks where addresses are, as 'ipsmatch geocode' does,
// with the geocoder the server was started with (serve --geocode). The
// addresses are looked up, answered and forgotten: never logged.
type GeocodeRequest struct {
	Addresses []string `json:"addresses"`
}

// GeocodeResult answers each address in the order given.
type GeocodeResult struct {
	Answers []GeocodeAnswer `json:"answers"`
}

// GeocodeAnswer is what the geocoder found for one address, best first.
type GeocodeAnswer struct {
	Query   string           `json:"query"`
	Results []geocode.Result `json:"results"`
	// Error says why nothing was found: "not found", or that a geocoding
	// server failed or limited the rate; never the address.
	Error string `json:"error,omitempty"`
}

// Limits on one request to locate addresses.
const (
	maxAddresses   = 50
	maxAddressRune = 300
)

func (s *Server) geocode(r *http.Request, p *who) (any, error) {
	var req GeocodeRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if s.opt.Geocoder == nil {
		return nil, fmt.Errorf("%w: the server was started without a geocoder (ipsmatch serve --geocode gazetteer:PATH)", ErrNotConfigured)
	}
	if len(req.Addresses) == 0 || len(req.Addresses) > maxAddresses {
		return nil, badField("addresses", "give from 1 to %d addresses", maxAddresses)
	}
	for i, a := range req.Addresses {
		if utf8.RuneCountInString(a) > maxAddressRune {
			return nil, badField("addresses", "address %d is longer than %d characters", i+1, maxAddressRune)
		}
	}
	out := GeocodeResult{Answers: make([]GeocodeAnswer, 0, len(req.Addresses))}
	found := 0
	for _, q := range req.Addresses {
		res, err := s.opt.Geocoder.Geocode(r.Context(), q)
		a := GeocodeAnswer{Query: q, Results: res}
		if a.Results == nil {
			a.Results = []geocode.Result{}
		}
		switch {
		case err == nil:
			found++
		case r.Context().Err() != nil:
			return nil, r.Context().Err()
		case errors.Is(err, geocode.ErrNotFound):
			a.Error = "not found"
		case errors.Is(err, geocode.ErrRateLimited):
			a.Error = "the geocoding server limited the rate; try again later"
		default:
			// The error may quote the address: the log gets its kind only.
			s.log.Warn("geocoding failed", "server_error", errors.Is(err, geocode.ErrServer))
			a.Error = "the geocoding server failed"
		}
		out.Answers = append(out.Answers, a)
	}
	note(r.Context(), "count", len(out.Answers), "found", found)
	return out, nil
}
