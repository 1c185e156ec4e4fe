package server

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// A validator for the subset of JSON Schema the document uses: $ref, type
// (one or a list), properties, required, additionalProperties, items,
// anyOf. Small enough to read, and strict where it matters: a field the
// document does not name fails.

var docOnce = sync.OnceValue(func() map[string]any {
	var d map[string]any
	if err := json.Unmarshal(OpenAPI(), &d); err != nil {
		panic(err)
	}
	return d
})

func get(m any, keys ...string) any {
	for _, k := range keys {
		mm, ok := m.(map[string]any)
		if !ok {
			return nil
		}
		m = mm[k]
	}
	return m
}

// operation finds the documented operation for a concrete path.
func operation(method, path string) (map[string]any, string) {
	paths, _ := get(docOnce(), "paths").(map[string]any)
	for tmpl, item := range paths {
		re := "^" + regexp.MustCompile(`\\\{[a-z_]+\\\}`).ReplaceAllString(regexp.QuoteMeta(tmpl), `[^/]+`) + "$"
		if regexp.MustCompile(re).MatchString(path) {
			if op, ok := get(item, strings.ToLower(method)).(map[string]any); ok {
				return op, tmpl
			}
		}
	}
	return nil, ""
}

func checkAgainstDoc(method, path string, status int, body any) error {
	op, _ := operation(method, path)
	if op == nil {
		if status == 404 || status == 405 {
			return nil // the mux's own answer for a path that is no route
		}
		return fmt.Errorf("%s %s is not documented", method, path)
	}
	sch := get(op, "responses", strconv.Itoa(status), "content", "application/json", "schema")
	if sch == nil {
		return fmt.Errorf("status %d is not documented for %s %s", status, method, path)
	}
	return validate(sch, body, "$")
}

// checkTypeAgainstDoc checks an answer that is not JSON: its content type
// must be documented for the route and status.
func checkTypeAgainstDoc(method, path string, status int, contentType string) error {
	op, _ := operation(method, path)
	if op == nil {
		return fmt.Errorf("%s %s is not documented", method, path)
	}
	content, _ := get(op, "responses", strconv.Itoa(status), "content").(map[string]any)
	if content == nil {
		return fmt.Errorf("status %d is not documented for %s %s", status, method, path)
	}
	if _, ok := content[mediaType(contentType)]; !ok {
		return fmt.Errorf("%s %s answers %d as %q; the document gives %v", method, path, status, contentType, slices.Sorted(maps.Keys(content)))
	}
	return nil
}

func validate(sch any, v any, at string) error {
	s, _ := sch.(map[string]any)
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		def := get(docOnce(), "components", "schemas", name)
		if def == nil {
			return fmt.Errorf("%s: no schema %s", at, name)
		}
		return validate(def, v, at)
	}
	if any, ok := s["anyOf"].([]any); ok {
		var errs []string
		for _, alt := range any {
			err := validate(alt, v, at)
			if err == nil {
				return nil
			}
			errs = append(errs, err.Error())
		}
		return fmt.Errorf("%s: matches no alternative: %s", at, strings.Join(errs, "; "))
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch tt := t.(type) {
		case string:
			types = []string{tt}
		case []any:
			for _, x := range tt {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, jsonType(v)) && !(jsonType(v) == "integer" && slices.Contains(types, "number")) {
			return fmt.Errorf("%s: a JSON %s, want %v", at, jsonType(v), types)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := x[r]; !ok {
				return fmt.Errorf("%s: required field %q is missing", at, r)
			}
		}
		for k, val := range x {
			ps, ok := props[k]
			if !ok {
				if ap, ok := s["additionalProperties"]; ok {
					if ap == false {
						return fmt.Errorf("%s: field %q is not documented", at, k)
					}
					if err := validate(ap, val, at+"."+k); err != nil {
						return err
					}
				}
				continue
			}
			if err := validate(ps, val, at+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if items, ok := s["items"]; ok {
			for i, el := range x {
				if err := validate(items, el, fmt.Sprintf("%s[%d]", at, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func asStrings(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		out = append(out, x.(string))
	}
	return out
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}
