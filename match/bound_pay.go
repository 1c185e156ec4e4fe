package match

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
)

// hotPayScore is the pay factor as scorePay computes it, from a
// candidate's hot fields: pay and hours are all it reads. It lets the hot
// bound count pay exactly, so that a search reads the records of the
// candidates that could make the list, not of every one whose pay is
// unknown until read. It answers a hair above the factor, so that the
// bound, summed in another order than the score, never rounds below it
// and cuts a tie.
func (w *want) hotPayScore(h retrieval.Hot) float64 { return w.hotPayFactor(h) + 1e-9 }

func (w *want) hotPayFactor(h retrieval.Hot) float64 {
	pf := w.p.Pay
	v := employer.Vacancy{Pay: h.Pay(), Hours: employer.Range{Min: h.HoursLo, Max: h.HoursHi}}
	if !v.Pay.Stated() {
		return 0.5
	}
	lo, hi := payPerUnit(&v, pf.Unit)
	switch {
	case lo >= pf.Min:
		return 1
	case hi >= pf.Min:
		return 0.7
	}
	return 0.3 * hi / pf.Min
}
