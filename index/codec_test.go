package index

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// stdJSON is what encoding/json writes for v with HTML escaping off: the
// reference the hand-written codec is held to.
func stdJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

var (
	fillStrings = []string{"", "a", "Home carer", `say "hi" \ there`, "tab\there\nline\r\x00\x1f\b\f",
		"<b>&amp;</b>", "caffè – crème", "\u2028\u2029", "bad \xff\xfe utf-8", "emoji 🙂", "日本語", "/slash/"}
	fillFloats = []float64{0, 1, -2.5, 8.4, 9.45, 44.845868, 11.599982, 1e-7, 1.5e21, 123456789.125, math.Copysign(0, -1), 0.1}
)

// fill sets every field reachable from v at random, each left zero with
// probability zero; slices get zero to three elements, or stay nil.
func fill(rnd *rand.Rand, v reflect.Value, zero float64) {
	if rnd.Float64() < zero {
		return
	}
	if v.Type() == reflect.TypeFor[civil.Date]() {
		v.Set(reflect.ValueOf(civil.D(1+rnd.IntN(9998), time.Month(1+rnd.IntN(12)), 1+rnd.IntN(28))))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(fillStrings[rnd.IntN(len(fillStrings))])
	case reflect.Bool:
		v.SetBool(rnd.IntN(2) == 0)
	case reflect.Float64:
		v.SetFloat(fillFloats[rnd.IntN(len(fillFloats))])
	case reflect.Int:
		v.SetInt(int64(rnd.IntN(100)))
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(rnd, p.Elem(), zero)
		v.Set(p)
	case reflect.Slice:
		n := rnd.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(rnd, s.Index(i), zero)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(rnd, v.Field(i), zero)
			}
		}
	default:
		panic("fill: unhandled kind " + v.Kind().String())
	}
}

// TestRecordsAreWrittenAsEncodingJSONWritesThem holds the hand-written
// encoders to encoding/json on records with every field set, with none,
// and with any mix: a field added to Vacancy or Employer and not to the
// codec fails here.
func TestRecordsAreWrittenAsEncodingJSONWritesThem(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		zero := []float64{0, 0.5, 0.9}[i%3]
		var sv storedVac
		fill(rnd, reflect.ValueOf(&sv).Elem(), zero)
		got, err := encodeVac(&sv)
		require.NoError(t, err)
		want := stdJSON(t, sv)
		require.Equal(t, string(want), string(got), "vacancy record %d", i)

		var e employer.Employer
		fill(rnd, reflect.ValueOf(&e).Elem(), zero)
		got, err = encodeEmployer(&e)
		require.NoError(t, err)
		require.Equal(t, string(stdJSON(t, &e)), string(got), "employer record %d", i)
	}
}

// TestRecordsAreReadAsEncodingJSONReadsThem holds the hand-written
// decoders to encoding/json on the same records.
func TestRecordsAreReadAsEncodingJSONReadsThem(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for i := range 3000 {
		zero := []float64{0, 0.5, 0.9}[i%3]
		var sv storedVac
		fill(rnd, reflect.ValueOf(&sv).Elem(), zero)
		raw := stdJSON(t, sv)
		var want, got storedVac
		require.NoError(t, json.Unmarshal(raw, &want))
		require.NoError(t, decodeVac(raw, &got), "vacancy record %d", i)
		require.Equal(t, want, got, "vacancy record %d", i)

		var e, wantE, gotE employer.Employer
		fill(rnd, reflect.ValueOf(&e).Elem(), zero)
		raw = stdJSON(t, &e)
		require.NoError(t, json.Unmarshal(raw, &wantE))
		require.NoError(t, decodeEmployer(raw, &gotE), "employer record %d", i)
		require.Equal(t, wantE, gotE, "employer record %d", i)
	}
}

// TestRecordsOfEarlierVersionsAreRead: the index's earlier codec wrote
// empty objects and dates for fields now left out; such records still
// read, and are rewritten only when their vacancy is imported again.
func TestRecordsOfEarlierVersionsAreRead(t *testing.T) {
	raw := `{"v":{"id":"v1","employer_id":"e1","title":"Home carer","occupation":{"code":"c","isco":"5322","label":"home carer","inferred":true},` +
		`"skills":{"essential":["empathy"],"inferred":false},"hours":{"min":36,"max":36},"shifts":["day","night"],` +
		`"pay":{"min":8.4,"max":9.45},"location":{"lat":44.845868,"lon":11.599982},"environment":{},"requirements":{},` +
		`"posted":"2026-11-05","valid_through":"2026-11-12","start_date":"","application":{},"channel":"competitive"},"t":["home","carer"],"e":["s1"]}`
	var got storedVac
	require.NoError(t, decodeVac([]byte(raw), &got))
	require.NotNil(t, got.V)
	assert.Equal(t, "Home carer", got.V.Title)
	assert.True(t, got.V.StartDate.IsZero())
	assert.Equal(t, civil.D(2026, 11, 12), got.V.ValidThrough)
	assert.Equal(t, []employer.Shift{employer.ShiftDay, employer.ShiftNight}, got.V.Shifts)
	assert.Equal(t, 11.599982, got.V.Location.Lon)
	assert.Equal(t, []string{"home", "carer"}, got.Tokens)
}

