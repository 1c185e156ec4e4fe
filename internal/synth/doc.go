// Package synth generates synthetic towns for tests and benchmarks: employers
// clustered around a centre, their vacancies and client profiles, at any size
// and always the same for the same Config. The records are fictional but
// shaped like an Italian town's labour market as an IPS team sees it: many
// small cafés and shops near the centre, warehouses and farms towards the
// edge, a quarter of postings in Italian, a minority of reserved or
// non-competitive posts, and clients whose preferences, benefits limits and
// disclosure choices vary the way a real caseload's do. Every record passes
// its package's Validate.
package synth
