package workspace

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

var (
	choices  = []preference.Disclosure{preference.DiscloseNone, preference.DiscloseProgramOnly, preference.DiscloseFull}
	purposes = []employer.Purpose{employer.PurposeIntroduction, employer.PurposeLearn, employer.PurposeThankYou,
		employer.PurposePresent, employer.PurposeInterview, employer.PurposeFollowAlong}
)

// genFolder writes a data folder: the test town's employers and vacancies,
// a caseload with random disclosure choices, and random contacts, some on
// behalf of clients, some by clients, some for the programme.
func genFolder(t *testing.T, r *rand.Rand) (string, map[string]preference.Disclosure, []employer.Contact) {
	dir := copyTown(t)
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "clients")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "clients"), 0o755))
	choice := map[string]preference.Disclosure{}
	for i := range 6 {
		id := fmt.Sprintf("c%d", i)
		choice[id] = choices[r.IntN(len(choices))]
		p := preference.Profile{ID: id, Specialist: "anna.rossi", Enrolled: today.AddDays(-r.IntN(90)), Disclosure: choice[id],
			Home:     &preference.Point{Lat: 44.495 + r.Float64()/100, Lon: 11.343 + r.Float64()/100},
			JobTypes: []preference.JobType{{Text: []string{"baker", "shelf stacker", "shop assistant"}[r.IntN(3)], Strength: preference.Prefer}}}
		b, err := json.Marshal(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "clients", id+".json"), b, 0o644))
	}
	var lines []string
	var cs []employer.Contact
	for i := range 12 {
		c := employer.Contact{ID: fmt.Sprintf("g%d", i), EmployerID: []string{"bakery", "shop"}[r.IntN(2)], Specialist: "marco.bianchi",
			At: today.Time().Add(-time.Duration(r.IntN(60*24)) * time.Hour), Type: employer.FaceToFace, Purpose: purposes[r.IntN(len(purposes))]}
		if c.Purpose.ClientSpecific() || r.IntN(2) == 0 {
			c.ClientID = fmt.Sprintf("c%d", r.IntN(6))
			c.ByClient = r.IntN(4) == 0
		}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		lines = append(lines, string(b))
		cs = append(cs, c)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, ContactsFile), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(dir, PlacementsFile)))
	return dir, choice, cs
}

// forbidden is the policy written out independently of match: what a
// specialist may not do on a client's behalf.
func forbidden(d preference.Disclosure, c employer.Contact) bool {
	switch {
	case c.ClientID == "" || c.ByClient || d == preference.DiscloseFull:
		return false
	case d == preference.DiscloseProgramOnly:
		return c.Purpose != employer.PurposeIntroduction && c.Purpose != employer.PurposePresent
	}
	return true
}

// checkNothingForbidden asserts that the store holds no contact made on a
// client's behalf that their choice forbids, and that nothing suggests one.
func checkNothingForbidden(t *testing.T, w *Workspace, choice map[string]preference.Disclosure) {
	t.Helper()
	ctx := context.Background()
	for _, c := range contacts(t, w) {
		if c.ClientID == "" || c.ByClient {
			continue
		}
		d := choice[c.ClientID]
		require.NotEqual(t, preference.DiscloseNone, d, "contact %s was recorded on behalf of %s, who chose none", c.ID, c.ClientID)
		if d == preference.DiscloseProgramOnly {
			require.Contains(t, []employer.Purpose{employer.PurposeIntroduction, employer.PurposePresent}, c.Purpose, "contact %s", c.ID)
		}
	}
	for _, p := range w.Caseload.Clients() {
		if p.Disclosure != preference.DiscloseNone {
			continue
		}
		res, err := w.Engine.Match(ctx, p, match.Options{Today: today, IncludeNonCompetitive: true})
		require.NoError(t, err)
		for _, r := range res.Results {
			require.Equal(t, match.ApplyOnOwn, r.Action, "client %s, vacancy %s", p.ID, r.ID)
			require.NotContains(t, []string{string(employer.ChannelQuota), string(employer.ChannelConvention)}, r.Channel, "client %s, vacancy %s", p.ID, r.ID)
		}
		leads, err := w.Engine.Leads(ctx, p, match.LeadOptions{Today: today})
		require.NoError(t, err)
		for _, l := range leads.Leads {
			require.Equal(t, match.ApplyOnOwn, l.Action, "client %s, lead %s", p.ID, l.EmployerID)
		}
	}
	plan, err := w.Engine.Plan(ctx, w.Caseload.Clients(), "anna.rossi", today, match.PlanOptions{Today: today})
	require.NoError(t, err)
	for _, v := range plan.Visits {
		for _, id := range append(slices.Clone(v.Clients), v.PresentFor...) {
			require.NotEqual(t, preference.DiscloseNone, choice[id], "the plan names %s, who chose none, at %s", id, v.EmployerID)
		}
	}
}

// Over generated caseloads and logs, through every entry point, no client
// who chose not to disclose ever has a contact recorded or suggested on
// their behalf, and a program_only client only introductions and
// presentations. Entry points that meet a forbidden contact refuse the
// whole batch.
func TestNoEntryPointRecordsOrSuggestsWhatTheChoiceForbids(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(25) {
		r := rand.New(rand.NewPCG(seed, 7))
		data, choice, cs := genFolder(t, r)
		anyForbidden := slices.ContainsFunc(cs, func(c employer.Contact) bool { return forbidden(choice[c.ClientID], c) })
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			mem, err := Open(ctx, Options{Data: data, Today: today})
			if anyForbidden {
				require.ErrorIs(t, err, match.ErrDisclosureForbids, "an in-memory data folder with a forbidden contact is refused")
			} else {
				require.NoError(t, err)
				checkNothingForbidden(t, mem, choice)
				mem.Close()
			}

			w, err := Open(ctx, Options{Index: filepath.Join(t.TempDir(), "ix"), Create: true, Today: today})
			require.NoError(t, err)
			defer w.Close()
			_, err = w.ImportFolder(ctx, data, ImportOptions{})
			if !anyForbidden {
				require.NoError(t, err)
				checkNothingForbidden(t, w, choice)
				return
			}
			require.ErrorIs(t, err, match.ErrDisclosureForbids)
			require.Empty(t, contacts(t, w), "a refused folder records nothing")
			require.NoError(t, os.Remove(filepath.Join(data, ContactsFile)))
			_, err = w.ImportFolder(ctx, data, ImportOptions{})
			require.NoError(t, err)
			// One at a time, alternating the library and a file import:
			// exactly the contacts the choice forbids are refused.
			for i, c := range cs {
				var err error
				if i%2 == 0 {
					_, err = w.Recorder.AddContacts(ctx, c)
				} else {
					p := filepath.Join(t.TempDir(), "contacts.jsonl")
					b, _ := json.Marshal(c)
					require.NoError(t, os.WriteFile(p, append(b, '\n'), 0o644))
					rep, ierr := w.ImportFiles(ctx, []string{p}, FileOptions{})
					require.NoError(t, ierr)
					err = fileError(rep)
				}
				if forbidden(choice[c.ClientID], c) {
					require.ErrorIs(t, err, match.ErrDisclosureForbids, "contact %+v", c)
				} else {
					require.NoError(t, err, "contact %+v", c)
				}
			}
			checkNothingForbidden(t, w, choice)
		})
	}
}
