package match

import (
	"context"
	"github.com/ipsmatch/ipsmatch/internal/retrieval"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/synth"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// TestFactorRegistryIsCompleteAndConsistent: every factor has a unique
// name, owns exactly one field of Weights whose JSON name is its own, its
// default weight is the one DefaultWeights gives and the one the field's
// comment documents, and the engine explains it in words.
func TestFactorRegistryIsCompleteAndConsistent(t *testing.T) {
	documented := documentedDefaults(t)
	typ := reflect.TypeFor[Weights]()
	owner := map[string]string{} // Weights field -> factor
	defaults := DefaultWeights()
	for _, f := range factors {
		name := f.name()
		require.NotEmpty(t, name)
		var ws Weights
		p := f.weightIn(&ws)
		field := ""
		for i := range typ.NumField() {
			if reflect.ValueOf(&ws).Elem().Field(i).Addr().Interface() == p {
				field = typ.Field(i).Name
				require.Equal(t, name, typ.Field(i).Tag.Get("json"), "factor %s: its Weights field's JSON name", name)
			}
		}
		require.NotEmpty(t, field, "factor %s: weightIn is not a field of Weights", name)
		require.NotContains(t, owner, field, "factors %s and %s share Weights.%s", owner[field], name, field)
		owner[field] = name
		require.Positive(t, f.defaultWeight(), name)
		require.Equal(t, f.defaultWeight(), *f.weightIn(&defaults), "factor %s: DefaultWeights", name)
		require.Equal(t, f.defaultWeight(), documented[field], "factor %s: the default documented on Weights.%s", name, field)
	}
	require.Len(t, owner, typ.NumField(), "every Weights field belongs to a factor")

	// Every factor gives a reason on a profile that states everything.
	emps, vacs := smallTown()
	vacs = append(vacs, vac("v12", "e1", "Kitchen porter", 1, func(v *employer.Vacancy) {
		v.Requirements = employer.Requirements{DrivingLicence: true}
		v.Pay = employer.Pay{Min: 9, Max: 10, Currency: "EUR", Unit: employer.PerHour}
	}))
	e := newTestEngine(t, emps, vacs)
	p := kitchenClient(preference.DiscloseFull)
	p.Skills = []string{"food hygiene"}
	p.Pay = &preference.Pay{Min: 8, Unit: "hour"}
	p.Environment.Noise = &preference.EnvPref{Level: "low", Strength: preference.Prefer}
	p.Sectors = []preference.SectorPref{{Code: "I56", Strength: preference.Prefer}}
	res, err := e.Match(context.Background(), p, Options{Today: today, Limit: 50, PerEmployer: -1})
	require.NoError(t, err)
	explained := map[string]bool{}
	for _, r := range res.Results {
		for _, x := range r.Reasons {
			explained[x.Factor] = true
			require.NotEmpty(t, x.Text, "result %s, factor %s", r.ID, x.Factor)
		}
	}
	for _, f := range factors {
		require.True(t, explained[f.name()], "factor %s gave no reason", f.name())
	}
	require.Len(t, explained, len(factors), "a reason names a factor the registry does not have")
}

// documentedDefaults reads the "default N" each Weights field's comment
// documents, from weights.go itself.
func documentedDefaults(t *testing.T) map[string]float64 {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "weights.go", nil, parser.ParseComments)
	require.NoError(t, err)
	re := regexp.MustCompile(`\bdefault ([0-9.]+)`)
	out := map[string]float64{}
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != "Weights" {
			return true
		}
		for _, fl := range ts.Type.(*ast.StructType).Fields.List {
			m := re.FindStringSubmatch(fl.Comment.Text())
			require.NotNil(t, m, "Weights.%s documents no default", fl.Names[0].Name)
			v, err := strconv.ParseFloat(m[1], 64)
			require.NoError(t, err)
			out[fl.Names[0].Name] = v
		}
		return false
	})
	return out
}

