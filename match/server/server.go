package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/geocode"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

// Options configure a server. The zero value works once Tokens is set.
type Options struct {
	// Tokens are the accepted bearer tokens; required. Use OpenTokens on
	// the index folder's TokensFile.
	Tokens *Tokens
	// MaxBody is the largest request body accepted, in bytes; 0 means
	// 4 MiB. A larger body is a 400 (413 when the client said its length).
	MaxBody int64
	// MaxImportBody is the largest file POST /v1/import accepts, in
	// bytes; 0 means 256 MiB. Over it, nothing is written: a 413 when the
	// client said the length, a 400 when the body ran over while read.
	// While a file is sent and imported, the connection's read and write
	// deadlines are stretched to ImportTimeout.
	MaxImportBody int64
	// ImportTimeout is how long sending and importing one file may take;
	// 0 means 30 minutes.
	ImportTimeout time.Duration
	// Geocoder answers POST /v1/geocode and fills the missing coordinates
	// of imported employers and vacancies; nil leaves both off (the route
	// answers 409). The workspace's own geocoder (for clients' home
	// addresses) is set apart, in workspace.Options.
	Geocoder geocode.Geocoder
	// Today pins the day requests are answered for; zero means the current
	// date at each request.
	Today employer.Date
	// Logger receives one line per request (route, status, duration,
	// token id, role, client and record ids, counts), never preferences;
	// nil is silent.
	Logger *slog.Logger
}

// Server is the http.Handler. It is safe for concurrent use.
type Server struct {
	ws  *workspace.Workspace
	opt Options
	log *slog.Logger
	mux *http.ServeMux
	// mu lets a caseload change (which swaps the workspace's caseload,
	// engine and recording gate) wait for the requests under way, and
	// keeps new ones out until it is done.
	mu sync.RWMutex
}

// New returns the handler over an opened workspace. The workspace must be
// open for writing for the recording routes to work (they answer 409
// otherwise); the caller closes it after the server has stopped.
func New(ws *workspace.Workspace, opt Options) (*Server, error) {
	if ws == nil {
		return nil, errors.New("ipsmatch server: no workspace")
	}
	if opt.Tokens == nil {
		return nil, errors.New("ipsmatch server: Options.Tokens is nil; every request needs a token")
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = 4 << 20
	}
	if opt.MaxImportBody <= 0 {
		opt.MaxImportBody = 256 << 20
	}
	if opt.ImportTimeout <= 0 {
		opt.ImportTimeout = 30 * time.Minute
	}
	s := &Server{ws: ws, opt: opt, log: opt.Logger, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	for _, rt := range routes() {
		s.mux.Handle(rt.Method+" "+rt.Path, s.api(rt))
	}
	s.mux.HandleFunc("GET /openapi.json", s.serveOpenAPI)
	s.mountPage()
	return s, nil
}

// ServeHTTP serves the API, the OpenAPI document and the page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) today() employer.Date {
	if !s.opt.Today.IsZero() {
		return s.opt.Today
	}
	return civil.Of(time.Now())
}

// who is the token behind a request.
type who struct{ Token }

func (p *who) specialist() bool { return p.Role == RoleSpecialist }

// logNote collects what a request's log line says besides its route.
type logNote struct {
	attrs []any
}

type noteKey struct{}

// note adds ids and counts to the request's log line; never preferences.
func note(ctx context.Context, kv ...any) {
	if n, ok := ctx.Value(noteKey{}).(*logNote); ok {
		n.attrs = append(n.attrs, kv...)
	}
}

// api wraps a route: authentication, the role check, the body limit,
// the JSON answer and the log line.
func (s *Server) api(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		n := &logNote{}
		ctx := context.WithValue(r.Context(), noteKey{}, n)
		r = r.WithContext(ctx)
		status, tok := s.serveAPI(w, r, rt)
		attrs := append([]any{"method", r.Method, "route", rt.Path, "status", status,
			"ms", float64(time.Since(start).Microseconds()) / 1000}, n.attrs...)
		if tok.ID != "" {
			attrs = append(attrs, "token", tok.ID, "role", string(tok.Role))
		}
		s.log.InfoContext(ctx, "request", attrs...)
	})
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request, rt route) (int, Token) {
	tok, ok := s.authenticate(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="ipsmatch"`)
		return writeError(w, fmt.Errorf("%w: send Authorization: Bearer <token>", ErrUnauthorized)), Token{}
	}
	p := &who{tok}
	if !rt.allows(tok.Role) {
		return writeError(w, fmt.Errorf("%w: %s needs one of the roles %v", ErrForbidden, rt.Path, rt.Roles)), tok
	}
	limit := s.opt.MaxBody
	if rt.Upload != nil {
		limit = s.opt.MaxImportBody
		// A large file takes longer to send and import than the
		// server's usual deadlines allow; a recorder in tests has none.
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(s.opt.ImportTimeout))
		_ = rc.SetWriteDeadline(time.Now().Add(s.opt.ImportTimeout))
	}
	if r.ContentLength > limit {
		return writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: fmt.Sprintf("body of %d bytes is over the limit of %d", r.ContentLength, limit), Code: "too_large"}), tok
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := checkQuery(r, rt); err != nil {
		return writeError(w, err), tok
	}
	v, err := s.handle(rt, r, p)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return 499, tok
		}
		if st := statusOf(err); st == http.StatusInternalServerError {
			s.log.Error("request failed", "route", rt.Path, "err", err)
		}
		return writeError(w, err), tok
	}
	if d, ok := v.(*download); ok {
		return d.write(w), tok
	}
	return writeJSON(w, rt.status(), v), tok
}

// handle runs a route's handler under s.mu: alone for an exclusive route,
// beside others for the rest, and as the handler itself decides for a
// selfLocked one.
func (s *Server) handle(rt route, r *http.Request, p *who) (any, error) {
	switch {
	case rt.selfLocked:
	case rt.exclusive:
		s.mu.Lock()
		defer s.mu.Unlock()
	default:
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	return rt.handle(s, r, p)
}

func (s *Server) authenticate(r *http.Request) (Token, bool) {
	h := r.Header.Get("Authorization")
	scheme, secret, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return Token{}, false
	}
	return s.opt.Tokens.Lookup(strings.TrimSpace(secret))
}
