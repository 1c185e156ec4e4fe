package demo

//go:generate go run ./internal/gen

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

//go:embed data
var files embed.FS

// Today is the day the demo town is frozen on, a Monday: vacancies,
// enrolments, contacts and follow-ups are dated relative to it.
const Today = "2026-11-23"

// ErrUnknownClient is returned by Client for an id that is not a demo client.
var ErrUnknownClient = errors.New("demo: unknown client")

// Employers returns the town's employers.
func Employers() ([]employer.Employer, error) {
	return read("employers.jsonl", employer.ReadEmployers)
}

// Vacancies returns the town's vacancies, open and expired.
func Vacancies() ([]employer.Vacancy, error) {
	return read("vacancies.jsonl", employer.ReadVacancies)
}

// Contacts returns the job-development log, oldest first.
func Contacts() ([]employer.Contact, error) {
	return read("contacts.jsonl", employer.ReadContacts)
}

// Placements returns the job starts at the town's employers, by demo
// clients and by earlier clients whose ids start with "past-".
func Placements() ([]employer.Placement, error) {
	return read("placements.jsonl", employer.ReadPlacements)
}

func read[T any](name string, decode func(r io.Reader, file string) ([]T, error)) ([]T, error) {
	file := path.Join("data", name)
	b, err := files.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return decode(bytes.NewReader(b), file)
}

// Clients returns the demo caseload, sorted by id. Each profile is one file,
// data/clients/<id>.json; between them they exercise every preference:
//
//   - amina (marco.bianchi, full): bike 30 min; home care; avoids nights;
//     in work since October, with follow-along contacts.
//   - chiara (marco.bianchi, full): walk 30 min; bakery as a must; accepts
//     only day shifts (must); being presented to a bakery.
//   - davide (anna.rossi, none): benefits cap of 20 h/week and 5,000 EUR a
//     year; must hours 10-20; only day shifts; transit 40 min; applies on his
//     own (walk-in contacts by the client, none by the specialist).
//   - elena (sara.conti, full): transit 45 min; environment prefs (low noise
//     as a must, low social contact); quit a noisy call-centre job after
//     three weeks, now at the library.
//   - giorgio (marco.bianchi, program_only): car 30 min with a licence; pay
//     floor of 9.5 EUR/hour (must); avoids night and rotating shifts; has an
//     overdue follow-up at Logistica Valmora.
//   - irina (sara.conti, program_only): transit 50 min; benefits cap of
//     5,000 EUR a year; earliest start 08:00 (must); overdue follow-ups.
//   - karim (sara.conti, none): walk 20 min and no job types at all (open to
//     anything nearby); enrolled 1 October with only a phone call since, so
//     past day 30 without a face-to-face employer contact.
//   - lucia (anna.rossi, program_only): Italian speaker whose job types are
//     Italian words ("lavoro in cucina", "aiuto cuoco", avoids "pulizie");
//     walk 25 min; only day and evening shifts (must).
//   - paolo (anna.rossi, none): car 25 min (prefer); avoids banking; monthly
//     pay floor that must be stated; a car-wash job that ended.
//   - rosa (anna.rossi, program_only): bike 20 min; avoids food service and
//     residential care; enrolled 13 days ago, no contacts yet.
//   - samuel (sara.conti, program_only): English speaker; transit 35 min
//     (prefer); kitchen work; prefers evenings; introduced to a pizzeria.
//   - tommaso (marco.bianchi, full): bike 35 min; gardening, avoids call
//     centres, prefers outdoor work; in the same job since March.
func Clients() ([]preference.Profile, error) {
	names, err := fs.Glob(files, "data/clients/*.json")
	if err != nil {
		return nil, err
	}
	out := make([]preference.Profile, 0, len(names))
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		p, err := preference.Decode(b, name)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(path.Base(name), ".json"); p.ID != want {
			return nil, fmt.Errorf("%s: id %q does not match the file name", name, p.ID)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b preference.Profile) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// Client returns the demo client with the given id.
func Client(id string) (preference.Profile, error) {
	all, err := Clients()
	if err != nil {
		return preference.Profile{}, err
	}
	ids := make([]string, len(all))
	for i, p := range all {
		if p.ID == id {
			return p, nil
		}
		ids[i] = p.ID
	}
	return preference.Profile{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownClient, id, strings.Join(ids, ", "))
}

// Files returns the demo town as a data folder: specialists.jsonl,
// employers.jsonl, vacancies.jsonl, contacts.jsonl, placements.jsonl and
// clients/*.json, for match/workspace.
func Files() fs.FS {
	sub, err := fs.Sub(files, "data")
	if err != nil { // "data" is a valid path, so fs.Sub cannot fail
		return files
	}
	return sub
}
