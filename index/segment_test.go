package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/internal/retrieval"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openDisk(t *testing.T, dir string) *Index {
	t.Helper()
	ix, err := Open(context.Background(), Options{Path: dir})
	require.NoError(t, err)
	return ix
}

func segFiles(t *testing.T, dir string) []string {
	t.Helper()
	ents, _ := os.ReadDir(filepath.Join(dir, segDir))
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

func TestReopenReadsUpdatesAndDeletesFromSegments(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ix")
	ix := openDisk(t, dir)
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	upd := sampleBatch().Vacancies[0]
	upd.Title = "Dishwasher"
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{upd}, DeleteVacancies: []string{"v3"},
		Employers: []employer.Employer{{ID: "e1", Name: "Caffè Aurora e Figli", Sector: employer.Sector{Code: "I56"}}}})
	require.NoError(t, err)
	require.NoError(t, ix.Close())

	ix = openDisk(t, dir)
	defer ix.Close()
	e, v := ix.Count()
	assert.Equal(t, 1, e)
	assert.Equal(t, 2, v, "v3 was deleted")
	got, ok := ix.Vacancy("v1")
	require.True(t, ok)
	assert.Equal(t, "Dishwasher", got.Title, "the later batch wins")
	require.NotNil(t, got.Employer())
	assert.Equal(t, "Caffè Aurora e Figli", got.Employer().Name, "vacancies point at the employer's current version")
	_, ok = ix.Vacancy("v3")
	assert.False(t, ok)
	byEmp := ix.VacanciesOf("e1")
	require.Len(t, byEmp, 2)
	assert.Equal(t, "v1", byEmp[0].ID)

	// Posting lists and words survive the reopen.
	occ, err := ix.RetrieveVacancies(ctx, Query{Occ: got.Occ[:1]})
	require.NoError(t, err)
	assert.Equal(t, []string{"v1"}, ids(occ))
	words, err := ix.RetrieveVacancies(ctx, Query{Words: "dishwasher"})
	require.NoError(t, err)
	assert.Equal(t, []string{"v1"}, ids(words))
	var seen []string
	require.NoError(t, ix.selectTerms(got.Occ[:1], nil, ix.newMark(), func(h retrieval.Hot) {
		en, err := ix.entryOf(h)
		require.NoError(t, err)
		seen = append(seen, en.ID)
	}))
	assert.Equal(t, []string{"v1"}, seen)
}

func TestUnchangedRecordsAreNotWrittenAgain(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ix")
	ix := openDisk(t, dir)
	defer ix.Close()
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	before := segFiles(t, dir)
	st, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	assert.Equal(t, 3, st.VacanciesUnchanged)
	assert.Equal(t, 1, st.EmployersUnchanged)
	assert.Equal(t, before, segFiles(t, dir), "a batch that changes nothing writes no segment")

	// One changed among unchanged ones: only it is written, and every
	// vacancy still reads back as it was last given.
	b := sampleBatch()
	b.Vacancies[1].Title = "Lavapiatti"
	st, err = ix.Apply(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, 2, st.VacanciesUnchanged)
	assert.Equal(t, 1, st.VacanciesUpdated)
	for _, v := range b.Vacancies {
		e, ok := ix.Vacancy(v.ID)
		require.True(t, ok)
		assert.Equal(t, v.Title, e.Title)
	}
}

// A crash after the segment is synced but before bleve commits leaves a
// segment numbered past bleve's batch number: Open must ignore and remove
// it, so that the index holds exactly the committed batches.
func TestOpenDropsASegmentBleveNeverCommitted(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ix")
	ix := openDisk(t, dir)
	_, err := ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	orphan := &segment{seq: ix.seq + 1}
	orphan.vacs = []segVac{{id: "ghost", hot: retrieval.Hot{}}}
	p := orphan.packBlocks([][]byte{[]byte(`{"v":{"id":"ghost","title":"Ghost"}}`)})[0]
	orphan.vacs[0].off, orphan.vacs[0].n = p.off, p.n
	require.NoError(t, writeSegmentFile(dir, orphan.seq, encodeSegment(orphan)))
	require.NoError(t, os.WriteFile(filepath.Join(dir, segDir, "torn.seg.tmp"), []byte("IPSM"), 0o644))
	require.NoError(t, ix.Close())

	ix = openDisk(t, dir)
	defer ix.Close()
	_, ok := ix.Vacancy("ghost")
	assert.False(t, ok, "a batch bleve never committed is not in the index")
	_, v := ix.Count()
	assert.Equal(t, 3, v)
	assert.Equal(t, []string{segName(1), stateName(1)}, segFiles(t, dir), "the orphan and the torn temporary file are removed")
	// The next batch reuses the number the orphan had.
	_, err = ix.Apply(ctx, Batch{Vacancies: []employer.Vacancy{{ID: "v9", Title: "Cook"}}})
	require.NoError(t, err)
	_, ok = ix.Vacancy("v9")
	assert.True(t, ok)
}

