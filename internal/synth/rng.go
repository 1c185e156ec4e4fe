package synth

import "math/rand/v2"

// Record kinds, mixed into each record's random stream so that employer 7
// and vacancy 7 do not share draws.
const (
	kindEmployer uint64 = iota + 1
	kindVacancy
	kindProfile
	kindPlaces
)

// rng is a random stream with the few draws the generator needs. Each
// record gets its own stream, derived from the seed, its kind and its
// index, so any record can be built alone (see Vacancy) and adding
// records never changes the earlier ones.
type rng struct{ *rand.Rand }

func newRNG(seed int64, kind uint64, i int) rng {
	return rng{rand.New(rand.NewPCG(uint64(seed)^0x9e3779b97f4a7c15, kind<<56^uint64(i)))}
}

// chance reports true with probability p.
func (r rng) chance(p float64) bool { return r.Float64() < p }

// between returns a uniform integer in lo..hi inclusive.
func (r rng) between(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// uniform returns a uniform float in [lo, hi).
func (r rng) uniform(lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// pick returns a uniformly chosen element.
func pick[T any](r rng, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted returns an index drawn with the given weights.
func (r rng) weighted(ws []float64) int {
	var sum float64
	for _, w := range ws {
		sum += w
	}
	x := r.Float64() * sum
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// sample returns k distinct elements in random order (all when k >= len).
func sample[T any](r rng, xs []T, k int) []T {
	k = min(k, len(xs))
	idx := r.Perm(len(xs))[:k]
	out := make([]T, k)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}
