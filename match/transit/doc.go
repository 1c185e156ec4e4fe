// Package transit answers how long a client takes to reach a workplace by
// public transport, from the team's own GTFS timetable: a feed is loaded
// strictly (a broken reference is an error naming file, row and field),
// then one RAPTOR search per match gives the earliest arrival from the
// client's home at every stop, for a typical working-day departure, with
// a walk at each end and a cap on changes. Looking up a workplace after
// that is a walk from the nearest stops, so the cost of a match does not
// grow with the number of candidates. Rows are counted as lines of the
// file, the header being row 1.
package transit
