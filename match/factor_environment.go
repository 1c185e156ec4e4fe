package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

type envDim struct {
	name string
	pref *preference.EnvPref
	have employer.Level
}

func envDims(p preference.Environment, v employer.Environment) [4]envDim {
	return [4]envDim{{"social contact", p.Social, v.Social}, {"noise", p.Noise, v.Noise},
		{"outdoor work", p.Outdoor, v.Outdoor}, {"physical demand", p.Physical, v.Physical}}
}

// environmentFactor: the work environment (social contact, noise, outdoor
// work, physical demand), the mean likeness of each stated preference,
// with a penalty for each level the client avoids. It counts when the
// client states a level wanted, not only avoided.
type environmentFactor struct{}

func (environmentFactor) name() string                  { return "environment" }
func (environmentFactor) defaultWeight() float64        { return 0.5 }
func (environmentFactor) weightIn(ws *Weights) *float64 { return &ws.Environment }
func (environmentFactor) weight(w *want) float64        { return w.w.Environment }

var envNone employer.Environment

func (environmentFactor) counts(w *want) counting { return w.env.counts }

// envWant is the environment factor compiled for one profile: whether it
// counts, and its likeness for every Hot.Env, since the hot bound asks
// for it once per candidate.
type envWant struct {
	counts counting
	like   *[256]float64 // nil when the factor does not count
}

func compileEnv(w *want) envWant {
	var e envWant
	for _, d := range envDims(w.p.Environment, envNone) {
		if d.pref != nil && d.pref.Strength != preference.Avoid && d.pref.Strength != preference.Never {
			e.counts = countedStated
		}
	}
	if e.counts == notCounted {
		return e
	}
	e.like = new([256]float64)
	for env := range e.like {
		var ranks [4]int
		for d := range ranks {
			ranks[d] = env >> (2 * d) & 3
		}
		if s, n := w.envLikeness(ranks); n > 0 {
			e.like[env] = s + 1e-9
		} else {
			e.like[env] = 1
		}
	}
	return e
}

// bound is, from the hot fields, the factor's score before any penalty
// for a level the client avoids: the hot fields hold every level.
func (environmentFactor) bound(w *want, k *known) float64 {
	if k.hot == nil || w.env.like == nil {
		return 1
	}
	return w.env.like[k.hot.Env]
}

// envLikeness is the mean likeness of the levels the client states
// wanted, given the vacancy's ranks (social contact, noise, outdoor work,
// physical demand; 0 when not stated), over n such levels.
func (w *want) envLikeness(ranks [4]int) (s float64, n int) {
	sum := 0.0
	for d, dim := range envDims(w.p.Environment, envNone) {
		if dim.pref == nil || dim.pref.Strength == preference.Never || dim.pref.Strength == preference.Avoid {
			continue
		}
		n++
		if ranks[d] == 0 {
			sum += 0.5
			continue
		}
		want := employer.Level(dim.pref.Level).Rank()
		sum += [...]float64{1, 0.5, 0}[max(ranks[d]-want, want-ranks[d])]
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

func (environmentFactor) score(w *want, c *cand) {
	dims := envDims(w.p.Environment, c.e.Environment)
	sum, n := 0.0, 0
	var parts []string
	for _, d := range dims {
		if d.pref == nil || d.pref.Strength == preference.Never {
			continue // a never is a filter (see exclude)
		}
		want := employer.Level(d.pref.Level).Rank()
		have := d.have.Rank()
		if d.pref.Strength == preference.Avoid {
			if have == want {
				c.total -= w.w.Environment * 0.5
				if c.explain {
					c.add("environment", Minus, 0.5, w.sprintf("%s, which the client wants to avoid", w.envLevel(d.have, d.name)))
				}
			}
			continue
		}
		n++
		switch {
		case have == 0:
			sum += 0.5
			if c.explain {
				parts = append(parts, w.sprintf("%s not stated", w.tr(d.name)))
			}
		default:
			diff := max(have-want, want-have)
			sum += [...]float64{1, 0.5, 0}[diff]
			if c.explain {
				parts = append(parts, w.sprintf("%s (wanted %s)", w.envLevel(d.have, d.name), w.envWanted(employer.Level(d.pref.Level), d.name)))
			}
		}
	}
	if n == 0 {
		return
	}
	s := sum / float64(n)
	c.total += w.w.Environment * s
	if c.explain {
		c.add("environment", effectOf(s), s, strings.Join(parts, ", "))
	}
}

// envLevel says a level of one aspect of the work environment: "high
// noise", "molto rumore".
func (w *want) envLevel(l employer.Level, name string) string {
	return w.tr(string(l) + " " + name)
}

// envWanted says the level the client wants: the level alone in English
// ("wanted low"), the whole phrase in other languages, where a bare
// "low" would not agree with the aspect.
func (w *want) envWanted(l employer.Level, name string) string {
	if w.english() {
		return string(l)
	}
	return w.envLevel(l, name)
}
