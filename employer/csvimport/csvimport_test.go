package csvimport

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

func TestReadEmployersCommaWithBOM(t *testing.T) {
	emps, err := ReadEmployers(open(t, "employers_comma.csv"), "employers.csv", Options{})
	require.NoError(t, err)
	require.Len(t, emps, 2)
	e := emps[0]
	assert.Equal(t, "emp-1", e.ID, "the byte-order mark is not part of the first column name")
	assert.Equal(t, employer.Sector{Code: "I56", Label: "Food and beverage service"}, e.Sector)
	assert.Equal(t, "Via del Pratello 12, Bologna", e.Address)
	assert.Equal(t, &employer.Point{Lat: 44.4949, Lon: 11.3342}, e.Location)
	assert.Equal(t, employer.SizeMicro, e.Size)
	assert.Equal(t, []employer.Person{{Name: "Maria Rossi", Role: "owner", Phone: "+39 051 123456", Email: "maria@example.it"}}, e.People)
	assert.Equal(t, []employer.Occupation{
		{Code: "9412.1", ISCO: "9412"},
		{Code: "kitchen-porter", ISCO: "9412", Label: "Kitchen porter"},
		{Label: "dishwasher"},
	}, e.TypicalOccupations)
	assert.True(t, e.InclusionPolicy)
	assert.False(t, e.KnowsProgramme)
	assert.Equal(t, "Busy at lunch; ask for Maria", e.Notes)
	assert.Equal(t, []employer.Occupation{{ISCO: "4321"}}, emps[1].TypicalOccupations)
	assert.True(t, emps[1].KnowsProgramme)
	assert.Nil(t, emps[1].Location)
}

var italianHeaders = map[string]string{
	"Codice": "id", "Azienda": "name", "Settore": "sector_code", "Descrizione settore": "sector_label",
	"Indirizzo": "address", "Dimensione": "size", "Referente": "contact_name",
	"Politica inclusione": "inclusion_policy", "Conosce il programma": "knows_programme", "Note": "notes",
}

func TestReadEmployersSemicolonItalianHeaders(t *testing.T) {
	emps, err := ReadEmployers(open(t, "employers_it.csv"), "aziende.csv", Options{Headers: italianHeaders})
	require.NoError(t, err)
	require.Len(t, emps, 2, "the trailing blank row is skipped")
	e := emps[0]
	assert.Equal(t, "Cooperativa Il Girasole", e.Name)
	assert.Equal(t, &employer.Point{Lat: 44.6471, Lon: 10.9252}, e.Location, "decimal comma")
	assert.True(t, e.InclusionPolicy, "sì")
	assert.True(t, e.KnowsProgramme, "si")
	assert.Equal(t, "Via Roma 3, Modena", emps[1].Address)
}

func TestReadVacancies(t *testing.T) {
	vacs, err := ReadVacancies(open(t, "vacancies.csv"), "vacancies.csv", Options{})
	require.NoError(t, err)
	require.Len(t, vacs, 2)
	v := vacs[0]
	assert.Equal(t, "Pulizia uffici; serale", v.Description)
	assert.Equal(t, employer.Pay{Min: 9.5, Max: 10.25, Currency: "EUR", Unit: employer.PerHour}, v.Pay, "Italian decimal comma")
	assert.Equal(t, employer.Range{Min: 20, Max: 25}, v.Hours)
	assert.Equal(t, []employer.Shift{employer.ShiftEvening, employer.ShiftWeekend}, v.Shifts)
	assert.Equal(t, "18:00", v.EarliestStart)
	assert.Equal(t, []string{"puntualità", "uso macchinari"}, v.Skills.Essential)
	assert.Equal(t, employer.OnSite, v.Remote)
	assert.Equal(t, employer.High, v.Environment.Physical)
	assert.Equal(t, civil.D(2025, time.March, 1), v.Posted, "DD/MM/YYYY")
	assert.Equal(t, civil.D(2025, time.April, 1), v.StartDate)
	assert.Equal(t, employer.Application{Method: employer.ApplyWalkIn, Detail: "chiedere di Giulia"}, v.Application)

	w := vacs[1]
	assert.Equal(t, employer.Permanent, w.EmploymentType, "enums are not case sensitive")
	assert.Equal(t, []employer.Shift{employer.ShiftDay}, w.Shifts)
	assert.Equal(t, "08:00", w.EarliestStart)
	assert.Equal(t, []string{"en", "it"}, w.Requirements.Languages)
}

