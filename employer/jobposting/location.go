package jobposting

import (
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// location maps jobLocation: the first Place gives the address and
// coordinates; further places are noted.
func (m *mapper) location() {
	v := &m.rec.Vacancy
	for i, e := range list(m.get("jobLocation")) {
		place := m.c.deref(e)
		addr, pt, notes := readPlace(place)
		if i > 0 {
			if addr == "" {
				addr = show(place)
			}
			m.note("jobLocation[%d]: '%s' not used: only the first location is kept", i, addr)
			continue
		}
		v.Address, v.Location = addr, pt
		for _, n := range notes {
			m.note("jobLocation.%s", n)
		}
	}
}

// readPlace reads a Place (or a bare address) into an address line and a
// point; notes name what could not be read.
func readPlace(v any) (addr string, pt *employer.Point, notes []string) {
	p, ok := v.(map[string]any)
	if !ok {
		return collapseSpace(text(v)), nil, nil
	}
	if _, isAddress := p["streetAddress"]; isAddress || hasType(p, "PostalAddress") {
		return formatAddress(p), nil, nil
	}
	addr = readAddress(p["address"])
	if addr == "" {
		addr = collapseSpace(text(p["name"]))
	}
	var geo any = p
	if g, ok := p["geo"]; ok {
		geo = g
	}
	pt, note := readPoint(geo)
	if note != "" {
		notes = append(notes, note)
	}
	return addr, pt, notes
}

// readAddress reads a PostalAddress, a string or an array of either.
func readAddress(v any) string {
	for _, e := range list(v) {
		var s string
		if a, ok := e.(map[string]any); ok {
			s = formatAddress(a)
		} else {
			s = collapseSpace(text(e))
		}
		if s != "" {
			return s
		}
	}
	return ""
}

// formatAddress writes "street, postalCode locality", followed by the
// region and country when given, so that nothing of the address is lost.
func formatAddress(a map[string]any) string {
	var parts []string
	add := func(s string) {
		if s = collapseSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	add(text(a["streetAddress"]))
	add(strings.TrimSpace(text(a["postalCode"]) + " " + text(a["addressLocality"])))
	region := text(a["addressRegion"])
	if region != "" && !strings.EqualFold(region, text(a["addressLocality"])) {
		add(region)
	}
	add(nameOf(a["addressCountry"]))
	return strings.Join(parts, ", ")
}

// readPoint reads GeoCoordinates (or a Place's own latitude and longitude),
// numbers or strings. Missing, out-of-range and 0,0 coordinates give nil:
// a posting is never put at 0,0.
func readPoint(v any) (*employer.Point, string) {
	g, ok := v.(map[string]any)
	if !ok {
		return nil, ""
	}
	latV, hasLat := g["latitude"]
	lonV, hasLon := g["longitude"]
	if !hasLat && !hasLon {
		return nil, ""
	}
	lat, ok1 := number(latV)
	lon, ok2 := number(lonV)
	p := employer.Point{Lat: lat, Lon: lon}
	if !ok1 || !ok2 {
		return nil, fmt.Sprintf("geo: %s,%s not coordinates", show(latV), show(lonV))
	}
	if _, err := p.Validate(); err != nil {
		return nil, fmt.Sprintf("geo: %v", err)
	}
	if lat == 0 && lon == 0 {
		return nil, "geo: 0,0 taken as missing"
	}
	return &p, ""
}

// remote maps jobLocationType TELECOMMUTE: fully remote, or hybrid when the
// posting also gives a place of work.
func (m *mapper) remote() {
	v := &m.rec.Vacancy
	for _, e := range list(m.get("jobLocationType")) {
		s := text(e)
		if !strings.EqualFold(s, "TELECOMMUTE") {
			if s != "" {
				m.note("jobLocationType: %s not mapped", show(s))
			}
			continue
		}
		v.Remote = employer.FullRemote
		if v.Address != "" || v.Location != nil {
			v.Remote = employer.Hybrid
		}
	}
}
