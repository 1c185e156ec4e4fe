package peerbench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
)

// File names inside a peer benchmark folder.
const (
	VacanciesFile = "vacancies.jsonl"
	ProfilesFile  = "profiles.jsonl"
)

// ErrFormat is returned for a line that does not read as the benchmark's
// format; the error names the file, line and field.
var ErrFormat = errors.New("peerbench: bad record")

// Today is the fixed "today" of the data set and of every question.
var Today = civil.D(2026, time.November, 20)

// vacancy is one line of vacancies.jsonl.
type vacancy struct {
	ID           string   `json:"id"`
	EmployerID   string   `json:"employer_id"`
	Title        string   `json:"title"`
	Description  string   `json:"description"`
	Occupation   string   `json:"occupation"`
	Skills       []string `json:"skills"`
	HoursMin     int      `json:"hours_min"`
	HoursMax     int      `json:"hours_max"`
	Shifts       []string `json:"shifts"`
	PayMin       *float64 `json:"pay_min"`
	PayMax       *float64 `json:"pay_max"`
	Lat          float64  `json:"lat"`
	Lon          float64  `json:"lon"`
	Posted       string   `json:"posted"`
	ValidThrough string   `json:"valid_through"`
	Channel      string   `json:"channel"`
}

// profile is one line of profiles.jsonl.
type profile struct {
	ID          string   `json:"id"`
	Lat         float64  `json:"lat"`
	Lon         float64  `json:"lon"`
	CommuteKm   float64  `json:"commute_km"`
	JobTypes    []string `json:"job_types"`
	HoursCap    int      `json:"hours_cap"`
	AvoidShifts []string `json:"avoid_shifts"`
	PayFloor    float64  `json:"pay_floor"`
}

// Employers collects one employer per employer id while vacancies are
// read, located at its first vacancy (the benchmark places vacancies
// within 50 m of their employer). The data has no employer names.
type Employers struct {
	byID  map[string]employer.Point
	order []string
}

func (es *Employers) add(v *employer.Vacancy) {
	if es.byID == nil {
		es.byID = map[string]employer.Point{}
	}
	if _, ok := es.byID[v.EmployerID]; !ok && v.Location != nil {
		es.byID[v.EmployerID] = *v.Location
		es.order = append(es.order, v.EmployerID)
	}
}

// List returns the employers seen, sorted by id.
func (es *Employers) List() []employer.Employer {
	ids := slices.Clone(es.order)
	slices.Sort(ids)
	out := make([]employer.Employer, len(ids))
	for i, id := range ids {
		loc := es.byID[id]
		// The data names no sector; every employer gets the same one,
		// which no question asks about.
		out[i] = employer.Employer{ID: id, Name: "Employer " + id, Location: &loc,
			Sector: employer.Sector{Code: "S96", Label: "other personal service activities"}}
	}
	return out
}

// ReadVacancies streams dir's vacancies.jsonl, at most limit (all when
// limit <= 0), calling fn with batches of up to batch vacancies, and
// collects their employers into es when es is not nil.
func ReadVacancies(dir string, limit, batch int, es *Employers, fn func([]employer.Vacancy) error) error {
	path := filepath.Join(dir, VacanciesFile)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("peerbench: %w", err)
	}
	defer f.Close()
	return readVacancies(f, path, limit, max(1, batch), es, fn)
}

func readVacancies(r io.Reader, path string, limit, batch int, es *Employers, fn func([]employer.Vacancy) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	buf := make([]employer.Vacancy, 0, batch)
	n := 0
	for line := 1; sc.Scan() && (limit <= 0 || n < limit); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var pv vacancy
		if err := json.Unmarshal(sc.Bytes(), &pv); err != nil {
			return fmt.Errorf("%w: %s line %d: %v", ErrFormat, path, line, err)
		}
		v, err := pv.vacancy()
		if err != nil {
			return fmt.Errorf("%w: %s line %d: %v", ErrFormat, path, line, err)
		}
		if es != nil {
			es.add(&v)
		}
		buf = append(buf, v)
		n++
		if len(buf) == batch {
			if err := fn(buf); err != nil {
				return err
			}
			buf = make([]employer.Vacancy, 0, batch)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("peerbench: reading %s: %w", path, err)
	}
	if len(buf) > 0 {
		return fn(buf)
	}
	return nil
}

