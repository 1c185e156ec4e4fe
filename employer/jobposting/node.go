package jobposting

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds how deep the collector looks for JobPosting nodes.
const maxDepth = 64

// collector gathers JobPosting nodes and indexes every node with an @id, so
// that references such as "hiringOrganization": {"@id": "#org"} in an @graph
// can be followed.
type collector struct {
	postings []map[string]any
	byID     map[string]map[string]any
	// misses counts references to nodes not (yet) known, so that a
	// posting read before the node it names can wait for it.
	misses int
	// frozen stops indexing nodes: the second pass of a decoding already
	// knows them all.
	frozen bool
}

func newCollector() *collector { return &collector{byID: map[string]map[string]any{}} }

func (c *collector) walk(v any, depth int, inPosting bool) {
	if depth > maxDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			c.walk(e, depth+1, inPosting)
		}
	case map[string]any:
		// JobPosting nodes are not indexed: no property of a posting refers
		// to another posting, and holding them would keep every tree.
		if id, ok := t["@id"].(string); ok && !c.frozen && !isReference(t) && (inPosting || !hasType(t, "JobPosting")) {
			if _, dup := c.byID[id]; !dup {
				c.byID[id] = t
			}
		}
		if !inPosting && hasType(t, "JobPosting") {
			c.postings = append(c.postings, t)
			inPosting = true
		}
		if g, ok := t["@graph"]; ok {
			c.walk(g, depth+1, inPosting)
		}
		for _, k := range sortedKeys(t) {
			if k != "@graph" {
				c.walk(t[k], depth+1, inPosting)
			}
		}
	}
}

// deref follows a reference node to the node it names, when known.
func (c *collector) deref(v any) any {
	m, ok := v.(map[string]any)
	if !ok || !isReference(m) {
		return v
	}
	if n, ok := c.byID[m["@id"].(string)]; ok {
		return n
	}
	c.misses++
	return v
}

// isReference reports whether m only names another node by @id.
func isReference(m map[string]any) bool {
	if _, ok := m["@id"].(string); !ok {
		return false
	}
	for k := range m {
		if k != "@id" && k != "@type" {
			return false
		}
	}
	return true
}

// hasType reports whether a node's @type is want, with or without a
// vocabulary prefix ("schema:JobPosting", "https://schema.org/JobPosting").
func hasType(m map[string]any, want string) bool {
	for _, t := range list(m["@type"]) {
		s, ok := t.(string)
		if !ok {
			continue
		}
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		if strings.EqualFold(s, want) {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// list returns v as a slice: an array as is, nil as empty, anything else as
// a one-element slice.
func list(v any) []any {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		return t
	}
	return []any{v}
}

// text returns the text of a string, a number, a JSON-LD value object
// {"@value": ...} or the first non-empty element of an array.
func text(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case json.Number:
		return t.String()
	case bool:
		return strconv.FormatBool(t)
	case map[string]any:
		if val, ok := t["@value"]; ok {
			return text(val)
		}
	case []any:
		for _, e := range t {
			if s := text(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// nameOf returns a DefinedTerm's or Thing's name, or the text of v.
func nameOf(v any) string {
	if m, ok := v.(map[string]any); ok {
		if _, isValue := m["@value"]; !isValue {
			return text(m["name"])
		}
	}
	return text(v)
}

// number reads a number written as a JSON number or a string.
func number(v any) (float64, bool) {
	switch t := v.(type) {
	case json.Number:
		f, err := t.Float64()
		return f, err == nil && finite(f)
	case string:
		return parseAmount(t)
	case map[string]any:
		if val, ok := t["@value"]; ok {
			return number(val)
		}
	}
	return 0, false
}

// truthy reads a boolean written as JSON true or a string "true".
func truthy(v any) bool {
	switch t := v.(type) {
	case bool:
		return t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "true")
	}
	return false
}

// show renders a value for an Unmapped note: short text in single quotes,
// anything else as compact JSON, both cut at 80 characters.
func show(v any) string {
	if s, ok := v.(string); ok {
		return "'" + cut(collapseSpace(s), 80) + "'"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "?"
	}
	return cut(string(b), 80)
}

func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
