// Package taxonomy is the occupation and skill vocabulary of the matching
// engine. It turns a client's own words, in English, Italian, Spanish or
// Danish, into occupations, and a broad wish into a theme, a weighted set
// of occupations (Themes); reads vacancy titles as every plausible
// occupation (Readings); relates occupations by shared essential skills
// and a curated list (Related); scores how close two occupations are by
// their ISCO-08 groups; names those groups and walks an
// occupation up to its ISCO-08 major group (ISCOGroup, Broader); and lists
// the essential and optional skills of an occupation. A small vocabulary of
// common entry-level jobs is built in (Builtin), and the full ESCO
// classification can be loaded from the files the European Commission
// distributes (LoadESCO) and merged with it. A Taxonomy never changes once
// built, so any number of goroutines may read it.
package taxonomy
