package server

import (
	"bytes"
	"encoding/json"
	"html"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The page's own words live in web/i18n.json, one entry a key:
// {"en": ..., "it": ..., "es": ..., "da": ...}. app.js asks for them as
// t("key") and, for API codes, code("kind", value) (key "kind.value");
// index.html marks its fixed labels data-i18n="key" and its screen-reader
// labels data-i18n-aria-label="key".
var (
	jsKeyUse    = regexp.MustCompile(`\bt\("([^"]*)"`)
	jsAnyTCall  = regexp.MustCompile(`\bt\(([^)]*)`)
	jsCodeKind  = regexp.MustCompile(`\bcode\("([a-z_]+)",`)
	htmlKeyUse  = regexp.MustCompile(`data-i18n(?:-[a-z-]+)?="([^"]*)"`)
	htmlFixed   = regexp.MustCompile(`data-i18n="([^"]*)"[^>]*>([^<]*)<`)
	placeholder = regexp.MustCompile(`\{[a-z_]+\}`)
	pageLangs   = []string{"en", "it", "es", "da"}
)

func readWeb(t *testing.T, name string) string {
	t.Helper()
	b, err := fs.ReadFile(webFS, "web/"+name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pageDict decodes i18n.json, failing on a key written twice (JSON would
// silently keep the last).
func pageDict(t *testing.T) map[string]map[string]string {
	t.Helper()
	raw := readWeb(t, "i18n.json")
	var dict map[string]map[string]string
	if err := json.Unmarshal([]byte(raw), &dict); err != nil {
		t.Fatalf("i18n.json: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
	seen := map[string]bool{}
	if _, err := dec.Token(); err != nil { // {
		t.Fatal(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		k := tok.(string)
		if seen[k] {
			t.Errorf("i18n.json: key %q written twice", k)
		}
		seen[k] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return dict
}

func TestPageDictionaryHasEveryLanguage(t *testing.T) {
	dict := pageDict(t)
	if len(dict) < 100 {
		t.Fatalf("i18n.json holds %d keys; the page has more words than that", len(dict))
	}
	for key, tr := range dict {
		for _, l := range pageLangs {
			if strings.TrimSpace(tr[l]) == "" {
				t.Errorf("%q has no %s text", key, l)
			}
		}
		for l := range tr {
			if !slices.Contains(pageLangs, l) {
				t.Errorf("%q has text in %q, a language the page does not offer", key, l)
			}
		}
		want := placeholders(tr["en"])
		for _, l := range pageLangs[1:] {
			if got := placeholders(tr[l]); !slices.Equal(got, want) {
				t.Errorf("%q in %s fills %v, English fills %v", key, l, got, want)
			}
		}
	}
}

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return slices.Compact(p)
}

func TestPageUsesOnlyKeysInTheDictionary(t *testing.T) {
	dict := pageDict(t)
	js, page := readWeb(t, "app.js"), readWeb(t, "index.html")
	used := map[string]string{}
	for _, m := range jsKeyUse.FindAllStringSubmatch(js, -1) {
		used[m[1]] = "app.js"
	}
	for _, m := range htmlKeyUse.FindAllStringSubmatch(page, -1) {
		used[m[1]] = "index.html"
	}
	if len(used) < 50 {
		t.Fatalf("found %d keys in use; has the t(\"key\") pattern changed?", len(used))
	}
	for key, file := range used {
		if _, ok := dict[key]; !ok {
			t.Errorf("%s uses %q, which i18n.json lacks", file, key)
		}
	}
	// A key built at run time would escape the check above: only
	// applyLang may pass t a data attribute.
	for _, m := range jsAnyTCall.FindAllStringSubmatch(js, -1) {
		if arg := m[1]; !strings.HasPrefix(arg, `"`) && !strings.HasPrefix(arg, "el.dataset.") && arg != "key, vars" {
			t.Errorf("app.js calls t(%s), not t(\"literal key\")", arg)
		}
	}
	// The other way round: an entry nobody asks for is a label lost in a
	// rewrite. Codes are asked for by kind.
	kinds := map[string]bool{}
	for _, m := range jsCodeKind.FindAllStringSubmatch(js, -1) {
		kinds[m[1]] = true
	}
	for key := range dict {
		kind, _, _ := strings.Cut(key, ".")
		if _, ok := used[key]; !ok && !(kinds[kind] && strings.Contains(key, ".")) {
			t.Errorf("i18n.json has %q, which neither app.js nor index.html uses", key)
		}
	}
	// index.html's own English, shown until the dictionary arrives, is
	// the dictionary's English.
	for _, m := range htmlFixed.FindAllStringSubmatch(page, -1) {
		if got := html.UnescapeString(strings.TrimSpace(m[2])); got != dict[m[1]]["en"] {
			t.Errorf("index.html says %q for %q, the dictionary %q", got, m[1], dict[m[1]]["en"])
		}
	}
}