func TestBlocksHoldEveryRecord(t *testing.T) {
	// A few records, packed by one worker, and a batch's worth of
	// records of varied length behind them, packed in runs on every core,
	// in one segment.
	var s segment
	var few, many [][]byte
	for i := range 2*blockLen + 3 {
		few = append(few, []byte(fmt.Sprintf(`{"id":"v%d"}`, i)))
	}
	for i := range MaxPart + 1 {
		many = append(many, []byte(fmt.Sprintf(`{"id":"w%d","t":"%s"}`, i, strings.Repeat("ab", i%37))))
	}
	for _, raws := range [][][]byte{few, many} {
		places := s.packBlocks(raws)
		for i, p := range places {
			got, err := unpackRecord(nil, s.record(p.off, p.n), p.k)
			require.NoError(t, err)
			require.Equal(t, string(raws[i]), string(got))
			if i > 0 && i%blockLen != 0 {
				require.Equal(t, places[i-1].off, p.off, "records share blocks")
			} else if i > 0 {
				require.Greater(t, p.off, places[i-1].off, "blocks follow one another")
			}
		}
	}
}

func TestSegmentRoundTrip(t *testing.T) {
	s := &segment{seq: 7, recs: []byte("abcdef"),
		vacs: []segVac{{id: "v1", employer: "e1", hot: retrieval.Hot{Posted: 20000, ValidThrough: -1, Lat: 44.5, Lon: 11.3, HasLocation: true,
			Competitive: true, HoursLo: 20, HoursHi: 30, Shifts: 3, PayUnit: 1, PayMin: 8.5, PayMax: 9}, occ: []string{"u:9412"}, cells: []string{"g5:srbj1", "g6:srbj1x"}, off: 0, n: 3}},
		emps: []segEmp{{id: "e1", off: 3, n: 3}}, delV: []string{"v0"}, delE: []string{"e0"}}
	got, err := decodeSegment(encodeSegment(s))
	require.NoError(t, err)
	assert.Equal(t, uint64(7), got.seq)
	require.Len(t, got.vacs, 1)
	v := got.vacs[0]
	assert.Equal(t, s.vacs[0].hot, v.hot)
	var terms []string
	for _, k := range v.terms {
		terms = append(terms, got.terms[k])
	}
	assert.Equal(t, []string{"u:9412", "g5:srbj1", "g6:srbj1x", "e:e1"}, terms)
	assert.Equal(t, 2, v.nCells)
	assert.Equal(t, "abc", string(got.record(v.off, v.n)))
	assert.Equal(t, "def", string(got.record(got.emps[0].off, got.emps[0].n)))
	assert.Equal(t, []string{"v0"}, got.delV)
	assert.Equal(t, []string{"e0"}, got.delE)
	for n := range len(encodeSegment(s)) - 6 {
		if _, err := decodeSegment(encodeSegment(s)[:n]); err == nil {
			t.Errorf("a segment cut at %d bytes decodes without error", n)
		}
	}
}

