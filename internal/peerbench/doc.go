// Package peerbench reads the files of the shared peer benchmark (a
// generator of vacancies over real towns and client questions, answered by
// PostgreSQL, plain bleve and ipsmatch): vacancies.jsonl and
// profiles.jsonl, mapped onto the library's types the way the benchmark's
// own ipsmatch adapter maps them, so that the project's bench and tests
// answer the same questions as the peers.
package peerbench
