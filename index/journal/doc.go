// Package journal keeps the job-development log (contacts) and job starts
// (placements) durably in an append-only JSON Lines file, journal.jsonl,
// in a directory beside the search index, and rebuilds its in-memory view
// from that file on Open. Contacts and placements are a log: small, written
// a few at a time, and irreplaceable, so they must survive even when the
// search index is thrown away and rebuilt from scratch. Appending lines and
// calling fsync once is cheap, and a batch is durable when the call returns;
// a line torn by a crash mid-write is dropped on the next Open. An exclusive
// lock on journal.lock keeps a second writer process out. The journal checks
// each record on its own and guards ids (re-adding the same record is a
// no-op, a different record under a used id is a conflict); whether the
// employer and client exist, and whether the client's disclosure choice
// allows the contact, is for the caller to check before adding.
package journal