func ids(es []*Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestALargeBatchIsWrittenInBoundedParts(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	vs := make([]employer.Vacancy, 2*MaxPart+5)
	for i := range vs {
		vs[i] = employer.Vacancy{ID: fmt.Sprintf("v%05d", i), Title: fmt.Sprintf("Cook %d", i)}
	}
	st, err := ix.Apply(ctx, Batch{Vacancies: vs, DeleteVacancies: []string{"v00000"}})
	require.NoError(t, err)
	assert.Equal(t, 3, st.Parts)
	assert.Equal(t, 2*MaxPart+5, st.VacanciesAdded)
	assert.Equal(t, 1, st.Deleted, "deletes apply after every part")
	_, n := ix.Count()
	assert.Equal(t, 2*MaxPart+4, n)
	// Parts are prepared ahead of their turn; each vacancy is still
	// stored as it was given.
	for i := 1; i < len(vs); i += 997 {
		e, ok := ix.Vacancy(vs[i].ID)
		require.True(t, ok)
		assert.Equal(t, vs[i].Title, e.Title)
		assert.Equal(t, []string{"cook", strconv.Itoa(i)}, e.TitleTokens)
	}

	bad := append(vs[:1:1], employer.Vacancy{ID: "x"}) // no title
	_, err = ix.Apply(ctx, Batch{Vacancies: append(bad, vs...)})
	require.ErrorIs(t, err, ErrInvalidBatch, "validation covers every part before any is written")
	_, n = ix.Count()
	assert.Equal(t, 2*MaxPart+4, n)
}

func TestSelectReadsOnlyTheAreaAndCountsTheRest(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	bologna := employer.Point{Lat: 44.494, Lon: 11.343}
	ravenna := employer.Point{Lat: 44.418, Lon: 12.199}
	var vs []employer.Vacancy
	for i, p := range []employer.Point{bologna, bologna, ravenna} {
		loc := p
		vs = append(vs, employer.Vacancy{ID: fmt.Sprintf("v%d", i), Title: "Cook", Location: &loc,
			Occupation: employer.Occupation{ISCO: "5120"}})
	}
	vs = append(vs, employer.Vacancy{ID: "v9", Title: "Cook", Occupation: employer.Occupation{ISCO: "5120"}})
	_, err := ix.Apply(ctx, Batch{Vacancies: vs})
	require.NoError(t, err)
	terms := []string{retrieval.UnitTerm("5120")}
	for _, prec := range []int{retrieval.CoarseCell, retrieval.FineCell} {
		area := ix.newArea([]string{retrieval.CellTerm(bologna, prec), retrieval.CellUnknown})
		mark := ix.newMark()
		var in []string
		require.NoError(t, ix.selectTerms(terms, area, mark, func(h retrieval.Hot) {
			en, err := ix.entryOf(h)
			require.NoError(t, err)
			in = append(in, en.ID)
		}))
		assert.ElementsMatch(t, []string{"v0", "v1", "v9"}, in, "precision %d", prec)
		n, err := ix.countOutside(terms, area, mark)
		require.NoError(t, err)
		assert.Equal(t, 1, n, "Ravenna is out of reach")
	}
}

// TestSelectReadsTheWeeksAsked: an area limited to weeks of posting
// selects the vacancies posted in them (and those without a posting day
// in the unknown week), also after a batch moves one to another week.
func TestSelectReadsTheWeeksAsked(t *testing.T) {
	ctx := context.Background()
	ix := openMem(t)
	home := employer.Point{Lat: 44.494, Lon: 11.343}
	day := func(s string) employer.Date {
		d, err := employer.ParseDate(s)
		require.NoError(t, err)
		return d
	}
	posted := map[string]employer.Date{"old": day("2026-09-01"), "last": day("2026-11-17"), "this": day("2026-11-23"), "none": {}}
	var vs []employer.Vacancy
	for _, id := range []string{"old", "last", "this", "none"} {
		vs = append(vs, employer.Vacancy{ID: id, Title: "Cook", Location: &home, Posted: posted[id], Occupation: employer.Occupation{ISCO: "5120"}})
	}
	_, err := ix.Apply(ctx, Batch{Vacancies: vs})
	require.NoError(t, err)
	terms := []string{retrieval.UnitTerm("5120")}
	area := ix.newArea([]string{retrieval.CellTerm(home, retrieval.CoarseCell), retrieval.CellUnknown})
	week := func(id string) int32 { return retrieval.PostedWeek(retrieval.EpochDay(posted[id])) }
	sel := func(a *retrieval.Area) []string {
		var in []string
		require.NoError(t, ix.selectTerms(terms, a, ix.newMark(), func(h retrieval.Hot) {
			en, err := ix.entryOf(h)
			require.NoError(t, err)
			in = append(in, en.ID)
		}))
		slices.Sort(in)
		return in
	}
	// Everything in an area, by weeks, as a search of no job type reads.
	selAll := func(a *retrieval.Area) []string {
		var in []string
		require.NoError(t, ix.selectArea(a, func(h retrieval.Hot) {
			en, err := ix.entryOf(h)
			require.NoError(t, err)
			in = append(in, en.ID)
		}))
		slices.Sort(in)
		return in
	}
	assert.Equal(t, []string{"last", "none", "old", "this"}, sel(area))
	assert.Equal(t, []string{"last", "this"}, selAll(area.Weeks(week("last"), retrieval.AnyWeek)))
	assert.Equal(t, []string{"this"}, sel(area.Weeks(week("this"), retrieval.AnyWeek)))
	assert.Equal(t, []string{"last", "this"}, sel(area.Weeks(week("last"), retrieval.AnyWeek)))
	assert.Equal(t, []string{"none", "old"}, sel(area.Weeks(retrieval.UnknownWeek, week("old"))))
	assert.Equal(t, 1, ix.countIn(area.Weeks(week("last"), week("last"))))
	// Reposted: "old" moves to this week's list.
	vs[0], posted["old"] = employer.Vacancy{ID: "old", Title: "Cook", Location: &home, Posted: day("2026-11-24"), Occupation: employer.Occupation{ISCO: "5120"}}, day("2026-11-24")
	_, err = ix.Apply(ctx, Batch{Vacancies: vs[:1]})
	require.NoError(t, err)
	assert.Equal(t, []string{"old", "this"}, sel(area.Weeks(week("this"), retrieval.AnyWeek)))
	assert.Equal(t, []string{"old", "this"}, selAll(area.Weeks(week("this"), retrieval.AnyWeek)), "the cell's split takes the new slot")
	assert.Equal(t, []string{"none"}, sel(area.Weeks(retrieval.UnknownWeek, week("this")-4)))
}

func TestDecodedRecordsAreBounded(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{CachedVacancies: 2})
	require.NoError(t, err)
	defer ix.Close()
	_, err = ix.Apply(ctx, sampleBatch())
	require.NoError(t, err)
	for _, id := range []string{"v1", "v2", "v3", "v1"} {
		v, ok := ix.Vacancy(id)
		require.True(t, ok)
		assert.Equal(t, id, v.ID, "a dropped record is decoded again")
	}
	cached := 0
	for _, c := range ix.cache {
		for i := range c {
			if c[i].Load() != nil {
				cached++
			}
		}
	}
	assert.Equal(t, 2, cached)
}

