package match

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/peerbench"
	"github.com/stretchr/testify/require"
)

// wordyTitles are job-board titles as people write them, with the ISCO
// unit group a board would file them under: the taxonomy reads some and
// not others, and many share a common word ("assistant", "worker").
var wordyTitles = []struct{ title, isco string }{
	{"Kitchen porter", "9412"}, {"Kitchen assistant", "9412"}, {"Pot washer", "9412"},
	{"Warehouse operative", "9333"}, {"Warehouse worker", "9333"}, {"Pallet sorter", "9333"},
	{"Stock assistant", "9334"}, {"Shelf filler", "9334"}, {"Night shelf stacker", "9334"},
	{"Care assistant", "5322"}, {"Home care worker", "5322"}, {"Support worker", "5322"},
	{"Office cleaner", "9112"}, {"Cleaning operative", "9112"}, {"Hospital cleaner", "9112"},
	{"Delivery driver", "8322"}, {"Van driver", "8322"}, {"Bike courier", "9331"},
	{"Grounds maintenance worker", "9214"}, {"Garden helper", "9214"}, {"Park keeper assistant", "9214"},
	{"Barista", "5246"}, {"Coffee bar assistant", "5246"}, {"Waiting staff", "5131"},
	{"Banquet server", "5131"}, {"Event catering assistant", "5131"}, {"Hotel receptionist", "4224"},
	{"Laundry assistant", "9121"}, {"Ironing operative", "9121"}, {"Packing operative", "9321"},
	{"Production line worker", "9329"}, {"Assembly operative", "8219"}, {"Library helper", "4411"},
}

var wordyQualifiers = []string{"", "", "", "Part-time ", "Junior ", "Weekend ", "Trainee "}

var wordyTowns = []struct {
	name     string
	lat, lon float64
}{{"Alderbury", 44.50, 11.34}, {"Brockwell", 44.65, 10.92}, {"Castlemere", 44.30, 11.88}}

// wordyJobTypes are what clients ask for: titles of the list, their
// words in another order, and kinds of work no title names exactly.
var wordyJobTypes = []string{
	"kitchen porter", "warehouse worker", "care assistant", "cleaner", "delivery driver",
	"barista", "gardener", "shelf stacker", "event assistant", "night worker",
	"laundry worker", "library assistant", "coffee shop helper", "banquet assistant", "packing assistant",
}

// writeWordyTown writes a town in the shared benchmark's format, from a
// generator of our own: n vacancies around three towns and m client
// questions. Its titles are not curated, so many searches go through
// the words of a title rather than an occupation the taxonomy read.
func writeWordyTown(t *testing.T, seed uint64, n, m int) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 99))
	dir := t.TempDir()
	shifts := []string{"day", "evening", "night", "weekend", "rotating"}
	pick := func(k int) []string {
		out := []string{}
		for _, s := range r.Perm(len(shifts))[:k] {
			out = append(out, shifts[s])
		}
		return out
	}
	var vs, ps []byte
	for i := range n {
		tl := wordyTitles[r.IntN(len(wordyTitles))]
		tw := wordyTowns[r.IntN(len(wordyTowns))]
		title := wordyQualifiers[r.IntN(len(wordyQualifiers))] + tl.title
		if r.IntN(4) == 0 {
			title += " - " + tw.name
		}
		lo := float64(8 + r.IntN(30))
		pay := 7 + float64(r.IntN(60))/10
		posted := peerbench.Today.AddDays(-r.IntN(40))
		channel := "competitive"
		if r.IntN(10) == 0 {
			channel = "quota"
		}
		b, err := json.Marshal(map[string]any{
			"id": fmt.Sprintf("w%06d", i+1), "employer_id": fmt.Sprintf("we%04d", r.IntN(n/6+1)),
			"title": title, "description": "We are looking for someone to join our team in " + tw.name + ".",
			"occupation": tl.isco, "skills": []string{}, "hours_min": lo, "hours_max": lo + float64(r.IntN(3)*4),
			"shifts": pick(1 + r.IntN(3)), "pay_min": pay, "pay_max": pay + float64(r.IntN(2)),
			"lat": tw.lat + (r.Float64()-0.5)*0.3, "lon": tw.lon + (r.Float64()-0.5)*0.4,
			"posted": posted.String(), "valid_through": posted.AddDays(5 + r.IntN(40)).String(),
			"channel": channel,
		})
		require.NoError(t, err)
		vs = append(append(vs, b...), '\n')
	}
	for i := range m {
		tw := wordyTowns[i%len(wordyTowns)]
		var jobs []string
		for _, k := range r.Perm(len(wordyJobTypes))[:1+r.IntN(2)] {
			jobs = append(jobs, wordyJobTypes[k])
		}
		b, err := json.Marshal(map[string]any{
			"id": fmt.Sprintf("wp%03d", i+1), "lat": tw.lat + (r.Float64()-0.5)*0.1, "lon": tw.lon + (r.Float64()-0.5)*0.1,
			"commute_km": 5 + r.IntN(20), "job_types": jobs, "hours_cap": 20 + r.IntN(20), "avoid_shifts": pick(r.IntN(2)),
			"pay_floor": 7.5 + float64(r.IntN(20))/10, "reserved_ok": r.IntN(3) == 0,
		})
		require.NoError(t, err)
		ps = append(append(ps, b...), '\n')
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "vacancies.jsonl"), vs, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "profiles.jsonl"), ps, 0o600))
	return dir
}

// TestWordyTownAgreesWithReference: on job-board titles nobody curated,
// where a client's words reach titles the taxonomy read as other work,
// every client gets exactly the brute-force reference's top 20. A bound
// on a retrieval step that is too low (a title met by the words of a job
// type, bounded below what those words score) shows here as a wrong rank.
func TestWordyTownAgreesWithReference(t *testing.T) {
	requirePeerSameAsReference(t, writeWordyTown(t, 1, 3000, 50), 0, 1)
}

// TestBandsChangeNothingSeen: reading a search's area band by band of
// distance, and leaving farther bands unread, gives the same results and
// the same count of other work as reading every tier whole.
func TestBandsChangeNothingSeen(t *testing.T) {
	dir := writeWordyTown(t, 3, 3000, 50)
	e := peerIndex(t, dir, 0)
	ps, err := peerbench.ReadProfiles(dir)
	require.NoError(t, err)
	ctx := context.Background()
	counted := 0
	for _, p := range ps {
		opt := Options{Today: peerbench.Today, Limit: 20}
		byBands, err := e.Match(ctx, p, opt)
		require.NoError(t, err)
		readByBands = false
		whole, err := e.Match(ctx, p, opt)
		readByBands = true
		require.NoError(t, err)
		require.Equal(t, whole.Results, byBands.Results, "client %s", p.ID)
		// The other counts are of the candidates a search examined, which
		// the order of reading decides; other work is counted exactly.
		require.Equal(t, whole.Excluded[ExOtherWork], byBands.Excluded[ExOtherWork], "client %s", p.ID)
		require.Equal(t, whole.Excluded[ExJobType], byBands.Excluded[ExJobType], "client %s", p.ID)
		if byBands.Excluded[ExOtherWork]+byBands.Excluded[ExJobType] > 0 {
			counted++
		}
	}
	require.Positive(t, counted, "no search read every tier")
}
