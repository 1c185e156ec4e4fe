package record

import (
	"math"

	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// CheckPoint reports a location outside the globe, or at exactly 0,0: no
// client lives and no employer hires in the Gulf of Guinea, and a
// spreadsheet writes 0,0 for a blank cell. The error names field (for
// example "location.lat") and not the coordinates.
func CheckPoint(id, field string, p *geo.Point) error {
	if p == nil {
		return nil
	}
	if math.IsNaN(p.Lat) || p.Lat < -90 || p.Lat > 90 {
		return Field(id, field+".lat", ErrOutOfRange, "want a latitude in -90..90")
	}
	if math.IsNaN(p.Lon) || p.Lon < -180 || p.Lon > 180 {
		return Field(id, field+".lon", ErrOutOfRange, "want a longitude in -180..180")
	}
	if p.Lat == 0 && p.Lon == 0 {
		return Field(id, field, ErrOutOfRange, "0,0 is in the Gulf of Guinea; leave the location out if unknown")
	}
	return nil
}
