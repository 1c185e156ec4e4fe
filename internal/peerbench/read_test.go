package peerbench

import (
	"errors"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

func TestReadVacanciesMapsTheAdaptersWay(t *testing.T) {
	var es Employers
	var got []employer.Vacancy
	err := ReadVacancies("testdata", 0, 2, &es, func(b []employer.Vacancy) error {
		if len(b) > 2 {
			t.Errorf("batch of %d, want at most 2", len(b))
		}
		got = append(got, b...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("read %d vacancies, want 3", len(got))
	}
	for _, v := range got {
		if err := v.Validate(); err != nil {
			t.Errorf("vacancy %s does not validate: %v", v.ID, err)
		}
	}
	if len(got[0].Occupation.ISCO) != 4 {
		t.Errorf("occupation not read: %+v", got[0].Occupation)
	}
	if got[1].Channel != employer.ChannelQuota {
		t.Errorf("reserved post read as channel %q, want quota", got[1].Channel)
	}
	if got[2].Pay != (employer.Pay{}) {
		t.Errorf("post without pay read as %+v, want no pay", got[2].Pay)
	}
	emps := es.List()
	for _, e := range emps {
		if err := e.Validate(); err != nil {
			t.Errorf("employer %s does not validate: %v", e.ID, err)
		}
	}
	if len(emps) != 3 || emps[0].ID > emps[1].ID || emps[0].Location == nil {
		t.Errorf("employers %+v: want 3, sorted by id, located", emps)
	}
	var n int
	if err := ReadVacancies("testdata", 1, 10, nil, func(b []employer.Vacancy) error { n += len(b); return nil }); err != nil || n != 1 {
		t.Errorf("limit 1 read %d (err %v)", n, err)
	}
}

func TestReadProfilesAsksThePeersQuestion(t *testing.T) {
	ps, err := ReadProfiles("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("read %d profiles, want 3", len(ps))
	}
	p := ps[0] // avoids night and rotating shifts
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if p.Commute == nil || p.Commute.Strength != preference.Must || p.Commute.MaxKm != 8 {
		t.Errorf("commute %+v, want a must of 8 km", p.Commute)
	}
	for _, s := range p.Shifts {
		avoided := s.Shift == "night" || s.Shift == "rotating"
		if avoided != (s.Strength == preference.Avoid) {
			t.Errorf("shift %s has strength %s", s.Shift, s.Strength)
		}
	}
	if len(ps[1].Shifts) != 0 {
		t.Errorf("a client who avoids no shift has shift preferences %+v", ps[1].Shifts)
	}
}

func TestReadVacanciesNamesTheLine(t *testing.T) {
	in := `{"id":"v1","posted":"2026-01-01","valid_through":"2026-02-01"}` + "\n" + `{"id":"v2","posted":"yesterday"}` + "\n"
	err := readVacancies(strings.NewReader(in), "x/vacancies.jsonl", 0, 10, nil, func([]employer.Vacancy) error { return nil })
	if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "posted") {
		t.Errorf("got %v, want ErrFormat naming line 2 and field posted", err)
	}
}
