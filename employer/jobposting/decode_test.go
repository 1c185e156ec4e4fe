package jobposting

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func decodeFile(t *testing.T, name string) ([]Record, []Skip) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	recs, skipped, err := Decode(data, name, Options{})
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, r.Vacancy.Validate(), "every returned vacancy validates")
		if r.Employer != nil {
			require.NoError(t, r.Employer.Validate())
			require.Equal(t, r.Employer.ID, r.Vacancy.EmployerID)
		}
	}
	return recs, skipped
}

type goldenResult struct {
	Records []Record
	Skipped []Skip
}

// TestDecodeGolden decodes every fixture and compares the whole result
// with testdata/golden/<fixture>.json; run with -update to rewrite them.
func TestDecodeGolden(t *testing.T) {
	for _, name := range []string{"single.json", "array.json", "graph.json", "page.html", "missing.json", "italian_hours.json", "unknown_unit.json"} {
		t.Run(name, func(t *testing.T) {
			recs, skipped := decodeFile(t, name)
			got, err := json.MarshalIndent(goldenResult{recs, skipped}, "", "  ")
			require.NoError(t, err)
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
			}
			raw, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create the golden file")
			// Compare values, not bytes, so that a change in how the
			// employer types print empty fields does not break the test.
			var want, have goldenResult
			require.NoError(t, json.Unmarshal(raw, &want))
			require.NoError(t, json.Unmarshal(got, &have))
			assert.Equal(t, want, have)
		})
	}
}

func TestDecodeSingleObjectMapsEveryField(t *testing.T) {
	recs, skipped := decodeFile(t, "single.json")
	require.Len(t, recs, 1)
	assert.Empty(t, skipped)
	r := recs[0]
	v := r.Vacancy
	assert.Equal(t, "jp-TDM-042", v.ID)
	assert.Equal(t, "Cerchiamo un aiuto cuoco per la nostra cucina.\nPreparazione dei piatti\nPulizia & riordino", v.Description, "tags stripped, entities decoded")
	assert.Equal(t, "it", v.Language)
	assert.Equal(t, employer.Occupation{Code: "9412.1", ISCO: "9412", Label: "Aiuto cuoco"}, v.Occupation)
	assert.Equal(t, employer.Range{Min: 24, Max: 24}, v.Hours, "workHours wins over the PART_TIME band")
	assert.Equal(t, []employer.Shift{employer.ShiftDay, employer.ShiftWeekend}, v.Shifts)
	assert.Equal(t, employer.Temporary, v.EmploymentType)
	assert.Equal(t, employer.Pay{Min: 9.5, Max: 11, Currency: "EUR", Unit: employer.PerHour}, v.Pay)
	assert.Equal(t, "Via del Pratello 12, 40122 Bologna, BO, IT", v.Address)
	require.NotNil(t, v.Location)
	assert.Equal(t, employer.Point{Lat: 44.4949, Lon: 11.3342}, *v.Location, "latitude as a string, longitude as a number")
	assert.Equal(t, employer.High, v.Environment.Physical)
	assert.Equal(t, []string{"preparazione alimenti", "HACCP"}, v.Skills.Optional)
	assert.Equal(t, []string{"Attestato HACCP", "uso del coltello", "6 months of experience"}, v.Skills.Essential)
	assert.Equal(t, "2025-03-01", v.Posted.String(), "a datetime keeps its own day")
	assert.Equal(t, employer.Application{Method: employer.ApplyPhone, Detail: "+39 051 123456"}, v.Application)

	require.NotNil(t, r.Employer)
	assert.Equal(t, "org-trattoriadamario-it", r.Employer.ID, "id from the sameAs host")
	assert.Equal(t, employer.Sector{Code: "unknown", Label: "not stated"}, r.Employer.Sector)
	assert.Equal(t, []employer.Person{{Name: "Maria Rossi", Role: "titolare", Phone: "+39 051 123456"}}, r.Employer.People)

	assert.Contains(t, r.Unmapped, `educationRequirements: {"@type":"EducationalOccupationalCredential","credentialCategory":"high school"} not mapped`)
	assert.Contains(t, r.Unmapped, "jobBenefits: 'Pasto incluso' not mapped")
	assert.Contains(t, r.Unmapped, "application: online to 'https://www.trattoriadamario.it/lavora-con-noi/42' also possible")
	assert.Empty(t, r.Flags)
}

