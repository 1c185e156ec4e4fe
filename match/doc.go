// Package match is the ipsmatch engine. It turns a client's profile into a
// retrieval over the index, scores each candidate factor by factor in Go
// (occupation, skills, hours and the benefits cap, shifts, commute, pay,
// work environment, freshness, the employer's relationship with the
// programme), applies the client's disclosure choice, and explains every
// result in a specialist's words.
//
// Must-preferences filter and are never violated; every vacancy left out is
// counted by reason. Retrieval widens tier by tier (the client's occupations
// and ISCO unit groups, then minor groups, then sub-major groups, then
// everything in reach) and stops only when no vacancy outside the tiers read
// so far could outscore the last result kept, so the results are exactly
// those that scoring every vacancy would give.
package match