// vacancy maps a line as the benchmark's adapter does: the occupation as
// its ISCO unit group, skills as essential, pay in EUR per hour or not
// stated, reserved posts as quota posts.
func (v vacancy) vacancy() (employer.Vacancy, error) {
	posted, err := employer.ParseDate(v.Posted)
	if err != nil {
		return employer.Vacancy{}, fmt.Errorf("vacancy %s: field %q: %w", v.ID, "posted", err)
	}
	valid, err := employer.ParseDate(v.ValidThrough)
	if err != nil {
		return employer.Vacancy{}, fmt.Errorf("vacancy %s: field %q: %w", v.ID, "valid_through", err)
	}
	out := employer.Vacancy{
		ID: v.ID, EmployerID: v.EmployerID, Title: v.Title, Description: v.Description, Language: "en",
		Occupation:   employer.Occupation{ISCO: v.Occupation},
		Skills:       employer.Skills{Essential: v.Skills},
		Hours:        employer.Range{Min: float64(v.HoursMin), Max: float64(v.HoursMax)},
		Location:     &employer.Point{Lat: v.Lat, Lon: v.Lon},
		Posted:       posted,
		ValidThrough: valid,
		Channel:      channel(v.Channel),
	}
	for _, s := range v.Shifts {
		out.Shifts = append(out.Shifts, employer.Shift(s))
	}
	if v.PayMin != nil || v.PayMax != nil {
		out.Pay = employer.Pay{Currency: "EUR", Unit: employer.PerHour}
		if v.PayMin != nil {
			out.Pay.Min = *v.PayMin
		}
		if v.PayMax != nil {
			out.Pay.Max = *v.PayMax
		}
	}
	return out, nil
}

func channel(c string) employer.Channel {
	switch c {
	case "reserved":
		return employer.ChannelQuota
	case "traineeship":
		return employer.ChannelTraineeship
	}
	return employer.ChannelCompetitive
}

// ReadProfiles reads dir's profiles.jsonl as the peers' question (see
// Profile).
func ReadProfiles(dir string) ([]preference.Profile, error) {
	path := filepath.Join(dir, ProfilesFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("peerbench: %w", err)
	}
	var out []preference.Profile
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var p profile
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%w: %s line %d: %v", ErrFormat, path, line, err)
		}
		out = append(out, p.profile())
	}
	return out, sc.Err()
}

// allShifts are the library's shift patterns; a client's avoided shifts
// become a must on the others, as in the benchmark's adapter.
var allShifts = []string{"day", "evening", "night", "rotating", "weekend", "split"}

// profile asks the peers' question: within commute_km by car (must), the
// two job types as the client's words (prefer), the hours cap as the
// benefits cap, no avoided shift (must), at least the pay floor per hour
// when pay is stated (must), disclosure to the programme only, enrolled
// ten days before Today.
func (p profile) profile() preference.Profile {
	out := preference.Profile{
		ID: p.ID, Enrolled: Today.AddDays(-10), Home: &preference.Point{Lat: p.Lat, Lon: p.Lon},
		Commute:     &preference.Commute{Mode: preference.Car, MaxKm: p.CommuteKm, Strength: preference.Must},
		BenefitsCap: &preference.BenefitsCap{MaxHoursPerWeek: float64(p.HoursCap)},
		Pay:         &preference.Pay{Min: p.PayFloor, Currency: "EUR", Unit: "hour", Strength: preference.Must},
		Disclosure:  preference.DiscloseProgramOnly,
	}
	for _, jt := range p.JobTypes {
		out.JobTypes = append(out.JobTypes, preference.JobType{Text: jt, Strength: preference.Prefer})
	}
	if len(p.AvoidShifts) > 0 {
		for _, s := range allShifts {
			if !slices.Contains(p.AvoidShifts, s) {
				out.Shifts = append(out.Shifts, preference.ShiftPref{Shift: s, Strength: preference.Must})
			}
		}
		for _, s := range p.AvoidShifts {
			out.Shifts = append(out.Shifts, preference.ShiftPref{Shift: s, Strength: preference.Avoid})
		}
	}
	return out
}
