package jobposting

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// posting is one JobPosting node for the streaming tests; org is the
// hiringOrganization JSON.
func posting(id, title, org string) string {
	return fmt.Sprintf(`{"@type":"JobPosting","identifier":%q,"title":%q,"datePosted":"2026-11-01","hiringOrganization":%s}`, id, title, org)
}

func eachIDs(t *testing.T, data string) ([]string, Summary) {
	t.Helper()
	var ids []string
	sum, err := DecodeEach([]byte(data), "feed.json", Options{}, func(r Record) error {
		ids = append(ids, r.Vacancy.ID)
		return nil
	})
	require.NoError(t, err)
	return ids, sum
}

func TestDecodeEachHandsOverInDocumentOrder(t *testing.T) {
	inline := `{"@type":"Organization","name":"Forno Rossi"}`
	ref := `{"@id":"#coop"}`
	coop := `{"@type":"Organization","@id":"#coop","name":"Cooperativa Il Girasole"}`
	t.Run("array, no references", func(t *testing.T) {
		data := "[" + posting("a", "Cuoco", inline) + "," + posting("b", "Barista", inline) + "]"
		ids, sum := eachIDs(t, data)
		assert.Equal(t, []string{"jp-a", "jp-b"}, ids)
		assert.Equal(t, 2, sum.Records)
	})
	t.Run("a posting names an organisation given after it", func(t *testing.T) {
		// b waits for #coop; c, after it, is kept behind it so that the
		// order, and the first-wins rule for ids, stay those of the file.
		data := `{"@context":"https://schema.org","@graph":[` + posting("a", "Cuoco", inline) + "," +
			posting("b", "Magazziniere", ref) + "," + posting("c", "Barista", inline) + "," +
			posting("b", "Magazziniere bis", inline) + "," + coop + "]}"
		var got []Record
		sum, err := DecodeEach([]byte(data), "feed.json", Options{}, func(r Record) error {
			got = append(got, r)
			return nil
		})
		require.NoError(t, err)
		require.Len(t, got, 3)
		assert.Equal(t, "jp-a", got[0].Vacancy.ID)
		assert.Equal(t, "jp-b", got[1].Vacancy.ID)
		assert.Equal(t, "Magazziniere", got[1].Vacancy.Title, "the first posting with an id wins, even when it waited")
		require.NotNil(t, got[1].Employer)
		assert.Equal(t, "Cooperativa Il Girasole", got[1].Employer.Name, "the reference was followed")
		assert.Equal(t, "jp-c", got[2].Vacancy.ID)
		require.Len(t, sum.Skipped, 1)
		assert.Equal(t, 3, sum.Skipped[0].Index)
		assert.Contains(t, sum.Skipped[0].Reason, "duplicate id")
	})
	t.Run("an object with more than @context and @graph is read whole", func(t *testing.T) {
		data := `{"@context":"https://schema.org","@graph":[` + posting("a", "Cuoco", inline) + `],"@id":"#page"}`
		ids, _ := eachIDs(t, data)
		assert.Equal(t, []string{"jp-a"}, ids)
	})
}

func TestDecodeEachCallsNothingOnABrokenFile(t *testing.T) {
	var good []string
	for i := range 50 {
		good = append(good, posting(fmt.Sprintf("v%d", i), "Cuoco", `{"@type":"Organization","name":"Forno"}`))
	}
	body := strings.Join(good, ",")
	for name, data := range map[string]string{
		"cut short":       "[" + body + `,{"@type":"JobPosting","title":"Cuo`,
		"key given twice": "[" + body + `,{"@type":"JobPosting","title":"a","title":"b"}]`,
		"trailing data":   "[" + body + "] []",
	} {
		t.Run(name, func(t *testing.T) {
			called := 0
			_, err := DecodeEach([]byte(data), "feed.json", Options{}, func(Record) error { called++; return nil })
			require.ErrorIs(t, err, ErrMalformedJSONLD)
			assert.Zero(t, called, "nothing is handed over from a file that is not valid JSON-LD")
		})
	}
}

func TestDecodeEachStopsAtTheCallersError(t *testing.T) {
	stop := errors.New("disk full")
	data := "[" + posting("a", "Cuoco", `{"@type":"Organization","name":"Forno"}`) + "," +
		posting("b", "Barista", `{"@type":"Organization","name":"Forno"}`) + "]"
	called := 0
	_, err := DecodeEach([]byte(data), "feed.json", Options{}, func(Record) error { called++; return stop })
	require.ErrorIs(t, err, stop)
	assert.Equal(t, 1, called)
}
