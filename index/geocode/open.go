package geocode

import (
	"context"
	"fmt"
	"strings"
)

// Open returns the geocoder a spec names, as the CLI takes it:
// "gazetteer:PATH[,PATH...]" for GeoNames dumps, "nominatim:URL" or
// "photon:URL" for a server. A server's answers are cached in cacheDir.
func Open(ctx context.Context, spec, cacheDir string) (Geocoder, error) {
	kind, arg, ok := strings.Cut(spec, ":")
	if !ok || arg == "" {
		return nil, fmt.Errorf("%w: %q (want gazetteer:PATH, nominatim:URL or photon:URL)", ErrSpec, spec)
	}
	switch kind {
	case "gazetteer":
		return LoadGazetteer(ctx, strings.Split(arg, ",")...)
	case Nominatim, Photon:
		return NewClient(ClientOptions{BaseURL: arg, Flavour: kind, CacheDir: cacheDir})
	}
	return nil, fmt.Errorf("%w: %q (want gazetteer:PATH, nominatim:URL or photon:URL)", ErrSpec, spec)
}

// Best returns a query's first result, or an error wrapping ErrNotFound.
func Best(ctx context.Context, g Geocoder, q string) (Result, error) {
	r, err := g.Geocode(ctx, q)
	if err != nil {
		return Result{}, err
	}
	return r[0], nil
}
