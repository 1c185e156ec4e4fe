package match

import (
	"context"
	"errors"
	"slices"

	"github.com/ipsmatch/ipsmatch/index"
)

// wantIndex is a caseload's searches compiled once, with an inverted map
// from what a vacancy carries (occupation terms, title words) to the
// clients who want it. A vacancy concerns a client only if the client's
// occupation similarity to it is above zero (exclude leaves out the rest
// as other work), and that needs a shared occupation term at some ISCO
// level or a shared title word: so the map finds every client a vacancy
// can suit, and few others.
type wantIndex struct {
	wants []*want
	terms map[string][]int // occupation term or "w:lang:word" -> client positions
	open  []int            // clients who named no kind of work: every vacancy concerns them
	seen  []uint32         // per client: the last vacancy stamp, to list a client once
	stamp uint32
}

// wantIndex compiles every client's search. A client whose home cannot be
// located is skipped and named, not fatal: one address must not stop the
// caseload's alerts.
func (e *Engine) wantIndex(ctx context.Context, cl *Caseload, opt Options, rels *relView) (*wantIndex, []string, error) {
	wi := &wantIndex{terms: map[string][]int{}}
	var skipped []string
	best := e.best.get(rels, e.bestEmployerScore)
	for _, p := range cl.Clients() {
		if err := e.locateHome(ctx, &p); err != nil {
			if errors.Is(err, ErrHomeNotLocated) {
				skipped = append(skipped, speechIn(opt.Lang).sprintf("%s: home not located", p.ID))
				continue
			}
			return nil, nil, err
		}
		w := compile(e.ix, &p, opt)
		if err := e.planTransit(ctx, w); err != nil {
			return nil, nil, err
		}
		w.bestEmployer = best
		k := len(wi.wants)
		wi.wants = append(wi.wants, w)
		if len(w.jobs) == 0 {
			wi.open = append(wi.open, k)
			continue
		}
		var keys []string
		for lvl := range 3 {
			keys = append(keys, occTerms(w.jobs, lvl)...)
		}
		// Related work and the words naming a broad wish's themes reach a
		// client too, as they do in match's retrieval.
		keys = append(keys, w.relatedTerms()...)
		for _, j := range w.jobs {
			for lang, ws := range j.words {
				for _, t := range ws {
					keys = append(keys, wordKey(lang, t))
				}
			}
		}
		if th := themeTexts(w.jobs); th != "" {
			for _, lang := range append([]string{""}, index.Languages...) {
				for _, t := range e.ix.Analyze(lang, th) {
					keys = append(keys, wordKey(lang, t))
				}
			}
		}
		slices.Sort(keys)
		for _, t := range slices.Compact(keys) {
			wi.terms[t] = append(wi.terms[t], k)
		}
	}
	wi.seen = make([]uint32, len(wi.wants))
	return wi, skipped, nil
}

func wordKey(lang, word string) string { return "w:" + lang + ":" + word }

// candidates returns, each once and in caseload order, the clients a
// vacancy may suit.
func (wi *wantIndex) candidates(en *index.Entry) []int {
	wi.stamp++
	out := slices.Clone(wi.open)
	add := func(ks []int) {
		for _, k := range ks {
			if wi.seen[k] != wi.stamp {
				wi.seen[k] = wi.stamp
				out = append(out, k)
			}
		}
	}
	for _, t := range en.Occ {
		add(wi.terms[t])
	}
	lang := en.Lang()
	if !isIndexLang(lang) {
		lang = ""
	}
	for _, t := range en.TitleTokens {
		add(wi.terms[wordKey(lang, t)])
	}
	slices.Sort(out)
	return out
}
