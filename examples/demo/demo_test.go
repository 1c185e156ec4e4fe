package demo

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/preference"
)

var today = civil.MustParse(Today)

type town struct {
	employers  []employer.Employer
	vacancies  []employer.Vacancy
	contacts   []employer.Contact
	placements []employer.Placement
	clients    map[string]preference.Profile
}

func load(t *testing.T) town {
	t.Helper()
	var w town
	var err error
	w.employers, err = Employers()
	require.NoError(t, err)
	w.vacancies, err = Vacancies()
	require.NoError(t, err)
	w.contacts, err = Contacts()
	require.NoError(t, err)
	w.placements, err = Placements()
	require.NoError(t, err)
	cs, err := Clients()
	require.NoError(t, err)
	w.clients = map[string]preference.Profile{}
	for _, c := range cs {
		w.clients[c.ID] = c
	}
	return w
}

func TestTownIsBigEnough(t *testing.T) {
	w := load(t)
	sectors := map[string]bool{}
	for _, e := range w.employers {
		sectors[e.Sector.Code] = true
	}
	assert.GreaterOrEqual(t, len(w.employers), 120)
	assert.GreaterOrEqual(t, len(sectors), 12)
	assert.GreaterOrEqual(t, len(w.vacancies), 400)
	assert.GreaterOrEqual(t, len(w.clients), 10)
	assert.GreaterOrEqual(t, len(w.placements), 10)
	assert.LessOrEqual(t, len(w.placements), 20)
}

func TestEveryRecordValidates(t *testing.T) {
	w := load(t)
	for i := range w.employers {
		assert.NoError(t, w.employers[i].Validate())
	}
	for i := range w.vacancies {
		assert.NoError(t, w.vacancies[i].Validate())
	}
	for i := range w.contacts {
		assert.NoError(t, w.contacts[i].Validate())
	}
	for i := range w.placements {
		assert.NoError(t, w.placements[i].Validate())
	}
	for _, c := range w.clients {
		assert.NoError(t, c.Validate())
	}
}

func TestReferencesResolve(t *testing.T) {
	w := load(t)
	emps := map[string]bool{}
	for _, e := range w.employers {
		emps[e.ID] = true
	}
	known := func(client string) bool {
		_, demo := w.clients[client]
		return demo || strings.HasPrefix(client, "past-")
	}
	for _, v := range w.vacancies {
		if v.EmployerID != "" {
			assert.True(t, emps[v.EmployerID], "%s: employer %s", v.ID, v.EmployerID)
		}
		assert.NotNil(t, v.Location, v.ID)
	}
	for _, c := range w.contacts {
		assert.True(t, emps[c.EmployerID], "%s: employer %s", c.ID, c.EmployerID)
		assert.True(t, c.Day().Before(today), "%s is not in the past", c.ID)
		if c.ClientID != "" {
			assert.True(t, known(c.ClientID), "%s: client %s", c.ID, c.ClientID)
		}
	}
	for _, p := range w.placements {
		assert.True(t, emps[p.EmployerID], "%s: employer %s", p.ID, p.EmployerID)
		assert.True(t, known(p.ClientID), "%s: client %s", p.ID, p.ClientID)
	}
}

func TestContactsRespectDisclosure(t *testing.T) {
	w := load(t)
	for _, c := range w.contacts {
		client, ok := w.clients[c.ClientID]
		if !ok || c.ByClient {
			continue
		}
		switch client.Disclosure {
		case preference.DiscloseNone:
			t.Errorf("%s: specialist contact about %s, who chose not to disclose", c.ID, c.ClientID)
		case preference.DiscloseProgramOnly:
			assert.Contains(t, []employer.Purpose{employer.PurposeIntroduction, employer.PurposePresent}, c.Purpose,
				"%s: %s contact about program_only client %s", c.ID, c.Purpose, c.ClientID)
		}
	}
}

func TestCaseloadCoversEveryChoice(t *testing.T) {
	w := load(t)
	disclosures := map[preference.Disclosure]bool{}
	modes := map[preference.Mode]bool{}
	specialists := map[string]int{}
	var capped, onlyDays, avoidsSector, italianWords, mustHours, payFloor, env, noJobTypes bool
	for _, c := range w.clients {
		disclosures[c.Disclosure] = true
		if c.Commute != nil {
			modes[c.Commute.Mode] = true
		}
		specialists[c.Specialist]++
		capped = capped || (c.BenefitsCap != nil && c.BenefitsCap.MaxHoursPerWeek == 20 && c.BenefitsCap.MaxEarnings == 5000)
		onlyDays = onlyDays || slices.Equal(c.Shifts, []preference.ShiftPref{{Shift: "day", Strength: preference.Must}})
		avoidsSector = avoidsSector || slices.ContainsFunc(c.Sectors, func(s preference.SectorPref) bool { return s.Strength == preference.Avoid })
		italianWords = italianWords || (c.Languages[0] == "it" && slices.ContainsFunc(c.JobTypes, func(j preference.JobType) bool { return j.Text == "lavoro in cucina" }))
		mustHours = mustHours || (c.Hours != nil && c.Hours.Strength == preference.Must)
		payFloor = payFloor || c.Pay != nil
		env = env || (c.Environment.Noise != nil && c.Environment.Social != nil)
		noJobTypes = noJobTypes || len(c.JobTypes) == 0
	}
	assert.Len(t, disclosures, 3)
	assert.Len(t, modes, 4)
	assert.Len(t, specialists, 3)
	for s, n := range specialists {
		assert.GreaterOrEqual(t, n, 3, s)
	}
	assert.True(t, capped, "a client with a 20 h and 5,000 EUR benefits cap")
	assert.True(t, onlyDays, "a client who accepts only day shifts")
	assert.True(t, avoidsSector, "a client who avoids a sector")
	assert.True(t, italianWords, "an Italian speaker asking in Italian")
	assert.True(t, mustHours, "a client with must hours")
	assert.True(t, payFloor, "a client with a pay floor")
	assert.True(t, env, "a client with environment preferences")
	assert.True(t, noJobTypes, "a client open to anything nearby")
}

