// Package geocode turns the places teams write ("Via Zamboni 12, Bologna",
// "40026", "Imola (BO)") into coordinates, each with the precision it was
// found at, behind one Geocoder interface. Two implementations: an offline
// Gazetteer read from the GeoNames postal-code and places dumps a user
// downloads (CC-BY 4.0), which knows postcodes and towns but no streets;
// and a Client for a Nominatim or Photon server a team or its region runs,
// rate limited and with a persistent cache, so that one address is never
// asked twice.
package geocode
