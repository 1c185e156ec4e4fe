package record

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/civil"
)

// shape is what the strict pre-check knows of a Go type: which object keys
// it defines and what each holds. encoding/json matches keys without regard
// to case; the pre-check insists on the exact name, as encoding/json/v2 does.
type shape struct {
	kind   shapeKind
	fields map[string]*shape // kindStruct: JSON name -> field
	elem   *shape            // kindArray, kindMap
}

type shapeKind uint8

const (
	kindAny      shapeKind = iota // anything: interfaces, custom decoders
	kindScalar                    // numbers, booleans, strings
	kindStruct                    // object with known keys
	kindMap                       // object with any keys
	kindArray                     // array
	kindDate                      // civil.Date: "YYYY-MM-DD" or ""
	kindDateTime                  // time.Time: RFC 3339
)

var shapes sync.Map // reflect.Type -> *shape

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	dateType            = reflect.TypeFor[civil.Date]()
	timeType            = reflect.TypeFor[time.Time]()
)

func shapeOf(t reflect.Type) *shape {
	if s, ok := shapes.Load(t); ok {
		return s.(*shape)
	}
	s := buildShape(t, map[reflect.Type]*shape{})
	shapes.Store(t, s)
	return s
}

func buildShape(t reflect.Type, inProgress map[reflect.Type]*shape) *shape {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t {
	case dateType:
		return &shape{kind: kindDate}
	case timeType:
		return &shape{kind: kindDateTime}
	}
	if s, ok := inProgress[t]; ok {
		return s
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(unmarshalerType) || t.Implements(unmarshalerType) {
		return &shape{kind: kindAny}
	}
	switch t.Kind() {
	case reflect.Interface:
		return &shape{kind: kindAny}
	case reflect.Struct:
		s := &shape{kind: kindStruct, fields: map[string]*shape{}}
		inProgress[t] = s
		addFields(s, t, inProgress)
		return s
	case reflect.Map:
		s := &shape{kind: kindMap}
		inProgress[t] = s
		s.elem = buildShape(t.Elem(), inProgress)
		return s
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return &shape{kind: kindScalar} // base64 text
		}
		s := &shape{kind: kindArray}
		inProgress[t] = s
		s.elem = buildShape(t.Elem(), inProgress)
		return s
	}
	if pt.Implements(textUnmarshalerType) {
		return &shape{kind: kindAny}
	}
	return &shape{kind: kindScalar}
}

func addFields(s *shape, t reflect.Type, inProgress map[reflect.Type]*shape) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				addFields(s, ft, inProgress)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.Contains(opts, "string") {
			s.fields[name] = &shape{kind: kindAny}
			continue
		}
		s.fields[name] = buildShape(ft, inProgress)
	}
}
