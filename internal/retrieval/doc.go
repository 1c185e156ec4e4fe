// Package retrieval holds what the index and the engine share to retrieve
// candidates, and what no embedder should depend on: a vacancy's hot
// fields, the sets (Area, Mark) a search reads with, the indexed terms of
// places and occupations, and the Source through which the engine reads an
// index's posting lists. The index implements Source and registers it;
// the engine asks for it with Of. Keeping these out of package index keeps
// its public API to what an application uses: open, apply batches, get
// records, search by words.
package retrieval
