// Package pgstore keeps the team's job-development log (store.Store) in
// PostgreSQL, for teams whose specialists record from several machines.
//
// Everything lives in one schema ("ipsmatch" unless Options.Schema says
// otherwise), so the store can share a database. Open creates it, or
// migrates it forward, in one transaction under an advisory lock, and
// refuses a schema newer than SchemaVersion with store.ErrSchemaVersion.
// The tables:
//
//	schema_version  one row: the version of these tables
//	specialists     the roster: id, name
//	versions        every version of every record, never updated or
//	                deleted: seq (bigserial), kind, id, op (add, end, amend,
//	                void), change (who, when, why, as JSON; null for an add
//	                or an end), record (the record as JSON; null for a void)
//	records         the current version of each record, one row per kind
//	                and id: seq of that version, voided, the record as
//	                JSON and the columns reads filter on (employer_id,
//	                client_id, specialist, day), each indexed
//
// A write is one transaction that appends to versions and updates records.
// Writers take turns under a transaction-level advisory lock on the schema,
// held from before they draw a seq until their commit is visible, so
// versions become visible in seq order. That is what keeps the derived
// state cheap and right: each Store loads it once from records, then
// before every read of Derived fetches only the versions with a seq above
// the last it applied, whoever wrote them. A program that writes these
// tables by any other road must take the same lock.
package pgstore
