package match

import (
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"golang.org/x/text/language"
)

// Options shape one Match call. The zero value works: 20 results, at most 2
// per employer, competitive jobs only, today's date.
type Options struct {
	// Timing, when not nil, receives where the search spent its time.
	Timing *Phases
	// Limit is the number of results; 0 means 20.
	Limit int
	// PerEmployer caps results from one employer, so one big employer does
	// not fill the list; 0 means 2, negative means no cap.
	PerEmployer int
	// IncludeNonCompetitive also shows traineeships, sheltered work and
	// reserved (quota, convention) posts, labelled as such. Reserved posts
	// are never shown to a client who chose not to disclose.
	IncludeNonCompetitive bool
	// Rapid favours vacancies open now, posted recently, starting soon and
	// easy to apply to: rapid job search.
	Rapid bool
	// Today is the day the search is made; zero means the current date.
	Today employer.Date
	// Weights override DefaultWeights when non-nil.
	Weights *Weights
	// Facets also counts, over every vacancy whatever the limit, bands of
	// what passed the musts and what each must left out (Results.Facets).
	// It reads every vacancy, so it is off by default.
	Facets bool
	// Lang is the language of the text of reasons, flags, the rapid-search
	// standing and the labels of Understood: English when zero, else
	// Italian, Spanish or Danish (the closest of them to Lang). Numbers,
	// money and dates are written as that language writes them. Titles,
	// names and labels a posting or an import gave are data and stay as
	// they are. A reason's factor, effect and score, the exclusion codes
	// and the ranking never change with it.
	Lang language.Tag
}

// Validate reports options that cannot work.
func (o Options) Validate() error {
	if o.Limit < 0 || o.Limit > 10000 {
		return fmt.Errorf("%w: limit %d is outside 0..10000", ErrInvalidOptions, o.Limit)
	}
	if o.Weights != nil {
		return o.Weights.Validate()
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.Limit == 0 {
		o.Limit = 20
	}
	if o.PerEmployer == 0 {
		o.PerEmployer = 2
	}
	if o.Today.IsZero() {
		o.Today = civil.Of(time.Now())
	}
	if o.Weights == nil {
		w := DefaultWeights()
		o.Weights = &w
	}
	return o
}
