// Package store defines the team's job-development log: the contacts
// specialists make with employers, the job starts (placements) that follow,
// and the roster of specialists, behind one interface with two homes, the
// file journal (index/journal, the embedded default) and PostgreSQL
// (index/pgstore). A record can be amended or voided, never erased: every
// version is kept with who changed it, when and why, and every derived
// figure reads the current version. Derived state (relationship stages,
// track records, each client's first face-to-face contact, follow-ups due)
// is kept up to date as records are written, per employer and per client,
// so reading it costs the same with a history of a hundred records or a
// million. The store checks each record on its own and guards ids; whether
// the employer and client exist and whether the client's disclosure choice
// allows a contact is decided by one gate, match.Recorder, that every entry
// point calls.
package store