func TestReadContacts(t *testing.T) {
	rome, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		rome = time.FixedZone("CET", 3600)
	}
	opt := Options{Today: civil.D(2025, time.March, 10), Location: rome}
	cs, err := ReadContacts(open(t, "contacts.csv"), "contacts.csv", opt)
	require.NoError(t, err)
	require.Len(t, cs, 3)
	assert.True(t, cs[0].At.Equal(time.Date(2025, 3, 3, 10, 30, 0, 0, rome)))
	assert.Equal(t, civil.D(2025, time.March, 10), cs[0].FollowUpDate)
	assert.Equal(t, employer.FaceToFace, cs[1].Type, "Face to face")
	assert.Equal(t, "2025-03-10", cs[1].Day().String())
	assert.True(t, cs[2].ByClient)
	assert.Equal(t, "cl-7", cs[2].ClientID)
}

func TestReadErrorsNameFileRowColumnAndRecord(t *testing.T) {
	const empHeader = "id,name,sector_code,lat,lon,size,inclusion_policy\n"
	tests := []struct {
		name   string
		read   func(string) error
		input  string
		want   error
		line   int
		record string
		field  string
	}{
		{"wrong number of columns", employers, empHeader + "e1,A,I56,,,micro,no\ne2,B,I56,,micro\n",
			employer.ErrMalformed, 3, "e2", ""},
		{"unknown column", employers, "id,name,sector_code,colour\ne1,A,I56,red\n",
			employer.ErrUnknownField, 1, "", "colour"},
		{"missing required column", employers, "id,name\ne1,A\n",
			employer.ErrRequired, 1, "", "sector_code"},
		{"bad number", employers, empHeader + "e1,A,I56,44.5,eleven,,\n",
			employer.ErrMalformed, 2, "e1", "lon"},
		{"latitude out of range is reported on its column", employers, empHeader + "e1,A,I56,95,11,,\n",
			employer.ErrOutOfRange, 2, "e1", "lat"},
		{"lat without lon", employers, empHeader + "e1,A,I56,44.5,,,\n",
			employer.ErrRequired, 2, "e1", "lon"},
		{"bad enum", employers, empHeader + "e1,A,I56,,,huge,\n",
			employer.ErrUnknownValue, 2, "e1", "size"},
		{"bad boolean", employers, empHeader + "e1,A,I56,,,,maybe\n",
			employer.ErrUnknownValue, 2, "e1", "inclusion_policy"},
		{"empty required value", employers, empHeader + "e1,,I56,,,,\n",
			employer.ErrRequired, 2, "e1", "name"},
		{"duplicate id", employers, empHeader + "e1,A,I56,,,,\ne1,B,I56,,,,\n",
			employer.ErrDuplicateID, 3, "e1", "id"},
		{"bad shift enum", vacancies, "id,title,shifts\nv1,Cook,day|nights\n",
			employer.ErrUnknownValue, 2, "v1", "shifts"},
		{"bad pay unit", vacancies, "id;title;pay_min;currency;pay_unit\nv1;Cook;9,5;EUR;fortnight\n",
			employer.ErrUnknownValue, 2, "v1", "pay_unit"},
		{"pay without currency", vacancies, "id;title;pay_min;pay_unit\nv1;Cook;9,5;hour\n",
			employer.ErrRequired, 2, "v1", "currency"},
		{"hours above 80", vacancies, "id,title,hours_max\nv1,Cook,\"90,5\"\n",
			employer.ErrOutOfRange, 2, "v1", "hours_max"},
		{"bad date", vacancies, "id,title,posted\nv1,Cook,31/02/2025\n",
			employer.ErrMalformed, 2, "v1", "posted"},
		{"bad time", vacancies, "id,title,earliest_start\nv1,Cook,25:00\n",
			employer.ErrMalformed, 2, "v1", "earliest_start"},
		{"contact in the future", contacts, "id,employer_id,specialist,date,type,purpose\nc1,e1,anna,2025-03-11,phone,introduction\n",
			employer.ErrOutOfRange, 2, "c1", "date"},
		{"contact with a bad type", contacts, "id,employer_id,specialist,date,type,purpose\nc1,e1,anna,2025-03-01,fax,introduction\n",
			employer.ErrUnknownValue, 2, "c1", "type"},
		{"contact without a date", contacts, "id,employer_id,specialist,date,type,purpose\nc1,e1,anna,,phone,introduction\n",
			employer.ErrRequired, 2, "c1", "date"},
		{"contact with both date and at", contacts, "id,employer_id,specialist,date,at,type,purpose\nc1,e1,anna,2025-03-01,2025-03-01T10:00:00Z,phone,introduction\n",
			employer.ErrMalformed, 2, "c1", "at"},
		{"no header", employers, "", employer.ErrRequired, 1, "", ""},
		{"broken quotes", employers, "id,name,sector_code\ne1,\"A,I56\n", employer.ErrMalformed, 2, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.read(tc.input)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v", err)
			var fe *employer.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "team.csv", fe.File)
			assert.Equal(t, tc.line, fe.Line, "row, counting the header as row 1")
			assert.Equal(t, tc.record, fe.Record)
			assert.Equal(t, tc.field, fe.Field)
			assert.True(t, strings.HasPrefix(err.Error(), "team.csv line "), err.Error())
		})
	}
}