func TestDecodeArraySkipsWhatIsNotAJob(t *testing.T) {
	recs, skipped := decodeFile(t, "array.json")
	require.Len(t, recs, 2)
	assert.Equal(t, []Skip{{Index: 1, Reason: "no title"}, {Index: 2, Reason: "volunteer work is not a job"}}, skipped)

	warehouse := recs[0].Vacancy
	assert.Equal(t, employer.Range{Min: 36, Max: 40}, warehouse.Hours, "FULL_TIME band when workHours gives no hours")
	assert.Contains(t, warehouse.Shifts, employer.ShiftRotating)
	assert.Equal(t, employer.Pay{Min: 24500, Max: 24500, Currency: "GBP", Unit: employer.PerYear}, warehouse.Pay)

	remote := recs[1]
	assert.Equal(t, employer.FullRemote, remote.Vacancy.Remote)
	assert.Nil(t, remote.Vacancy.Location)
	assert.NotContains(t, remote.Flags, FlagNoCoordinates, "commute does not matter for fully remote work")
	assert.Equal(t, employer.FixedTerm, remote.Vacancy.EmploymentType)
	assert.Equal(t, employer.Pay{Min: 2100, Max: 2600, Currency: "USD", Unit: employer.PerMonth}, remote.Vacancy.Pay, "estimatedSalary distribution")
	assert.Equal(t, "org-quick-parcels", remote.Employer.ID, "legal suffix dropped from the name")
	assert.Contains(t, remote.Unmapped, "employmentType: 'OTHER' not mapped")
}

func TestDecodeGraphFollowsReferences(t *testing.T) {
	recs, _ := decodeFile(t, "graph.json")
	require.Len(t, recs, 2)
	for _, r := range recs {
		require.NotNil(t, r.Employer)
		assert.Equal(t, "Cooperativa Sociale Il Girasole", r.Employer.Name)
		assert.Equal(t, "org-ilgirasole-example-it", r.Vacancy.EmployerID)
	}
	cleaning := recs[0]
	assert.Equal(t, "jp-77", cleaning.Vacancy.ID, "numeric identifier")
	assert.Equal(t, "9112", cleaning.Vacancy.Occupation.ISCO)
	assert.Equal(t, 8.9, cleaning.Vacancy.Pay.Min, "decimal comma in a string amount")
	assert.Equal(t, "06:00", cleaning.Vacancy.EarliestStart)
	assert.Contains(t, cleaning.Unmapped, "jobLocation[1]: 'Via Giardini 30, 41124 Modena' not used: only the first location is kept")

	night := recs[1].Vacancy
	assert.Equal(t, []employer.Shift{employer.ShiftNight}, night.Shifts)
	assert.Equal(t, "22:00", night.EarliestStart)
	assert.True(t, strings.HasPrefix(night.ID, "jp-") && len(night.ID) == len("jp-")+12, "stable hashed id, got %q", night.ID)
	assert.Equal(t, "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", night.Occupation.Code)
}

func TestDecodeHTMLPageReadsOnlyLDJSON(t *testing.T) {
	recs, _ := decodeFile(t, "page.html")
	require.Len(t, recs, 1, "the text/javascript block and the BreadcrumbList are ignored")
	v := recs[0].Vacancy
	assert.Equal(t, "Kitchen porter", v.Title)
	assert.Equal(t, "Wash up, keep the kitchen clean & tidy.", v.Description, "escaped HTML is unescaped then stripped")
	assert.Equal(t, []employer.Shift{employer.ShiftEvening, employer.ShiftWeekend}, v.Shifts)
	assert.Equal(t, "2025-04-10", v.ValidThrough.String())
	assert.Equal(t, employer.Application{Method: employer.ApplyEmail, Detail: "jobs@thecrown.example.co.uk"}, v.Application)
}

func TestDecodeMissingFieldsAreFlaggedNotInvented(t *testing.T) {
	recs, _ := decodeFile(t, "missing.json")
	require.Len(t, recs, 1)
	r := recs[0]
	assert.Nil(t, r.Vacancy.Location, "never 0,0")
	assert.Equal(t, []string{FlagNoCoordinates, FlagNoSalary}, r.Flags)
	assert.False(t, r.Vacancy.Pay.Stated())

	again, _ := decodeFile(t, "missing.json")
	assert.Equal(t, r.Vacancy.ID, again[0].Vacancy.ID, "the hashed id is stable")
}

func TestDecodeItalianWorkHours(t *testing.T) {
	recs, _ := decodeFile(t, "italian_hours.json")
	require.Len(t, recs, 3)
	assert.Equal(t, employer.Range{Min: 20, Max: 20}, recs[0].Vacancy.Hours)
	assert.Equal(t, []employer.Shift{employer.ShiftEvening}, recs[0].Vacancy.Shifts)
	assert.Equal(t, []employer.Shift{employer.ShiftNight}, recs[1].Vacancy.Shifts)
	assert.Equal(t, "22:00", recs[1].Vacancy.EarliestStart)
	assert.Equal(t, []string{"workHours: 'flexible' not understood"}, recs[2].Unmapped)
}

func TestDecodeUnknownSalaryUnitLeavesPayNotStated(t *testing.T) {
	recs, _ := decodeFile(t, "unknown_unit.json")
	require.Len(t, recs, 1)
	assert.Equal(t, employer.Pay{}, recs[0].Vacancy.Pay)
	assert.Equal(t, []string{"baseSalary.unitText: 'FORTNIGHT' unknown"}, recs[0].Unmapped)
}

