// Package arena keeps many small byte strings, and an index from string
// ids to numbers, in memory the garbage collector does not have to scan:
// a log of a million records held as Go strings and maps costs every
// collection a walk over a million pointers; held here it costs a few.
package arena
