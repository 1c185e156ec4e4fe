package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// testToday is the day the test town is read on.
var testToday = civil.MustParse("2026-11-30")

// fixture is a server over a fresh copy of the test town, with one token
// per role: anna.rossi's clients are luca (disclosure none) and marta
// (full); marco.bianchi's is sofia.
type fixture struct {
	t      *testing.T
	ws     *workspace.Workspace
	srv    *Server
	tokens *Tokens
	secret map[string]string // by role name; "specialist" is anna.rossi
	logs   bytes.Buffer
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ws, err := workspace.Open(context.Background(), workspace.Options{Data: "testdata/town", Today: testToday})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	f := &fixture{t: t, ws: ws, secret: map[string]string{}}
	if f.tokens, err = OpenTokens(""); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		role Role
		spec string
	}{{"specialist", RoleSpecialist, "anna.rossi"}, {"marco", RoleSpecialist, "marco.bianchi"},
		{"supervisor", RoleSupervisor, ""}, {"integration", RoleIntegration, ""}} {
		sec, _, err := f.tokens.Create(tc.role, tc.spec, tc.name)
		if err != nil {
			t.Fatal(err)
		}
		f.secret[tc.name] = sec
	}
	f.srv, err = New(ws, Options{Tokens: f.tokens, Today: testToday, Logger: logger(&f.logs)})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// response is one answer, its body decoded when it is JSON.
type response struct {
	Status int
	Body   []byte
	JSON   any
	// Type is the answer's Content-Type.
	Type   string
	Header http.Header
}

func (r response) field(name string) any {
	m, _ := r.JSON.(map[string]any)
	return m[name]
}

// do sends a request as a role ("" for no token) and checks the answer
// against the OpenAPI document: every response a test sees validates.
func (f *fixture) do(role, method, path string, body any) response {
	f.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			f.t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	return f.send(role, httptest.NewRequest(method, path, rd))
}

// upload sends a file's bytes as a route's raw body.
func (f *fixture) upload(role, path, contentType string, body []byte) response {
	f.t.Helper()
	return f.send(role, newUpload(path, contentType, string(body)))
}

func newUpload(path, contentType, body string) *http.Request {
	req := httptest.NewRequest("POST", path, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	return req
}

// must2xx fails the test unless r is a success.
func (f *fixture) must2xx(r response) response {
	f.t.Helper()
	if r.Status/100 != 2 {
		f.t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	return r
}

func (f *fixture) send(role string, req *http.Request) response {
	f.t.Helper()
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+f.secret[role])
	}
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	res := response{Status: w.Code, Body: w.Body.Bytes(), Type: w.Header().Get("Content-Type"), Header: w.Header()}
	method, path := req.Method, req.URL.String()
	if mediaType(res.Type) != "application/json" {
		if err := checkTypeAgainstDoc(method, req.URL.Path, res.Status, res.Type); err != nil {
			f.t.Errorf("%s %s answered %d with a type the OpenAPI document does not allow: %v", method, path, res.Status, err)
		}
		return res
	}
	if err := json.Unmarshal(res.Body, &res.JSON); err != nil {
		f.t.Fatalf("%s %s: answer is not JSON: %v\n%s", method, path, err, res.Body)
	}
	if err := checkAgainstDoc(method, req.URL.Path, res.Status, res.JSON); err != nil {
		f.t.Errorf("%s %s answered %d with a body the OpenAPI document does not allow: %v\n%s", method, path, res.Status, err, res.Body)
	}
	return res
}

func (f *fixture) must(role, method, path string, body any, want int) response {
	f.t.Helper()
	r := f.do(role, method, path, body)
	if r.Status != want {
		f.t.Fatalf("%s %s as %q: status %d, want %d\n%s", method, path, role, r.Status, want, r.Body)
	}
	return r
}

func (f *fixture) contactCount(t *testing.T) int {
	t.Helper()
	d, err := f.ws.Store.Contacts(context.Background(), storeAll)
	if err != nil {
		t.Fatal(err)
	}
	return len(d)
}

func contact(id, client, purpose string) map[string]any {
	c := map[string]any{"id": id, "employer_id": "bakery", "specialist": "anna.rossi",
		"at": "2026-11-27T10:00:00Z", "type": "face_to_face", "purpose": purpose}
	if client != "" {
		c["client_id"] = client
	}
	return c
}

var storeAll store.Filter

func logger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

// decode reads a JSON answer into v.
func decode(t *testing.T, r response, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("%v: %s", err, r.Body)
	}
}