func TestDecodeErrors(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		return b
	}
	tests := []struct {
		name    string
		source  string
		data    []byte
		want    error
		message string
	}{
		{"truncated JSON names source and offset", "truncated.json", read("truncated.json"), ErrMalformedJSONLD, "truncated.json: byte 300: "},
		{"invalid JSON names the offset of the fault", "in.json", []byte(`{"@type": "JobPosting", "title": x}`), ErrMalformedJSONLD, "byte 34"},
		{"trailing garbage", "in.json", []byte(`{"@type": "JobPosting", "title": "x"} }`), ErrMalformedJSONLD, "byte 38"},
		{"a page without a JobPosting", "nojob.html", read("nojob.html"), ErrNoJobPosting, "nojob.html: "},
		{"a page without ld+json", "in.json", []byte("<html><body>hello</body></html>"), ErrNoJobPosting, "no application/ld+json block"},
		{"JSON-LD of another type", "in.json", []byte(`{"@type": "Organization", "name": "Acme"}`), ErrNoJobPosting, ""},
		{"empty input", "in.json", []byte("  \n"), ErrNoJobPosting, "empty input"},
		{"malformed block inside a page counts from the page start", "in.json", []byte(`<html><script type="application/ld+json">{"@type": }</script></html>`), ErrMalformedJSONLD, "byte 52"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, skipped, err := Decode(tc.data, tc.source, Options{})
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v", err)
			assert.Contains(t, err.Error(), tc.message)
			assert.Nil(t, recs)
			assert.Nil(t, skipped)
		})
	}
}

func TestDecodeToleratesRawLineBreaksInStrings(t *testing.T) {
	page := "<script type=\"application/ld+json\">\n<!--\n{\"@type\": \"JobPosting\", \"title\": \"Barista\", \"description\": \"Line one\nline two\"}\n-->\n</script>"
	recs, _, err := Decode([]byte(page), "page.html", Options{})
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Equal(t, "Line one line two", recs[0].Vacancy.Description)
}

func TestDecodeOptions(t *testing.T) {
	data := []byte(`{"@type": "JobPosting", "identifier": "9", "title": "Cook", "baseSalary": {"value": {"value": 1500, "unitText": "MONTH"}}}`)
	recs, _, err := Decode(data, "x", Options{DefaultLanguage: "da", DefaultCurrency: "DKK", IDPrefix: "jobnet-"})
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Equal(t, "jobnet-9", recs[0].Vacancy.ID)
	assert.Equal(t, "da", recs[0].Vacancy.Language)
	assert.Equal(t, "DKK", recs[0].Vacancy.Pay.Currency)

	_, _, err = Decode(data, "x", Options{DefaultLanguage: "Danish"})
	var fe *employer.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "DefaultLanguage", fe.Field)
	assert.ErrorIs(t, err, employer.ErrUnknownValue)
}

func TestDecodeMapsEmploymentTypesAndDuplicates(t *testing.T) {
	data := []byte(`[
	 {"@type": "JobPosting", "identifier": "1", "title": "Intern", "employmentType": "INTERN"},
	 {"@type": "JobPosting", "identifier": "2", "title": "Day labourer", "employmentType": "PER_DIEM"},
	 {"@type": "JobPosting", "identifier": "2", "title": "Same id again"},
	 {"@type": "JobPosting", "identifier": "3", "title": "Either", "employmentType": ["FULL_TIME", "PART_TIME"], "jobLocationType": "TELECOMMUTE",
	  "jobLocation": {"address": "Via Roma 1, Milano", "geo": {"latitude": 0, "longitude": 0}}}
	]`)
	recs, skipped, err := Decode(data, "x", Options{})
	require.NoError(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, employer.ChannelTraineeship, recs[0].Vacancy.Channel)
	assert.False(t, recs[0].Vacancy.Competitive())
	assert.Equal(t, employer.Temporary, recs[1].Vacancy.EmploymentType)
	assert.Equal(t, []Skip{{Index: 2, Reason: `duplicate id "jp-2" (also posting 1)`}}, skipped)
	either := recs[2]
	assert.Equal(t, employer.Range{Min: 10, Max: 40}, either.Vacancy.Hours)
	assert.Equal(t, employer.Hybrid, either.Vacancy.Remote, "TELECOMMUTE with a place of work")
	assert.Nil(t, either.Vacancy.Location, "0,0 is not a place")
	assert.Contains(t, either.Unmapped, "jobLocation.geo: 0,0 taken as missing")
	assert.Contains(t, either.Flags, FlagNoCoordinates)
}

func TestNameSlugFoldsAccentsAndLegalSuffixes(t *testing.T) {
	for in, want := range map[string]string{
		"Trattoria da Mario S.r.l.": "trattoria-da-mario",
		"Caffè Società SpA":         "caffe-societa",
		"Rossi & C. snc":            "rossi",
		"Acme Ltd":                  "acme",
		"Müller GmbH":               "muller",
		"Srl":                       "srl",
	} {
		assert.Equal(t, want, nameSlug(in), in)
	}
}
