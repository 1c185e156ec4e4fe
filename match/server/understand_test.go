package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestUnderstandReadsAClientsWords(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "POST", "/v1/understand",
		map[string]any{"words": []any{"lavoro in cucina", "something with animals", "qwzx"}}, http.StatusOK)
	var got UnderstandResult
	if err := json.Unmarshal(r.Body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Taxonomy != "built-in" || len(got.Understood) != 3 {
		t.Fatalf("%s", r.Body)
	}
	kitchen := got.Understood[0]
	if kitchen.Text != "lavoro in cucina" || len(kitchen.Readings) == 0 || kitchen.Readings[0].ID != "kitchen-assistant" ||
		kitchen.Readings[0].Lang != "it" || kitchen.Readings[0].Score != 1 {
		t.Errorf("Italian kitchen words read as a kitchen assistant: %+v", kitchen)
	}
	if animals := got.Understood[1]; animals.Theme == nil || animals.Theme.Themes[0] != "animals" || len(animals.Theme.Members) == 0 {
		t.Errorf("a broad wish is read as a theme: %+v", animals)
	}
	if none := got.Understood[2]; len(none.Readings) != 0 || none.Theme != nil {
		t.Errorf("unknown words point nowhere: %+v", none)
	}
	// Labels in the language asked for.
	r = f.must("specialist", "POST", "/v1/understand", map[string]any{"words": []any{"kitchen porter"}, "lang": "it"}, http.StatusOK)
	if !strings.Contains(string(r.Body), "lavapiatti") {
		t.Errorf("Italian labels: %s", r.Body)
	}
	if strings.Contains(f.logs.String(), "cucina") || strings.Contains(f.logs.String(), "animals") {
		t.Errorf("the client's words were logged:\n%s", f.logs.String())
	}
}

func TestUnderstandRefusesBadRequestsWithoutEchoingWords(t *testing.T) {
	f := newFixture(t)
	long := strings.Repeat("secret words ", 40)
	for _, tc := range []struct {
		name  string
		body  any
		field string
	}{
		{"no words", map[string]any{"words": []any{}}, "words"},
		{"words not a list", `{"words": "lavoro in cucina"}`, "words"},
		{"a phrase not text", `{"words": [7]}`, "words"},
		{"unknown field", map[string]any{"words": []any{"cook"}, "diagnosis": "x"}, "diagnosis"},
		{"unknown language", map[string]any{"words": []any{"cook"}, "lang": "fr"}, "lang"},
		{"a phrase too long", map[string]any{"words": []any{long}}, "words"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := f.must("specialist", "POST", "/v1/understand", tc.body, http.StatusBadRequest)
			if r.field("field") != tc.field {
				t.Errorf("field %v, want %s: %s", r.field("field"), tc.field, r.Body)
			}
			if strings.Contains(string(r.Body), "cucina") || strings.Contains(string(r.Body), "secret") {
				t.Errorf("the error echoes the client's words: %s", r.Body)
			}
		})
	}
}

func TestTaxonomyBrowseAndLoadESCO(t *testing.T) {
	f := newFixture(t)
	r := f.must("specialist", "GET", "/v1/taxonomy", nil, http.StatusOK)
	builtin := r.field("occupations").(float64)
	if r.field("taxonomy") != "built-in" || builtin < 100 {
		t.Fatalf("%s", r.Body)
	}
	r = f.must("specialist", "GET", "/v1/taxonomy/occupations?limit=1000", nil, http.StatusOK)
	if r.field("total").(float64) != builtin || len(r.field("occupations").([]any)) != int(builtin) {
		t.Errorf("every occupation listed: total %v", r.field("total"))
	}
	r = f.must("specialist", "GET", "/v1/taxonomy/occupations?isco=9412&limit=2&offset=1", nil, http.StatusOK)
	page := r.field("occupations").([]any)
	if r.field("total").(float64) < 3 || len(page) != 2 {
		t.Errorf("a page of an ISCO group: %s", r.Body)
	}
	for _, o := range page {
		if o.(map[string]any)["isco"] != "9412" {
			t.Errorf("outside the group: %v", o)
		}
	}
	r = f.must("specialist", "GET", "/v1/taxonomy/occupations?q=lavoro+in+cucina&lang=it", nil, http.StatusOK)
	if first := r.field("occupations").([]any)[0].(map[string]any); first["id"] != "kitchen-assistant" || first["label"] != "aiuto cucina" {
		t.Errorf("search reads words as the engine does: %v", first)
	}
	r = f.must("specialist", "GET", "/v1/taxonomy/occupations/kitchen-porter", nil, http.StatusOK)
	var v OccupationView
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatal(err)
	}
	if v.ISCO != "9412" || len(v.Labels["it"]) == 0 || len(v.Broader) == 0 || v.Broader[0].ID != "9412" || len(v.Essential) == 0 || len(v.Related) == 0 {
		t.Errorf("one occupation with its place, skills and related work: %+v", v)
	}
	f.must("specialist", "GET", "/v1/taxonomy/occupations/astronaut", nil, http.StatusNotFound)
	f.must("specialist", "GET", "/v1/taxonomy/occupations?isco=94x", nil, http.StatusBadRequest)

	// Loading ESCO from a server folder makes it the taxonomy.
	f.must("integration", "POST", "/v1/taxonomy", map[string]any{"esco": "testdata/no-such-folder"}, http.StatusBadRequest)
	r = f.must("integration", "POST", "/v1/taxonomy", map[string]any{"esco": "../../index/taxonomy/testdata/esco-tiny"}, http.StatusOK)
	if r.field("occupations").(float64) <= builtin {
		t.Errorf("ESCO adds occupations: %s", r.Body)
	}
	r = f.must("supervisor", "GET", "/v1/taxonomy", nil, http.StatusOK)
	if r.field("taxonomy") != "esco" || !strings.HasSuffix(r.field("esco_folder").(string), "esco-tiny") {
		t.Errorf("%s", r.Body)
	}
	r = f.must("specialist", "GET", "/v1/taxonomy", nil, http.StatusOK)
	if r.field("esco_folder") != nil {
		t.Errorf("a specialist is not shown the server's folders: %s", r.Body)
	}
	f.must("specialist", "GET", "/v1/taxonomy/occupations/9412.9", nil, http.StatusOK)
}
