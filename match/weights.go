package match

import (
	"fmt"
	"reflect"
)

// Weights set how much each factor counts. A factor counts only when the
// profile states the preference it measures (freshness and employer always
// count). The score of a vacancy is the weighted mean of its factor scores,
// minus weighted penalties for what the client wants to avoid.
type Weights struct {
	Occupation   float64 `json:"occupation"`
	Skills       float64 `json:"skills"`
	Hours        float64 `json:"hours"`
	Shifts       float64 `json:"shifts"`
	Commute      float64 `json:"commute"`
	Pay          float64 `json:"pay"`
	Environment  float64 `json:"environment"`
	Freshness    float64 `json:"freshness"`
	Employer     float64 `json:"employer"`
	Sector       float64 `json:"sector"`
	Requirements float64 `json:"requirements"` // a penalty for a licence or language the client lacks
}

// DefaultWeights are the documented defaults: the kind of work comes first
// (clients hold jobs that match their preferences about twice as long),
// then getting there, then the rest.
func DefaultWeights() Weights {
	return Weights{
		Occupation:   4,
		Skills:       1,
		Hours:        1,
		Shifts:       1,
		Commute:      1.5,
		Pay:          0.75,
		Environment:  0.5,
		Freshness:    0.75,
		Employer:     0.75,
		Sector:       0.5,
		Requirements: 1,
	}
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
