// Package preference describes what a client wants from a job: the kinds of
// work, hours and shifts, how far they can travel and by what means, pay,
// the work environment, a benefits limit on hours or earnings, and what they
// have chosen to tell an employer. Each preference carries a strength: must
// (a filter that is never violated), prefer (adds to a job's score) or avoid
// (subtracts). A profile holds no clinical data and no nationality: it has
// no fields for them, and decoding rejects any field it does not define.
package preference