// TestDecodedEmployersAreBounded: listing every employer does not leave
// them all decoded in memory, and each is still found afterwards.
func TestDecodedEmployersAreBounded(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, Options{CachedVacancies: 6})
	require.NoError(t, err)
	defer ix.Close()
	var b Batch
	for i := range 40 {
		b.Employers = append(b.Employers, employer.Employer{ID: fmt.Sprintf("e%02d", i), Name: fmt.Sprintf("Employer %d", i),
			Sector: employer.Sector{Code: "I"}})
	}
	_, err = ix.Apply(ctx, b)
	require.NoError(t, err)
	all := ix.Employers()
	require.Len(t, all, 40)
	for i, e := range all {
		assert.Equal(t, fmt.Sprintf("Employer %d", i), e.Name)
	}
	cached := 0
	ix.empCache.Range(func(_, _ any) bool { cached++; return true })
	assert.LessOrEqual(t, cached, 3, "half as many employers as vacancies are kept decoded")
	e, ok := ix.Employer("e07")
	require.True(t, ok)
	assert.Equal(t, "Employer 7", e.Name)
}

func TestAPartPreparedAheadWritesTheSameSegment(t *testing.T) {
	// Apply writes a part of new vacancies with the header made while
	// the part was prepared; it must be the header the segment's own
	// contents give.
	ix := openMem(t)
	vs := sampleBatch().Vacancies
	for i := range 600 {
		vs = append(vs, employer.Vacancy{ID: fmt.Sprintf("w%d", i), Title: fmt.Sprintf("Cook %d", i%50),
			EmployerID: fmt.Sprintf("e%d", i%7), Location: &employer.Point{Lat: 44 + float64(i%9)/10, Lon: 11}})
	}
	var st Stats
	seg, _, err := ix.prepare(Batch{Vacancies: vs}, ix.prepareVacancies(vs, make([]prepMemo, 2)), &st)
	require.NoError(t, err)
	require.NotNil(t, seg.body, "a part of new vacancies alone is written as prepared")
	seg.seq = 7
	ahead := encodeSegment(seg)
	seg.body = nil
	assert.Equal(t, encodeSegment(seg), ahead)
}
