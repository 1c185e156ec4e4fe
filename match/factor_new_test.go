package match

import (
	"context"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// walkInFactor shows what adding a factor takes: this one type, in one
// file, and its line in the registry. It favours vacancies a client can
// apply to today, by walking in or phoning. A real factor would also add
// its field to Weights (weightIn would return &ws.WalkIn); this one keeps
// its weight itself, so that the test need not change the exported API.
type walkInFactor struct{ w float64 }

func (walkInFactor) name() string                 { return "walk_in" }
func (f walkInFactor) defaultWeight() float64     { return f.w }
func (f walkInFactor) weightIn(*Weights) *float64 { return &f.w }
func (f walkInFactor) weight(*want) float64       { return f.w }
func (walkInFactor) counts(*want) counting        { return countedAlways }
func (walkInFactor) bound(*want, *known) float64  { return 1 }

func (f walkInFactor) score(_ *want, c *cand) {
	m := c.e.Application.Method
	s := 0.0
	if m == employer.ApplyWalkIn || m == employer.ApplyPhone {
		s = 1
	}
	c.total += f.w * s
	if c.explain && s > 0 {
		c.add("walk_in", Plus, s, "the client can apply today: "+string(m))
	}
}

// TestANewFactorInOneFile: registered, the factor above counts in the
// denominator, scores, bounds and explains, with no other change.
func TestANewFactorInOneFile(t *testing.T) {
	emps, vacs := smallTown()
	vacs[0].Application.Method = employer.ApplyWalkIn // v01
	vacs[2].Application.Method = employer.ApplyOnline // v03, otherwise like v01
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	opt := Options{Today: today}.withDefaults()
	plain := compile(e.ix, &p, opt)
	with := compile(e.ix, &p, opt)
	nf := walkInFactor{w: 2}
	with.useFactors(append(factors[:], nf))
	require.Equal(t, plain.total+2, with.total, "the new factor counts in the denominator")

	rels, err := e.relations(context.Background(), opt.Today)
	require.NoError(t, err)
	entry := func(id string) *cand {
		for _, en := range e.ix.Vacancies() {
			if en.ID == id {
				return newCand(with, en, e.employerOf(en), rels.get(en.EmployerID), true)
			}
		}
		t.Fatalf("no vacancy %s", id)
		return nil
	}
	walkIn, online := entry("v01"), entry("v03")
	require.Greater(t, with.score(walkIn), with.score(online), "the factor moves the ranking")
	require.LessOrEqual(t, with.score(walkIn), with.bound(&known{occMax: 1, c: walkIn}), "the bound holds")

	// Its reason is explained with the others, and ranked by its weight.
	r := with.result(entry("v01"), 1)
	require.Equal(t, "walk_in", r.Reasons[1].Factor, "weight 2 ranks just after the occupation (4): %+v", r.Reasons)
	require.Equal(t, "the client can apply today: walk_in", r.Reasons[1].Text)

	// The engine, with the registry as it is, is unchanged.
	res, err := e.Match(context.Background(), p, opt)
	require.NoError(t, err)
	for _, x := range res.Results[0].Reasons {
		require.NotEqual(t, "walk_in", x.Factor)
	}
}
