// Package match is the ipsmatch engine. It turns a client's profile into a
// retrieval over the index, scores each candidate factor by factor in Go
// (occupation, skills, hours and the benefits cap, shifts, commute, pay,
// work environment, freshness, the employer's relationship with the
// programme), applies the client's disclosure choice, and explains every
// result in a specialist's words.
//
// Must-preferences filter and are never violated; every vacancy left out is
// counted by reason. A preferred job type ranks; it also bounds what is
// relevant: when a client names kinds of work, vacancies unrelated to all
// of them (not in the same ISCO minor group, not related work by shared
// essential skills or the vocabulary's related-occupations list, no
// shared word) are left out as "other work", as a specialist would. A
// broad wish ("something with animals") is read as a theme, a weighted
// set of occupations; a vacancy title is read as every plausible
// occupation, and the client's words still reach titles the taxonomy
// could not read. Retrieval widens tier by tier (the client's
// occupations, ISCO unit groups and words, then related work, then minor
// groups) and stops only when no vacancy outside the tiers read so far
// could outscore the last result kept, so the results are exactly those
// that scoring every vacancy would give. Within a tier it reads blocks of
// distance and weeks of posting, best bound first: the area within a
// must commute limit by bands; for a preferred limit, the places within
// it, then rings out to eight times it, then the rest of the index. Each
// candidate is bounded on its hot fields first (which carry the
// employer's number, the skills' fingerprint, start time and work
// environment, so that every factor but the occupation's finer readings
// is known there) and its record read only when that bound can beat the
// list, best bound first; a candidate below the last result kept is
// left out as it is read. After a block that selected thousands of
// vacancies, the next is read on two cores, in two halves of its cells
// (retrieve_two.go). With a must job type only the steps that can meet
// it are read.
//
// Each ranking factor lives in one file, factor_<name>.go: its name, its
// documented default weight, when it counts, its score in [0,1], its
// reasons in words and, if it has one, the bound on its score that lets
// retrieval stop early. The registry in factor.go lists them; scoring, the
// denominator, DefaultWeights and the order of reasons range over it. To
// add a factor, write its file (factor_new_test.go shows one), add it to
// the registry and its field to Weights; if it bounds, call its bound in
// bound.go too (a test checks that). Employer leads score with factors of
// their own (leads_score.go).
package match
