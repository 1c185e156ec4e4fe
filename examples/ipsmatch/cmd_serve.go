package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ipsmatch/ipsmatch/match/server"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "serve", usage: "serve --index DIR [--addr 127.0.0.1:8080] [--tls-cert FILE --tls-key FILE] [--today D]: the HTTP API, its OpenAPI document and the specialists' page", run: runServe})
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve")
	dir := fs.String("index", "", "index folder to serve (opened as its writer)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; the default is loopback only")
	cert := fs.String("tls-cert", "", "TLS certificate file (PEM); with --tls-key, serve HTTPS")
	key := fs.String("tls-key", "", "TLS private key file (PEM)")
	today := fs.String("today", "", "pin today's date, YYYY-MM-DD (default: the current date)")
	storeURL := fs.String("store", os.Getenv(storeEnv), "PostgreSQL connection string for the job-development log (default $"+storeEnv+"; none: the index folder's journal)")
	maxBody := fs.Int64("max-body", 4<<20, "largest request body, in bytes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usageErr("--index is required")
	}
	if (*cert == "") != (*key == "") {
		return usageErr("give --tls-cert and --tls-key together")
	}
	day, err := optionalDate("--today", *today)
	if err != nil {
		return err
	}
	// A service manager stops a server with SIGTERM: finish the requests
	// under way, as for Ctrl-C.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, ws, err := openServer(ctx, workspace.Options{Index: *dir, Today: day, StoreURL: *storeURL}, *maxBody, log, nil)
	if err != nil {
		return err
	}
	defer ws.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	scheme := "http"
	if *cert != "" {
		scheme = "https"
	}
	fmt.Fprintf(e.stderr, "ipsmatch serving %s on %s://%s (page at /, API under /v1/, document at %s); Ctrl-C stops\n",
		*dir, scheme, ln.Addr(), server.OpenAPIPath)
	return serveUntil(ctx, ln, h, *cert, *key)
}

// openServer opens the index folder as its writer and builds the handler
// with the folder's tokens, or the given ones.
func openServer(ctx context.Context, opt workspace.Options, maxBody int64, log *slog.Logger, toks *server.Tokens) (*server.Server, *workspace.Workspace, error) {
	dir, today := opt.Index, opt.Today
	ws, err := workspace.Open(ctx, opt)
	if err != nil {
		return nil, nil, err
	}
	if toks == nil {
		if toks, err = server.OpenTokens(filepath.Join(dir, server.TokensFile)); err != nil {
			ws.Close()
			return nil, nil, err
		}
	}
	h, err := server.New(ws, server.Options{Tokens: toks, Today: today, MaxBody: maxBody, Logger: log})
	if err != nil {
		ws.Close()
		return nil, nil, err
	}
	return h, ws, nil
}

// serveUntil serves on ln until ctx ends, then lets requests under way
// finish for up to ten seconds.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler, cert, key string) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	done := make(chan error, 1)
	go func() {
		if cert != "" {
			done <- srv.ServeTLS(ln, cert, key)
			return
		}
		done <- srv.Serve(ln)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
