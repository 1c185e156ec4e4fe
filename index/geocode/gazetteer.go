package geocode

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Gazetteer is an offline geocoder over GeoNames dumps: postcodes from the
// postal-code dump and towns from the places dump (or, without one, from
// the postal-code dump's place names). It has no street list, so a street
// is located by its postcode or town, at that precision, and the result
// says so. It is read-only after loading and safe for concurrent use.
type Gazetteer struct {
	postcodes map[string][]postal // by postcode as written
	towns     map[string][]town   // by folded name
}

// postal is one row of the postal-code dump.
type postal struct {
	place, province string // province is the folded admin2 code
	town            string // comune (admin3 name), "" when not given
	lat, lon        float64
}

// town is one populated place.
type town struct {
	name, province string
	lat, lon       float64
	pop            int
	source         string
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{postcodes: map[string][]postal{}, towns: map[string][]town{}}
}

// Len returns the number of postcodes and of town names the gazetteer
// knows.
func (g *Gazetteer) Len() (postcodes, towns int) { return len(g.postcodes), len(g.towns) }

// Geocode finds a query's postcode or town. Results are best first: the
// postcode when one is given and known, else the towns of that name, most
// populous first, filtered by a province code when one is given.
func (g *Gazetteer) Geocode(ctx context.Context, q string) ([]Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pq := parseQuery(q)
	out := g.byPostcode(pq)
	if len(out) == 0 {
		out = g.byTown(pq)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w in the offline gazetteer", ErrNotFound)
	}
	if pq.street != "" {
		for i := range out {
			out[i].Note = "street not placed: the offline gazetteer has no street list; located by " + string(out[i].Precision)
		}
	}
	return out, nil
}

// byPostcode is the centre of a postcode's places, or of those in the
// town named with it.
func (g *Gazetteer) byPostcode(q query) []Result {
	rows := g.postcodes[q.postcode]
	if len(rows) == 0 {
		return nil
	}
	if len(q.towns) > 0 {
		// The place named first (a frazione has its own row), else the
		// comune's rows.
		for _, name := range []func(postal) string{func(r postal) string { return r.place }, func(r postal) string { return r.town }} {
			in := slices.DeleteFunc(slices.Clone(rows), func(r postal) bool { return !slices.Contains(q.towns, key(name(r))) })
			if len(in) > 0 {
				rows = in
				break
			}
		}
	}
	var lat, lon float64
	for _, r := range rows {
		lat += r.lat
		lon += r.lon
	}
	n := float64(len(rows))
	name := rows[0].place
	if rows[0].town != "" && len(rows) > 1 {
		name = rows[0].town
	}
	return []Result{{
		Location:  Point{Lat: round6(lat / n), Lon: round6(lon / n)},
		Precision: Postcode,
		Label:     q.postcode + " " + name + provinceSuffix(rows[0].province),
		Source:    "geonames-postal",
	}}
}

// byTown is the towns named by the first candidate name that is known.
func (g *Gazetteer) byTown(q query) []Result {
	for _, name := range q.towns {
		ts := g.towns[name]
		if q.province != "" {
			ts = slices.DeleteFunc(slices.Clone(ts), func(t town) bool { return t.province != q.province })
		}
		if len(ts) == 0 {
			continue
		}
		out := make([]Result, 0, len(ts))
		for _, t := range ts {
			out = append(out, Result{
				Location:  Point{Lat: t.lat, Lon: t.lon},
				Precision: Town,
				Label:     t.name + provinceSuffix(t.province),
				Source:    t.source,
			})
		}
		return out
	}
	return nil
}

// finish derives towns from postal rows where the places dump gave none,
// keeps one town per name and province (the most populous), and orders
// each name's towns most populous first.
func (g *Gazetteer) finish() {
	type acc struct {
		name        string
		lat, lon, n float64
	}
	fromPostal := map[[2]string]*acc{}
	for _, rows := range g.postcodes {
		for _, r := range rows {
			for _, nm := range []string{r.place, r.town} {
				if nm == "" {
					continue
				}
				k := [2]string{key(nm), r.province}
				a := fromPostal[k]
				if a == nil {
					a = &acc{name: titleCase(nm)}
					fromPostal[k] = a
				}
				a.lat, a.lon, a.n = a.lat+r.lat, a.lon+r.lon, a.n+1
			}
		}
	}
	for k, a := range fromPostal {
		if !slices.ContainsFunc(g.towns[k[0]], func(t town) bool { return t.province == k[1] }) {
			g.towns[k[0]] = append(g.towns[k[0]], town{name: a.name, province: k[1],
				lat: round6(a.lat / a.n), lon: round6(a.lon / a.n), source: "geonames-postal"})
		}
	}
	for k, ts := range g.towns {
		slices.SortFunc(ts, func(a, b town) int {
			return cmp.Or(cmp.Compare(a.province, b.province), cmp.Compare(b.pop, a.pop), cmp.Compare(a.name, b.name))
		})
		ts = slices.CompactFunc(ts, func(a, b town) bool { return a.province == b.province })
		slices.SortStableFunc(ts, func(a, b town) int { return cmp.Compare(b.pop, a.pop) })
		g.towns[k] = ts
	}
}

func provinceSuffix(p string) string {
	if p == "" {
		return ""
	}
	return " (" + strings.ToUpper(p) + ")"
}

// titleCase writes a folded name as a label: "san lazzaro di savena"
// becomes "San Lazzaro Di Savena". Names from the dumps keep their own
// spelling; this is only for names the dumps gave in capitals.
func titleCase(s string) string {
	if s != strings.ToLower(s) {
		return s
	}
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

func round6(f float64) float64 {
	if f < 0 {
		return -round6(-f)
	}
	return float64(int64(f*1e6+0.5)) / 1e6
}