// TestBoundsHoldAndTheFastBoundsMatchTheRegistry: on generated profiles
// and vacancies, no factor scores a candidate above its bound at any
// depth, and the three per-candidate bounds, which call the factors
// directly, give what ranging over the registry gives: a factor that
// bounds must appear in them.
func TestBoundsHoldAndTheFastBoundsMatchTheRegistry(t *testing.T) {
	e, town := synthEngine(t, synth.Config{Seed: 11, Employers: 40, Vacancies: 300, Clients: 20})
	for _, p := range town.Profiles {
		for _, rapid := range []bool{false, true} {
			opt := Options{Today: synth.DefaultToday, Rapid: rapid}.withDefaults()
			w := compile(e.ix, &p, opt)
			rels, err := e.relations(context.Background(), opt.Today)
			require.NoError(t, err)
			w.bestEmployer = e.bestEmployerScore(rels)
			w.emps = newEmpBounds(e.src, rels, nil)
			w.skillsSeen = map[uint64]float64{}
			for _, en := range e.ix.Vacancies() {
				c := newCand(w, en, e.employerOf(en), rels.get(en.EmployerID), false)
				h := hotOf(en)
				occ := 0.0
				for i := range w.jobs {
					occ = max(occ, w.jobs[i].sim(en).score)
				}
				km := 0.0 // rings put remote vacancies and those of unknown place first
				if h.HasLocation && !h.Remote {
					km = max(0, c.km-0.01)
				}
				// The block of weeks the vacancy is read in.
				fresh, in := -1.0, 0
				for _, b := range w.blocks([]band{{area: &retrieval.Area{Bits: []uint64{1}}}}) {
					if b.area.Contains(retrieval.Hot{Posted: h.Posted, CellNums: [2]int32{0, -1}}) {
						fresh, in = b.fresh, in+1
					}
				}
				if in != 1 {
					t.Fatalf("client %s, vacancy %s: posted on day %d, in %d blocks of weeks", p.ID, en.ID, h.Posted, in)
				}
				// Plain comparisons: testify per candidate would dominate the run.
				for _, pair := range [...]struct {
					depth      string
					slow, fast float64
				}{
					{"hot", w.bound(&known{occMax: occ, hot: &h}), w.hotBound(h, occ)},
					{"quick", w.bound(&known{occMax: occ, c: c}), w.quickBound(c, occ)},
					{"ring", w.bound(&known{occMax: occ, minKm: km}), w.upperBoundAt(occ, km, 1)},
					{"block", w.bound(&known{occMax: occ, minKm: km, fresh: fresh, aged: true}), w.upperBoundAt(occ, km, fresh)},
				} {
					if math.Abs(pair.slow-pair.fast) > 1e-12 {
						t.Fatalf("client %s, vacancy %s: %s bound %v, from the registry %v", p.ID, en.ID, pair.depth, pair.fast, pair.slow)
					}
				}
				// Stopping early decides exactly as the whole bound does,
				// at floors around it.
				hb := w.hotBound(h, occ)
				for _, floor := range []float64{0, hb * 0.5, hb * 0.9, math.Nextafter(hb, 0), hb, math.Nextafter(hb, 2), hb + 0.1, 1} {
					if got, want := w.hotBelow(h, occ, floor), hb < floor; got != want {
						t.Fatalf("client %s, vacancy %s: hotBelow(%v) = %v, bound %v", p.ID, en.ID, floor, got, hb)
					}
				}
				for _, f := range w.fs.all {
					b, ok := f.(bounder)
					if !ok || f.counts(w) == notCounted {
						continue
					}
					// The hot bound as it stood before this vacancy was
					// scored: what a search learned from others (the
					// skills of another with the same) must hold for it.
					before := f.weight(w) * b.bound(w, &known{occMax: occ, hot: &h})
					c.total = 0
					f.score(w, c)
					if c.total > before+1e-12 {
						t.Fatalf("client %s, vacancy %s: factor %s adds %v, above its hot bound before scoring %v", p.ID, en.ID, f.name(), c.total, before)
					}
					for _, k := range []known{{occMax: occ, hot: &h}, {occMax: occ, c: c}, {occMax: occ, minKm: km}, {occMax: occ, minKm: km, fresh: fresh, aged: true}} {
						if bound := f.weight(w) * b.bound(w, &k); c.total > bound+1e-12 {
							t.Fatalf("client %s, vacancy %s: factor %s adds %v, above its bound %v", p.ID, en.ID, f.name(), c.total, bound)
						}
					}
				}
			}
		}
	}
}

