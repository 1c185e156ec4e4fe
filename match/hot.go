package match

import (
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// entries reads an entry's hot fields: every index's source reads them the
// same way, from the entry itself.
var entries = retrieval.Of[*index.Entry]((*index.Index)(nil))

// hotOf is an entry's hot fields.
func hotOf(e *index.Entry) retrieval.Hot { return entries.HotOf(e) }