// TestMalformedRecordsAreErrors: a damaged or foreign record is reported,
// never read as a partly empty vacancy.
func TestMalformedRecordsAreErrors(t *testing.T) {
	good := `{"v":{"id":"v1","title":"Cook","hours":{"min":20}},"t":["cook"]}`
	var sv storedVac
	require.NoError(t, decodeVac([]byte(good), &sv))
	for name, raw := range map[string]string{
		"truncated":       good[:len(good)-3],
		"unknown field":   `{"v":{"id":"v1","title":"Cook","diagnosis":"x"}}`,
		"case variant":    `{"v":{"ID":"v1","title":"Cook"}}`,
		"text after":      good + `x`,
		"second value":    good + ` {}`,
		"string for num":  `{"v":{"id":"v1","hours":{"min":"20"}}}`,
		"bad number":      `{"v":{"id":"v1","hours":{"min":020}}}`,
		"bad escape":      `{"v":{"id":"v\q"}}`,
		"control char":    "{\"v\":{\"id\":\"v\x01\"}}",
		"bad date":        `{"v":{"id":"v1","posted":"5 Nov"}}`,
		"missing colon":   `{"v" {}}`,
		"number for list": `{"t":3}`,
		"empty":           ``,
	} {
		var sv storedVac
		err := decodeVac([]byte(raw), &sv)
		assert.ErrorIs(t, err, errRecord, name)
	}
	var e employer.Employer
	assert.ErrorIs(t, decodeEmployer([]byte(`{"id":"e1","name":"A","nationality":"x"}`), &e), errRecord)
}

func TestNumbersJSONCannotHoldAreErrors(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, err := encodeVac(&storedVac{V: &employer.Vacancy{ID: "v1", Hours: employer.Range{Min: f}}})
		assert.Error(t, err)
		_, err = encodeEmployer(&employer.Employer{ID: "e1", Location: &employer.Point{Lat: f}})
		assert.Error(t, err)
	}
}

func FuzzJSONStringIsEncodingJSONs(f *testing.F) {
	for _, s := range fillStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := stdJSON(t, s)
		got := appendJSONString(nil, s)
		if !bytes.Equal(want, got) {
			t.Fatalf("%q: encoding/json %s, codec %s", s, want, got)
		}
		r := recReader{b: got}
		if back := r.str(); r.err != nil || back != strings.ToValidUTF8(back, "\uFFFD") {
			t.Fatalf("%q does not read back: %v", s, r.err)
		}
	})
}

// FuzzDecodeVac: whatever the bytes, decoding returns; and what it
// accepts, encoding/json reads the same way.
func FuzzDecodeVac(f *testing.F) {
	f.Add([]byte(`{"v":{"id":"v1","title":"Cook","hours":{"min":20},"location":{"lat":1e-7,"lon":-0}},"t":["cook"],"r":[{"code":"c","confidence":0.5}]}`))
	f.Add([]byte(`{"v":{"id":"v\u00e9\ud83d\ude42\ud800","title":"\"x\""},"e":null}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var got storedVac
		if err := decodeVac(raw, &got); err != nil {
			if !errors.Is(err, errRecord) {
				t.Fatalf("error not errRecord: %v", err)
			}
			return
		}
		var want storedVac
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("codec accepted what encoding/json refuses (%v): %q", err, raw)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("codec read %q differently from encoding/json", raw)
		}
	})
}

func BenchmarkEncodeVac(b *testing.B) {
	sv := benchStoredVac(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := encodeVac(&sv); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeVac(b *testing.B) {
	sv := benchStoredVac(b)
	raw, err := encodeVac(&sv)
	require.NoError(b, err)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		var got storedVac
		if err := decodeVac(raw, &got); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStoredVac is a stored vacancy shaped like a job board's posting.
func benchStoredVac(tb testing.TB) storedVac {
	var v employer.Vacancy
	raw := `{"id":"v0000001","employer_id":"e000782","title":"Home carer","description":"A nursery school in Ferrara is looking for a home carer. You will accompany clients to appointments and prepare light meals. Easy to reach by bus; parking on site.",` +
		`"occupation":{"code":"http://data.europa.eu/esco/occupation/abc","isco":"5322","label":"home care aide","inferred":true},"skills":{"essential":["empathy","household tasks"]},` +
		`"hours":{"min":36,"max":36},"shifts":["day","night","weekend"],"pay":{"min":8.4,"max":9.45,"unit":"hour"},"location":{"lat":44.845868,"lon":11.599982},` +
		`"posted":"2026-11-05","valid_through":"2026-11-12","channel":"competitive"}`
	require.NoError(tb, json.Unmarshal([]byte(raw), &v))
	return storedVac{V: &v, Tokens: []string{"home", "carer"},
		Essential: []string{"http://data.europa.eu/esco/skill/1", "http://data.europa.eu/esco/skill/2"}}
}