// TestHotExclusionsAgreeWithTheRecord: whatever excludeHot decides from
// the hot fields, exclude decides from the record, with the same reason,
// for clients with a must commute, shifts, must hours, pay floors,
// benefits caps, a must start time, a must or never level of the work
// environment and must or never sectors; and the hot fields do decide most pay and hours exclusions, so
// that a search leaves them out without reading their records.
func TestHotExclusionsAgreeWithTheRecord(t *testing.T) {
	town, err := synth.Generate(synth.Config{Seed: 12, Employers: 40, Vacancies: 400, Clients: 12})
	require.NoError(t, err)
	// Postings that state one end of their hours, or an early start.
	for i := range town.Vacancies {
		v := &town.Vacancies[i]
		switch i % 6 {
		case 1:
			v.Hours.Min = 0
		case 2:
			v.Hours.Max = 0
		case 3:
			v.EarliestStart = "06:30"
		}
	}
	e := townEngine(t, town)
	variants := []func(p *preference.Profile){
		func(p *preference.Profile) {
			p.Pay = &preference.Pay{Min: 11, Currency: "EUR", Unit: "hour", Strength: preference.Must}
		},
		func(p *preference.Profile) {
			p.Pay = &preference.Pay{Min: 1800, Currency: "EUR", Unit: "month", Strength: preference.Must, RequireStated: true}
		},
		func(p *preference.Profile) { p.Hours = &preference.Hours{Min: 15, Max: 25, Strength: preference.Must} },
		func(p *preference.Profile) {
			p.BenefitsCap = &preference.BenefitsCap{MaxHoursPerWeek: 20, MaxEarnings: 900, Currency: "EUR", Period: preference.PerMonth}
		},
		func(p *preference.Profile) {
			p.BenefitsCap = &preference.BenefitsCap{MaxHoursPerWeek: 30}
			p.Pay = &preference.Pay{Min: 10, Currency: "EUR", Unit: "hour", Strength: preference.Must}
			p.EarliestStart = &preference.StartTime{Time: "08:00", Strength: preference.Must}
		},
		func(p *preference.Profile) {
			p.EarliestStart = &preference.StartTime{Time: "07:00", Strength: preference.Must}
			p.Environment = preference.Environment{Noise: &preference.EnvPref{Level: "low", Strength: preference.Must},
				Physical: &preference.EnvPref{Level: "high", Strength: preference.Never}}
		},
		func(p *preference.Profile) {
			p.Sectors = []preference.SectorPref{{Code: town.Employers[0].Sector.Code, Strength: preference.Must}}
			p.Environment = preference.Environment{Social: &preference.EnvPref{Level: "high", Strength: preference.Must}}
		},
		func(p *preference.Profile) {
			p.Sectors = []preference.SectorPref{{Code: town.Employers[1].Sector.Code, Strength: preference.Never}}
		},
	}
	decided, byRecord := 0, 0
	otherDecided, otherByRecord := map[string]int{}, map[string]int{}
	for _, p := range town.Profiles {
		for vi, vary := range variants {
			p := p
			if vi > 0 {
				// A must commute and shifts, as generated, would leave
				// out most postings before pay and hours are looked at.
				p.Commute, p.Shifts = nil, nil
			}
			vary(&p)
			require.NoError(t, p.Validate(), "variant %d", vi)
			opt := Options{Today: synth.DefaultToday}.withDefaults()
			w := compile(e.ix, &p, opt)
			rels, err := e.relations(context.Background(), opt.Today)
			require.NoError(t, err)
			w.emps = newEmpBounds(e.src, rels, nil)
			for _, en := range e.ix.Vacancies() {
				c := newCand(w, en, e.employerOf(en), nil, false)
				hot, rec := w.excludeHot(hotOf(en)), w.exclude(c)
				if hot != "" && hot != rec {
					t.Fatalf("client %s variant %d, vacancy %s: the hot fields say %q, the record %q", p.ID, vi, en.ID, hot, rec)
				}
				switch rec {
				case ExPay, ExPayNotStated, ExHours, ExBenefitsCap:
					byRecord++
					if hot == rec {
						decided++
					}
				case ExStartTime, ExEnvironment, ExSector:
					otherByRecord[rec]++
					if hot == rec {
						otherDecided[rec]++
					}
				}
			}
		}
	}
	require.Positive(t, byRecord)
	require.Greater(t, decided, byRecord/2, "the hot fields decided %d of %d pay and hours exclusions", decided, byRecord)
	// A start time, the environment and the employer's sector are in the
	// hot fields too: each is decided there whenever the checks before it
	// are.
	for _, r := range []string{ExStartTime, ExEnvironment, ExSector} {
		require.Positive(t, otherByRecord[r], r)
		require.Equal(t, otherByRecord[r], otherDecided[r], "the hot fields decided %d of %d exclusions for %s", otherDecided[r], otherByRecord[r], r)
	}
	t.Logf("the hot fields decided %d of %d pay and hours exclusions", decided, byRecord)
}
