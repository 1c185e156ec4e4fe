package judged

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/record"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

// ErrJudgments is returned when the judgments file cannot be read: a line
// without three fields, an unknown grade, or a client or vacancy the set
// does not hold.
var ErrJudgments = errors.New("judged: bad judgments")

// Grade is how well a vacancy suits a client: 0 to 3, or Never.
type Grade int

// Never marks a vacancy that must never be shown to the client.
const Never Grade = -1

// Set is a judged set: the town, its clients and the grades.
type Set struct {
	Employers []employer.Employer
	Vacancies []employer.Vacancy
	// Profiles are the clients as a specialist types them: their own words.
	Profiles []preference.Profile
	// Codes are, per client, the job types as occupation codes, for coded
	// input.
	Codes map[string][]preference.JobType
	// Grades are per client, per vacancy.
	Grades map[string]map[string]Grade
}

// Load reads a judged set from dir: employers.jsonl, vacancies.jsonl,
// profiles.jsonl, codes.json and judgments.tsv.
func Load(dir string) (*Set, error) {
	s := &Set{}
	var err error
	if s.Employers, err = readJSONL[employer.Employer](dir, "employers.jsonl"); err != nil {
		return nil, err
	}
	if s.Vacancies, err = readJSONL[employer.Vacancy](dir, "vacancies.jsonl"); err != nil {
		return nil, err
	}
	if s.Profiles, err = readJSONL[preference.Profile](dir, "profiles.jsonl"); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "codes.json"))
	if err != nil {
		return nil, fmt.Errorf("judged: %w", err)
	}
	if err := json.Unmarshal(raw, &s.Codes); err != nil {
		return nil, fmt.Errorf("judged: codes.json: %w", err)
	}
	if s.Grades, err = s.readGrades(filepath.Join(dir, "judgments.tsv")); err != nil {
		return nil, err
	}
	return s, nil
}

func readJSONL[T any, PT interface {
	*T
	record.Record
}](dir, name string) ([]T, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("judged: %w", err)
	}
	defer f.Close()
	out, _, err := record.ReadJSONL[T, PT](f, name)
	if err != nil {
		return nil, fmt.Errorf("judged: %w", err)
	}
	return out, nil
}

func (s *Set) readGrades(path string) (map[string]map[string]Grade, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("judged: %w", err)
	}
	defer f.Close()
	clients, vacs := map[string]bool{}, map[string]bool{}
	for _, p := range s.Profiles {
		clients[p.ID] = true
	}
	for _, v := range s.Vacancies {
		vacs[v.ID] = true
	}
	out := map[string]map[string]Grade{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 || !clients[fs[0]] || !vacs[fs[1]] {
			return nil, fmt.Errorf("judgments.tsv line %d: want a known client, a known vacancy and a grade: %w", n, ErrJudgments)
		}
		g := Never
		if fs[2] != "X" {
			v, err := strconv.Atoi(fs[2])
			if err != nil || v < 0 || v > 3 {
				return nil, fmt.Errorf("judgments.tsv line %d: grade %q: want 0..3 or X: %w", n, fs[2], ErrJudgments)
			}
			g = Grade(v)
		}
		if out[fs[0]] == nil {
			out[fs[0]] = map[string]Grade{}
		}
		out[fs[0]][fs[1]] = g
	}
	return out, sc.Err()
}

// Pairs is the number of graded (client, vacancy) pairs.
func (s *Set) Pairs() int {
	n := 0
	for _, g := range s.Grades {
		n += len(g)
	}
	return n
}

// WordsOnly returns the set as a new user types it: vacancies with no
// occupation code (the engine reads their titles) and the clients' words.
func (s *Set) WordsOnly() ([]employer.Vacancy, []preference.Profile) {
	vacs := make([]employer.Vacancy, len(s.Vacancies))
	for i, v := range s.Vacancies {
		v.Occupation = employer.Occupation{}
		vacs[i] = v
	}
	return vacs, append([]preference.Profile(nil), s.Profiles...)
}

// Coded returns the set with occupation codes on both sides: the
// vacancies as given, and each client's job types replaced by Codes.
func (s *Set) Coded() ([]employer.Vacancy, []preference.Profile) {
	ps := make([]preference.Profile, len(s.Profiles))
	for i, p := range s.Profiles {
		p.JobTypes = s.Codes[p.ID]
		ps[i] = p
	}
	return append([]employer.Vacancy(nil), s.Vacancies...), ps
}

// Figures are a ranking's scores on the set.
type Figures struct {
	NDCG      float64            // mean nDCG@10 over the clients
	XShown    int                // vacancies graded X among the results shown
	PerClient map[string]float64 // nDCG@10 per client
}

// Evaluate matches every profile with eng and scores the top 10 against
// the grades. Every result shown counts for X, not only the top 10.
func (s *Set) Evaluate(ctx context.Context, eng *match.Engine, profiles []preference.Profile, opt match.Options) (Figures, error) {
	f := Figures{PerClient: map[string]float64{}}
	for _, p := range profiles {
		res, err := eng.Match(ctx, p, opt)
		if err != nil {
			return Figures{}, fmt.Errorf("judged: client %s: %w", p.ID, err)
		}
		ranked := make([]string, len(res.Results))
		for i, r := range res.Results {
			ranked[i] = r.ID
			if s.Grades[p.ID][r.ID] == Never {
				if _, judged := s.Grades[p.ID][r.ID]; judged {
					f.XShown++
				}
			}
		}
		f.PerClient[p.ID] = NDCG(ranked, s.Grades[p.ID], 10)
		f.NDCG += f.PerClient[p.ID]
	}
	if len(profiles) > 0 {
		f.NDCG /= float64(len(profiles))
	}
	return f, nil
}

// NDCG is the normalised discounted cumulative gain of ranked at k, with
// gain 2^grade-1: unjudged and X items gain nothing. It is 1 when the
// grades hold no positive grade.
func NDCG(ranked []string, grades map[string]Grade, k int) float64 {
	dcg := 0.0
	for i, id := range ranked[:min(k, len(ranked))] {
		if g := grades[id]; g > 0 {
			dcg += gain(g) / math.Log2(float64(i+2))
		}
	}
	var ideal []Grade
	for _, g := range grades {
		if g > 0 {
			ideal = append(ideal, g)
		}
	}
	if len(ideal) == 0 {
		return 1
	}
	sortDesc(ideal)
	idcg := 0.0
	for i, g := range ideal[:min(k, len(ideal))] {
		idcg += gain(g) / math.Log2(float64(i+2))
	}
	return dcg / idcg
}

func gain(g Grade) float64 { return math.Exp2(float64(g)) - 1 }

func sortDesc(gs []Grade) {
	for i := 1; i < len(gs); i++ {
		for j := i; j > 0 && gs[j] > gs[j-1]; j-- {
			gs[j], gs[j-1] = gs[j-1], gs[j]
		}
	}
}
