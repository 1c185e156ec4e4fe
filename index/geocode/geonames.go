package geocode

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Column counts of the two GeoNames dump formats
// (https://download.geonames.org/export/zip/ and /export/dump/).
const (
	postalColumns = 12 // country, postcode, place, admin1 name/code, admin2 name/code, admin3 name/code, lat, lon, accuracy
	placeColumns  = 19 // geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1-4, population, elevation, dem, timezone, modified
)

// LoadGazetteer reads GeoNames dumps: each path is a .txt file, a .zip as
// GeoNames distributes it (IT.zip), or a folder of those. A file's format
// (postal codes or places) is told by its column count. Only populated
// places (feature class P) are read from a places dump.
func LoadGazetteer(ctx context.Context, paths ...string) (*Gazetteer, error) {
	g := newGazetteer()
	for _, p := range paths {
		if err := g.loadPath(ctx, p); err != nil {
			return nil, err
		}
	}
	if len(g.postcodes) == 0 && len(g.towns) == 0 {
		return nil, fmt.Errorf("%w: %s: no postcodes or places read", ErrGazetteer, strings.Join(paths, ", "))
	}
	g.finish()
	return g, nil
}

func (g *Gazetteer) loadPath(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrGazetteer, err)
	}
	if st.IsDir() {
		ents, err := os.ReadDir(path)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrGazetteer, err)
		}
		for _, e := range ents {
			if ext := strings.ToLower(filepath.Ext(e.Name())); !e.IsDir() && (ext == ".txt" || ext == ".zip") && !isReadme(e.Name()) {
				if err := g.loadPath(ctx, filepath.Join(path, e.Name())); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return g.loadZip(ctx, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrGazetteer, err)
	}
	defer f.Close()
	return g.read(ctx, f, path)
}

func isReadme(name string) bool { return strings.HasPrefix(strings.ToLower(name), "readme") }

func (g *Gazetteer) loadZip(ctx context.Context, path string) error {
	z, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrGazetteer, path, err)
	}
	defer z.Close()
	for _, f := range z.File {
		if !strings.EqualFold(filepath.Ext(f.Name), ".txt") || isReadme(filepath.Base(f.Name)) {
			continue
		}
		r, err := f.Open()
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrGazetteer, path, err)
		}
		err = g.read(ctx, r, path+":"+f.Name)
		r.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// read reads one dump, line by line.
func (g *Gazetteer) read(ctx context.Context, r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024) // alternatenames can be long
	line := 0
	for sc.Scan() {
		line++
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		text := sc.Text()
		if strings.TrimSpace(text) == "" {
			continue
		}
		cols := strings.Split(text, "\t")
		var err error
		switch len(cols) {
		case postalColumns:
			err = g.postalRow(cols)
		case placeColumns:
			err = g.placeRow(cols)
		default:
			err = fmt.Errorf("%d tab-separated columns, want %d (postal codes) or %d (places)", len(cols), postalColumns, placeColumns)
		}
		if err != nil {
			return fmt.Errorf("%w: %s line %d: %w", ErrGazetteer, name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s line %d: %w", ErrGazetteer, name, line+1, err)
	}
	return nil
}

func (g *Gazetteer) postalRow(c []string) error {
	lat, lon, err := latLon(c[9], c[10], "latitude", "longitude")
	if err != nil {
		return err
	}
	if c[1] == "" {
		return fmt.Errorf("field postal code: empty")
	}
	g.postcodes[c[1]] = append(g.postcodes[c[1]], postal{
		place: c[2], province: key(c[6]), town: c[7], lat: lat, lon: lon,
	})
	return nil
}

func (g *Gazetteer) placeRow(c []string) error {
	if c[6] != "P" {
		return nil
	}
	lat, lon, err := latLon(c[4], c[5], "latitude", "longitude")
	if err != nil {
		return err
	}
	pop := 0
	if c[14] != "" {
		if pop, err = strconv.Atoi(c[14]); err != nil {
			return fmt.Errorf("field population: %q is not a number", c[14])
		}
	}
	t := town{name: c[1], province: key(c[11]), lat: lat, lon: lon, pop: pop, source: "geonames-places"}
	k := key(c[1])
	g.towns[k] = append(g.towns[k], t)
	if a := key(c[2]); a != k && a != "" {
		g.towns[a] = append(g.towns[a], t)
	}
	return nil
}

func latLon(las, los, lf, of string) (float64, float64, error) {
	lat, err := strconv.ParseFloat(las, 64)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, fmt.Errorf("field %s: %q is not a latitude", lf, las)
	}
	lon, err := strconv.ParseFloat(los, 64)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("field %s: %q is not a longitude", of, los)
	}
	return lat, lon, nil
}
