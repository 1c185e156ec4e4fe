package synth

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// Town is a generated region's records.
type Town struct {
	Employers []employer.Employer
	Vacancies []employer.Vacancy
	Profiles  []preference.Profile
}

// Generate builds the town cfg describes. The same Config always gives the
// same town, and every record passes its Validate.
func Generate(cfg Config) (Town, error) {
	if err := cfg.Validate(); err != nil {
		return Town{}, err
	}
	cfg = cfg.withDefaults()
	g := newRegion(cfg)
	t := Town{
		Employers: make([]employer.Employer, cfg.Employers),
		Vacancies: make([]employer.Vacancy, cfg.Vacancies),
		Profiles:  make([]preference.Profile, cfg.Clients),
	}
	for j := range t.Employers {
		t.Employers[j] = employerAt(cfg, g, j)
	}
	at := func(j int) employer.Employer { return t.Employers[j] }
	for i := range t.Vacancies {
		t.Vacancies[i] = vacancyAt(cfg, g, i, at)
	}
	for k := range t.Profiles {
		t.Profiles[k] = profileAt(cfg, g, k)
	}
	return t, nil
}