func TestVacancyMix(t *testing.T) {
	w := load(t)
	var italian, expired, unpaid, night, rotating, partTime, fullTime int
	channels := map[employer.Channel]int{}
	for i := range w.vacancies {
		v := &w.vacancies[i]
		channels[v.Channel]++
		if v.Lang() == "it" {
			italian++
		}
		if !v.Open(today) {
			expired++
		}
		if !v.Pay.Stated() {
			unpaid++
		}
		if slices.Contains(v.Shifts, employer.ShiftNight) {
			night++
		}
		if slices.Contains(v.Shifts, employer.ShiftRotating) {
			rotating++
		}
		if v.Hours.Max > 0 && v.Hours.Max <= 25 {
			partTime++
		}
		if v.Hours.Min >= 36 {
			fullTime++
		}
	}
	n := float64(len(w.vacancies))
	assert.GreaterOrEqual(t, float64(italian)/n, 0.2)
	assert.Positive(t, expired)
	assert.Positive(t, unpaid)
	assert.Positive(t, night)
	assert.Positive(t, rotating)
	assert.Positive(t, partTime)
	assert.Positive(t, fullTime)
	for _, ch := range employer.Channels() {
		assert.Positive(t, channels[ch], ch)
	}
}

func TestJobDevelopmentLog(t *testing.T) {
	w := load(t)
	specialists := map[string]bool{}
	months := map[string]bool{}
	last := map[string]employer.Contact{} // latest specialist contact per employer
	faceToFace := map[string]bool{}       // clients with a face-to-face employer contact
	for _, c := range w.contacts {
		months[c.Day().String()[:7]] = true
		if c.Type == employer.FaceToFace && c.ClientID != "" {
			faceToFace[c.ClientID] = true
		}
		if c.ByClient {
			continue
		}
		specialists[c.Specialist] = true
		last[c.EmployerID] = c
	}
	assert.GreaterOrEqual(t, len(specialists), 3)
	assert.GreaterOrEqual(t, len(months), 6, "June to November")
	assert.Less(t, len(last), len(w.employers), "some employers never visited")

	overdue := 0
	for _, c := range last {
		if !c.FollowUpDate.IsZero() && c.FollowUpDate.Before(today) {
			overdue++
		}
	}
	assert.Positive(t, overdue, "overdue follow-ups")

	byClient := 0
	for _, c := range w.contacts {
		if c.ByClient {
			byClient++
			assert.Empty(t, c.Specialist, c.ID)
		}
	}
	assert.Positive(t, byClient)

	flagged := []string{}
	for id, c := range w.clients {
		if today.DaysSince(c.Enrolled) > 30 && !faceToFace[id] {
			flagged = append(flagged, id)
		}
	}
	assert.NotEmpty(t, flagged, "a client past day 30 with no face-to-face employer contact")
}

func TestPlacementTenures(t *testing.T) {
	w := load(t)
	var open, short, long int
	for i := range w.placements {
		p := &w.placements[i]
		switch {
		case p.End.IsZero():
			open++
		case p.TenureDays(today) < 60:
			short++
			assert.NotEmpty(t, p.EndReason, p.ID)
		}
		if p.TenureDays(today) > 180 {
			long++
		}
	}
	assert.Positive(t, open)
	assert.Positive(t, short)
	assert.Positive(t, long)
}

func TestClient(t *testing.T) {
	all, err := Clients()
	require.NoError(t, err)
	assert.True(t, slices.IsSortedFunc(all, func(a, b preference.Profile) int { return strings.Compare(a.ID, b.ID) }))

	lucia, err := Client("lucia")
	require.NoError(t, err)
	assert.Equal(t, preference.DiscloseProgramOnly, lucia.Disclosure)

	_, err = Client("nobody")
	require.ErrorIs(t, err, ErrUnknownClient)
	assert.Contains(t, err.Error(), "karim")
}

// TestDataIsGenerated checks that the embedded files are what the
// generator writes, so hand edits cannot drift from it.
func TestDataIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "./internal/gen", "-out", dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	var want []string
	require.NoError(t, filepath.WalkDir("data", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			want = append(want, path)
		}
		return err
	}))
	for _, path := range want {
		got, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(path, "data"+string(filepath.Separator))))
		require.NoError(t, err, path)
		have, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(have, got), "%s differs from the generator's output; run go generate", path)
	}
}
