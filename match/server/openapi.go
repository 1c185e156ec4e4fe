package server

import (
	"encoding"
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"sync"
)

// The OpenAPI document is made from the route table and, by reflection,
// from the very Go types the handlers encode and decode: a field added to
// a response type is documented the moment it exists, and the tests check
// every response they see against it. Hand-written schemas would drift.

// OpenAPIPath is where the document is served.
const OpenAPIPath = "/openapi.json"

var openAPIOnce = sync.OnceValue(func() []byte {
	b, err := json.MarshalIndent(buildOpenAPI(), "", "  ")
	if err != nil {
		// buildOpenAPI makes only maps, slices and strings.
		return []byte(`{}`)
	}
	return b
})

// OpenAPI returns the OpenAPI 3.1 document of the API.
func OpenAPI() []byte { return openAPIOnce() }

func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(OpenAPI())
}

type schemaGen struct {
	defs  map[string]any
	names map[reflect.Type]string
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	pathParam     = regexp.MustCompile(`\{([a-z_]+)\}`)
)

func buildOpenAPI() map[string]any {
	g := &schemaGen{defs: map[string]any{}, names: map[reflect.Type]string{}}
	errRef := g.schema(reflect.TypeFor[errorBody]())
	paths := map[string]any{}
	for _, rt := range routes() {
		op := map[string]any{
			"summary":     rt.Summary,
			"operationId": operationID(rt),
			"x-roles":     rt.Roles,
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(rt.Path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, q := range rt.Query {
			sch := map[string]any{"type": q.Type}
			switch q.Type {
			case "boolean":
				sch = map[string]any{"type": "boolean"}
			case "date":
				sch = map[string]any{"type": "string", "format": "date"}
			}
			params = append(params, map[string]any{"name": q.Name, "in": "query", "description": q.Doc, "schema": sch})
		}
		if params != nil {
			op["parameters"] = params
		}
		switch {
		case rt.Upload != nil:
			content := map[string]any{}
			for _, ct := range rt.Upload {
				content[ct] = map[string]any{"schema": map[string]any{"type": "string", "format": "binary"}}
			}
			op["requestBody"] = map[string]any{"required": true, "content": content}
		case rt.Body != nil:
			op["requestBody"] = map[string]any{"required": true,
				"content": map[string]any{"application/json": map[string]any{"schema": g.schema(reflect.TypeOf(rt.Body))}}}
		}
		success := map[string]any{}
		for _, ct := range rt.Produces {
			success[mediaType(ct)] = map[string]any{"schema": map[string]any{"type": "string"}}
		}
		if rt.Resp != nil {
			success["application/json"] = map[string]any{"schema": g.schema(reflect.TypeOf(rt.Resp))}
		}
		resp := map[string]any{}
		resp[statusText(rt.status())] = map[string]any{"description": "success", "content": success}
		failures := map[string]string{
			"400": "malformed JSON, an unknown field, a wrong type, or an unknown query parameter; the field is named",
			"401": "no valid bearer token",
			"403": "the token's role does not allow this (a specialist and another's client)",
			"404": "no such client, employer, vacancy or record",
			"409": "a conflict: an id already used, a voided record, a profile differing from the caseload's, a server started without what the route needs (a geocoder)",
			"413": "the body is over the size limit",
			"422": "a record the library refuses, such as a contact the client's disclosure choice forbids; nothing was stored",
		}
		if rt.Upload != nil {
			failures["415"] = "a Content-Type this route does not read, or one that does not go with the format"
		}
		for code, what := range failures {
			resp[code] = map[string]any{"description": what,
				"content": map[string]any{"application/json": map[string]any{"schema": errRef}}}
		}
		op["responses"] = resp
		item, _ := paths[rt.Path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[rt.Path] = item
		}
		item[strings.ToLower(rt.Method)] = op
	}
	paths[OpenAPIPath] = map[string]any{"get": map[string]any{
		"summary": "This document", "operationId": "openapi", "security": []any{},
		"responses": map[string]any{"200": map[string]any{"description": "the OpenAPI document",
			"content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}},
	}}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":   "ipsmatch",
			"version": "1",
			"description": "Job search and job development for IPS employment specialists. " +
				"Every request carries Authorization: Bearer <token>; a token's role is specialist (own caseload only), " +
				"supervisor (every caseload and the team's reports) or integration (everything). " +
				"Every contact is checked against the client's disclosure choice before it is stored.",
		},
		"security":   []any{map[string]any{"bearer": []any{}}},
		"paths":      paths,
		"components": map[string]any{"schemas": g.defs, "securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}}},
	}
}

func statusText(code int) string {
	if code == http.StatusCreated {
		return "201"
	}
	return "200"
}

func operationID(rt route) string {
	p := strings.NewReplacer("/v1/", "", "/", "_", "{", "", "}", "").Replace(rt.Path)
	return strings.ToLower(rt.Method) + "_" + p
}

// schema returns the JSON Schema of t: a $ref for named structs.
func (g *schemaGen) schema(t reflect.Type) map[string]any {
	if t.Implements(jsonMarshaler) || t.Implements(textMarshaler) ||
		reflect.PointerTo(t).Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		if t.Kind() == reflect.Pointer {
			return nullable(g.schema(t.Elem()))
		}
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return nullable(g.schema(t.Elem()))
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": []any{"array", "null"}, "items": g.schema(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": []any{"object", "null"}, "additionalProperties": g.schema(t.Elem())}
	case reflect.Struct:
		return g.structRef(t)
	}
	return map[string]any{}
}

func nullable(s map[string]any) map[string]any {
	return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
}

func (g *schemaGen) structRef(t reflect.Type) map[string]any {
	name, ok := g.names[t]
	if !ok {
		name = t.Name()
		if _, taken := g.defs[name]; taken || name == "" {
			pkg := t.PkgPath()
			name = pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.Name()
		}
		g.names[t] = name
		g.defs[name] = map[string]any{} // placeholder for recursion
		props, required := map[string]any{}, []string{}
		g.fields(t, props, &required)
		def := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
		if len(required) > 0 {
			def["required"] = required
		}
		g.defs[name] = def
	}
	return map[string]any{"$ref": "#/components/schemas/" + name}
}

func (g *schemaGen) fields(t reflect.Type, props map[string]any, required *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				g.fields(ft, props, required)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		props[name] = g.schema(f.Type)
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			*required = append(*required, name)
		}
	}
}