var today = civil.D(2025, time.March, 10)

func employers(s string) error {
	out, err := ReadEmployers(strings.NewReader(s), "team.csv", Options{})
	if err == nil || out != nil {
		return errors.New("want an error and no records")
	}
	return err
}

func vacancies(s string) error {
	out, err := ReadVacancies(strings.NewReader(s), "team.csv", Options{})
	if err == nil || out != nil {
		return errors.New("want an error and no records")
	}
	return err
}

func contacts(s string) error {
	out, err := ReadContacts(strings.NewReader(s), "team.csv", Options{Today: today})
	if err == nil || out != nil {
		return errors.New("want an error and no records")
	}
	return err
}

func TestForcedSeparator(t *testing.T) {
	in := "id\tname\tsector_code\ne1\tA; B\tI56\n"
	_, err := ReadEmployers(strings.NewReader(in), "tab.csv", Options{})
	require.Error(t, err, "detected as a comma file, the tab header is one unknown column")
	emps, err := ReadEmployers(strings.NewReader(in), "tab.csv", Options{Comma: '\t'})
	require.NoError(t, err)
	assert.Equal(t, "A; B", emps[0].Name)
}

func TestHeaderMappingToUnknownColumn(t *testing.T) {
	_, err := ReadEmployers(strings.NewReader("Azienda\nA\n"), "x.csv", Options{Headers: map[string]string{"azienda": "company"}})
	assert.ErrorIs(t, err, employer.ErrUnknownField)
	assert.Contains(t, err.Error(), `"company"`)
}

func TestParseDecimal(t *testing.T) {
	for in, want := range map[string]float64{"12,50": 12.5, "12.50": 12.5, "1.234,5": 1234.5, "1,234.5": 1234.5, "-3": -3, "7": 7} {
		got, ok := parseDecimal(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"1,2,3", "NaN", "Inf", "12 EUR", "0x10", "1_000"} {
		_, ok := parseDecimal(in)
		assert.False(t, ok, in)
	}
}

// TestFormatDocumentsEveryColumn keeps FORMAT.md in step with Columns.
func TestFormatDocumentsEveryColumn(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	require.NoError(t, err)
	for _, kind := range []string{"employers", "vacancies", "contacts"} {
		cols := Columns(kind)
		require.NotEmpty(t, cols)
		for _, c := range cols {
			assert.Contains(t, string(doc), "| `"+c.Name+"` |", "%s column %s", kind, c.Name)
		}
	}
	assert.Nil(t, Columns("placements"))
}
