// Package journal is the embedded home of the team's job-development
// store (store.Store): contacts, job starts (placements), their corrections
// and the roster of specialists, kept in one append-only JSON Lines file,
// journal.jsonl, beside the search index, and replayed into memory on open.
// The log is small, written a few records at a time, and irreplaceable, so
// it survives when the search index is thrown away and rebuilt.
//
// The file starts with a header carrying the schema version. Each write is
// a batch of lines followed by a commit line carrying the batch's line count
// and CRC-32C, written at once and synced: replay applies a batch only when
// its commit line is whole and agrees, so a process killed mid-write leaves
// all of a batch or none of it, and the next writer cuts off the remains.
// A file from before the header (schema 1) is migrated once, atomically.
//
// One writer (Open) holds an exclusive lock on journal.lock; a second gets
// ErrLocked at once. Any number of readers (OpenReadOnly) take no lock and
// catch up with the writer's committed batches on every read. Derived state
// (store.Derived) is fed with every version as it is replayed or written.
//
// In memory each version is kept as its line, in chunks without pointers,
// and decoded when read, so that a log of a million contacts costs the
// garbage collector, and with it every search in the process, next to
// nothing.
package journal
