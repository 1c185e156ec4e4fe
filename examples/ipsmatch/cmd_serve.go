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
	register(command{name: "serve", usage: "serve --index DIR [--addr 127.0.0.1:8080] [--tls-cert FILE --tls-key FILE] [--geocode SPEC] [--gtfs FEED [--depart HH:MM]] [--today D]: the HTTP API, its OpenAPI document and the specialists' page", run: runServe})
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
	maxImport := fs.Int64("max-import-body", 256<<20, "largest file POST /v1/import takes, in bytes")
	geo := fs.String("geocode", "", geocodeHelp+"; answers POST /v1/geocode, locates imported employers and vacancies, and clients whose home is an address")
	gtfs := fs.String("gtfs", "", "GTFS feed (zip or folder) for real public transport times")
	depart := fs.String("depart", "08:00", "with --gtfs, the time of day a client leaves home on the next working day")
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
	wopt := workspace.Options{Index: *dir, Today: day, StoreURL: *storeURL}
	// One geocoder serves the route, imports and clients' homes; a
	// server's answers are cached in the index folder.
	if wopt.Geocoder, err = openGeocoder(ctx, *geo, *dir); err != nil {
		return err
	}
	if wopt.Transit, err = openTransit(ctx, *gtfs, *depart); err != nil {
		return err
	}
	sopt := server.Options{MaxBody: *maxBody, MaxImportBody: *maxImport, Logger: log, Geocoder: wopt.Geocoder}
	h, ws, err := openServer(ctx, wopt, sopt)
	if err != nil {
		return err
	}
	defer ws.Close()
	// The lists searches read split ahead of them, while the first
	// requests come in; it stops with the server.
	go func() {
		if err := ws.Index.Warm(ctx); err != nil && ctx.Err() == nil {
			log.Warn("index not warmed", "err", err)
		}
	}()
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
// with the folder's tokens, or sopt's; sopt's Today is the workspace's.
func openServer(ctx context.Context, wopt workspace.Options, sopt server.Options) (*server.Server, *workspace.Workspace, error) {
	ws, err := workspace.Open(ctx, wopt)
	if err != nil {
		return nil, nil, err
	}
	if sopt.Tokens == nil {
		if sopt.Tokens, err = server.OpenTokens(filepath.Join(wopt.Index, server.TokensFile)); err != nil {
			ws.Close()
			return nil, nil, err
		}
	}
	sopt.Today = wopt.Today
	h, err := server.New(ws, sopt)
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
