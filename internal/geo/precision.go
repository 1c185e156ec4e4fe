package geo

// Precision says how closely a position locates a place: at the door
// (address), somewhere on the street, somewhere in the postcode area, or
// somewhere in the town. The empty Precision means the coordinates were
// given, not looked up, and are trusted as exact.
type Precision string

// Precisions, finest first.
const (
	PrecisionGiven    Precision = ""
	PrecisionAddress  Precision = "address"
	PrecisionStreet   Precision = "street"
	PrecisionPostcode Precision = "postcode"
	PrecisionTown     Precision = "town"
)

// Known reports whether p is one of the precisions above.
func (p Precision) Known() bool {
	switch p {
	case PrecisionGiven, PrecisionAddress, PrecisionStreet, PrecisionPostcode, PrecisionTown:
		return true
	}
	return false
}

// RadiusKm is how far, at most in the usual case, the real place may lie
// from a point of precision p: a town's centre can be 5 km from a
// workplace in the same comune, a postcode's 2 km.
func (p Precision) RadiusKm() float64 {
	switch p {
	case PrecisionStreet:
		return 0.5
	case PrecisionPostcode:
		return 2
	case PrecisionTown:
		return 5
	}
	return 0.05
}

// Coarse reports whether p locates a place no better than its postcode:
// close enough to rank, not to trust a commute limit blindly.
func (p Precision) Coarse() bool { return p == PrecisionPostcode || p == PrecisionTown }
