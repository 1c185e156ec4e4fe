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
// counts, its likeness for every Hot.Env, and what the client's must and
// never levels leave out, since the hot bound and the hot check ask for
// them once per candidate.
type envWant struct {
	counts  counting
	like    *[256]float64 // nil when the factor does not count
	exclude *[256]string  // why each Hot.Env is left out; nil when none is
}

func compileEnv(w *want) envWant {
	var e envWant
	for _, d := range envDims(w.p.Environment, envNone) {
		if d.pref != nil && d.pref.Strength != preference.Avoid && d.pref.Strength != preference.Never {
			e.counts = countedStated
		}
		if d.pref != nil && (d.pref.Strength == preference.Must || d.pref.Strength == preference.Never) {
			e.exclude = new([256]string)
		}
	}
	if e.exclude != nil {
		for env := range e.exclude {
			e.exclude[env] = w.excludeEnv(envOf(uint8(env)))
		}
	}
	if e.counts == notCounted {
		return e
	}
	e.like = new([256]float64)
	for env := range e.like {
		if s, n := w.envLikeness(envOf(uint8(env))); n > 0 {
			e.like[env] = s + 1e-9
		} else {
			e.like[env] = 1
		}
	}
	return e
}

// envOf is the work environment whose ranks Hot.Env holds.
func envOf(b uint8) employer.Environment {
	var env employer.Environment
	for d, l := range [...]*employer.Level{&env.Social, &env.Noise, &env.Outdoor, &env.Physical} {
		*l = [...]employer.Level{employer.LevelUnknown, employer.Low, employer.Medium, employer.High}[b>>(2*d)&3]
	}
	return env
}

// bound is, from the hot fields, the factor's score before any penalty
// for a level the client avoids: the hot fields hold every level.
func (environmentFactor) bound(w *want, k *known) float64 {
	if k.hot == nil || w.env.like == nil {
		return 1
	}
	return w.env.like[k.hot.Env]
}

// envLikeness is the mean likeness of a vacancy's environment to the
// levels the client states wanted, over n such levels: the factor's
// score before any penalty for a level the client avoids.
func (w *want) envLikeness(env employer.Environment) (s float64, n int) {
	sum := 0.0
	for _, d := range envDims(w.p.Environment, env) {
		if d.pref == nil || d.pref.Strength == preference.Never || d.pref.Strength == preference.Avoid {
			continue
		}
		n++
		have := d.have.Rank()
		if have == 0 {
			sum += 0.5
			continue
		}
		want := employer.Level(d.pref.Level).Rank()
		sum += [...]float64{1, 0.5, 0}[max(have-want, want-have)]
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

func (environmentFactor) score(w *want, c *cand) {
	// The penalties for levels the client avoids, and the words.
	var parts []string
	for _, d := range envDims(w.p.Environment, c.e.Environment) {
		if d.pref == nil || d.pref.Strength == preference.Never {
			continue // a never is a filter (see exclude)
		}
		want, have := employer.Level(d.pref.Level).Rank(), d.have.Rank()
		switch {
		case d.pref.Strength == preference.Avoid:
			if have == want {
				c.total -= w.w.Environment * 0.5
				if c.explain {
					c.add("environment", Minus, 0.5, w.sprintf("%s, which the client wants to avoid", w.envLevel(d.have, d.name)))
				}
			}
		case !c.explain:
		case have == 0:
			parts = append(parts, w.sprintf("%s not stated", w.tr(d.name)))
		default:
			parts = append(parts, w.sprintf("%s (wanted %s)", w.envLevel(d.have, d.name), w.envWanted(employer.Level(d.pref.Level), d.name)))
		}
	}
	s, n := w.envLikeness(c.e.Environment)
	if n == 0 {
		return
	}
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
