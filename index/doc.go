// Package index keeps a region's employers and vacancies in bleve behind a
// small API: open on disk or in memory, upsert and delete in batches, get by
// id, count, and search by words. The bleve mapping lives here and nowhere
// else, and carries a version: an index built with another mapping refuses
// to open until it is rebuilt.
//
// On upsert the index fills what a posting leaves out from its taxonomy: an
// occupation read from the title, and skills from the occupation's profile,
// each marked as inferred so that reasons can say so. Beside bleve it keeps,
// per batch, a memory-mapped segment of posting lists (occupation codes and
// ISCO groups, title words, geohash cells), each vacancy's hot fields and
// its record, so opening reads headers, not records; each employer's id
// comes with the little a search's bound needs of it (its standing with
// the programme, inclusion policy and sector), kept per employer number
// (retrieval.Hot.Emp) so that no record is read to bound the employer's
// score. The index also counts the vacancies of each cell. When a writer closes
// after batches it also saves a state file: the slot arrays, posting lists
// and sorted id tables as the index uses them, which the next Open maps
// instead of decoding every header (see state.go; a state is a cache, and
// one that is missing or damaged is ignored). The matcher reads candidates
// from them through internal/retrieval (a Source the index registers), not
// through this package's API: those are internals no embedder depends on.
// A client's words are looked up in the title word lists within reach;
// bleve answers Query, for embedders.
//
// A search reads a list cell by cell and week by week: each list is split
// by coarse cell and week of posting on its first reading (postings.go),
// and a state file keeps, beside each list, the number of each entry's
// run of one cell and week, so that splitting what it holds reads one
// slot's place per run (runs.go). Each batch lays its vacancies out by
// coarse cell, then week, then fine cell (layOut), so that the slots of a
// cell and week, and their hot fields, lie together in memory; where each
// slot lies is also kept in an array of its own (slotPlace). A serving
// process calls Warm after Open, so that the first searches find the
// lists split.
//
// Creating an index on disk is atomic: Open builds it in a hidden sibling
// folder, syncs it and renames it into place, so a crash leaves either no
// index or a whole one; a folder that is empty or holds only an index's
// companions (its journal) is treated as absent, and any other folder is
// refused with ErrNotIndex, never written into.
package index
