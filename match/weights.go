package match

import (
	"fmt"
	"reflect"
)

// Weights set how much each factor counts. A factor counts only when the
// profile states the preference it measures (freshness and employer always
// count). The score of a vacancy is the weighted mean of its factor scores,
// minus weighted penalties for what the client wants to avoid. Each field
// names its documented default; DefaultWeights takes them from the factors
// themselves (factor_<name>.go), and a test holds the two to agreement.
type Weights struct {
	Occupation   float64 `json:"occupation"`   // default 4
	Skills       float64 `json:"skills"`       // default 1
	Hours        float64 `json:"hours"`        // default 1
	Shifts       float64 `json:"shifts"`       // default 1
	Commute      float64 `json:"commute"`      // default 1.5
	Pay          float64 `json:"pay"`          // default 0.75
	Environment  float64 `json:"environment"`  // default 0.5
	Freshness    float64 `json:"freshness"`    // default 0.75; three times this with Options.Rapid
	Employer     float64 `json:"employer"`     // default 0.75
	Sector       float64 `json:"sector"`       // default 0.5
	Requirements float64 `json:"requirements"` // default 1: a penalty for a licence or language the client lacks
}

// DefaultWeights are the documented defaults: the kind of work comes first
// (clients hold jobs that match their preferences about twice as long),
// then getting there, then the rest.
func DefaultWeights() Weights {
	var ws Weights
	for _, f := range factors {
		*f.weightIn(&ws) = f.defaultWeight()
	}
	return ws
}

// Validate reports a negative or non-finite weight.
func (w Weights) Validate() error {
	v := reflect.ValueOf(w)
	for i := range v.NumField() {
		f := v.Field(i).Float()
		if f < 0 || f != f || f > 1e6 {
			return fmt.Errorf("%w: weight %s = %v", ErrInvalidOptions, v.Type().Field(i).Name, f)
		}
	}
	return nil
}
