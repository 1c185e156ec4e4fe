// Package testrace tells tests whether the race detector is on, so that a
// long check that runs on one goroutine, and so gives the detector nothing
// to find, runs once, in the plain test pass, rather than again ten times
// slower under -race.
package testrace

// Skip is the reason such a test gives when it skips under -race.
const Skip = "one goroutine only: checked in the run without -race"
