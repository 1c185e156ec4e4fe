package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/server"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "loadtest", usage: "loadtest --index DIR [--clients 50] [--duration 60s] [--today D]: serve a copy of the index on loopback and drive it with concurrent matches, leads and contact writes; prints throughput, p50/p99 latency and errors", run: runLoadtest})
}

// loadOps is the mix: what a team's applications and pages ask most.
var loadOps = []struct {
	name   string
	weight int
}{{"match", 5}, {"leads", 3}, {"contact", 2}}

func runLoadtest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "loadtest")
	dir := fs.String("index", "", "index folder to copy and serve")
	clients := fs.Int("clients", 50, "concurrent clients")
	dur := fs.Duration("duration", 60*time.Second, "how long to drive the server (at most 10m)")
	today := fs.String("today", "", "pin today's date, YYYY-MM-DD (default: the current date)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usageErr("--index is required")
	}
	if *clients < 1 || *clients > 1000 || *dur <= 0 || *dur > 10*time.Minute {
		return usageErr("--clients 1..1000 and --duration up to 10m")
	}
	day, err := optionalDate("--today", *today)
	if err != nil {
		return err
	}
	// The writes go to a copy, so a load test leaves the index untouched.
	tmp, err := os.MkdirTemp("", "ipsmatch-loadtest-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.CopyFS(tmp, os.DirFS(*dir)); err != nil {
		return fmt.Errorf("copying %s: %w", *dir, err)
	}
	_ = os.Remove(filepath.Join(tmp, server.TokensFile))
	toks, err := server.OpenTokens("")
	if err != nil {
		return err
	}
	secret, _, err := toks.Create(server.RoleIntegration, "", "loadtest")
	if err != nil {
		return err
	}
	h, ws, err := openServer(ctx, workspace.Options{Index: tmp, Today: day}, server.Options{Tokens: toks})
	if err != nil {
		return err
	}
	defer ws.Close()
	ids := ws.Caseload.IDs()
	if len(ids) == 0 {
		return fmt.Errorf("the index %s has no caseload to match for", *dir)
	}
	var emps []string
	for _, emp := range ws.Index.Employers() {
		emps = append(emps, emp.ID)
	}
	roster, err := ws.Store.Specialists(ctx)
	if err != nil || len(roster) == 0 || len(emps) == 0 {
		return fmt.Errorf("the index %s needs employers and a roster for contact writes", *dir)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- serveUntil(sctx, ln, h, "", "") }()

	base := "http://" + ln.Addr().String()
	fmt.Fprintf(e.stderr, "driving %s with %d clients for %s (a copy of %s)\n", base, *clients, *dur, *dir)
	at := time.Now().UTC().Add(-time.Minute)
	if !day.IsZero() {
		at = day.Time().Add(12 * time.Hour)
	}
	d := &driver{at: at.Format(time.RFC3339), base: base, secret: secret, ids: ids, emps: emps, roster: roster,
		http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients, MaxIdleConns: *clients}, Timeout: 30 * time.Second}}
	stats := d.run(ctx, *clients, *dur)
	stop()
	if err := <-served; err != nil {
		return err
	}
	stats.print(e.stdout, *clients)
	if stats.errors() > 0 {
		return fmt.Errorf("%d requests failed; first: %s", stats.errors(), stats.firstErr)
	}
	return nil
}

type driver struct {
	at           string // when the contacts written happen
	base, secret string
	ids, emps    []string
	roster       []store.Specialist
	http         *http.Client
	seq          atomic.Int64
}

type loadStats struct {
	mu       sync.Mutex
	lat      map[string][]time.Duration
	errs     map[string]int
	firstErr string
	elapsed  time.Duration
}

func (d *driver) run(ctx context.Context, n int, dur time.Duration) *loadStats {
	st := &loadStats{lat: map[string][]time.Duration{}, errs: map[string]int{}}
	ctx, cancel := context.WithTimeout(ctx, dur)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for ctx.Err() == nil {
				op := pickOp(rng)
				t0 := time.Now()
				err := d.do(ctx, op, rng)
				if ctx.Err() != nil {
					return // cut by the deadline: not counted
				}
				st.add(op, time.Since(t0), err)
			}
		})
	}
	wg.Wait()
	st.elapsed = time.Since(start)
	return st
}

func pickOp(rng *rand.Rand) string {
	total := 0
	for _, o := range loadOps {
		total += o.weight
	}
	k := rng.IntN(total)
	for _, o := range loadOps {
		if k < o.weight {
			return o.name
		}
		k -= o.weight
	}
	return loadOps[0].name
}

func (d *driver) do(ctx context.Context, op string, rng *rand.Rand) error {
	client := d.ids[rng.IntN(len(d.ids))]
	switch op {
	case "match":
		return d.post(ctx, "/v1/match", map[string]any{"client_id": client, "limit": 20}, http.StatusOK)
	case "leads":
		return d.post(ctx, "/v1/leads", map[string]any{"client_id": client}, http.StatusOK)
	}
	// A job-development visit for the programme as a whole: about no
	// client, so every disclosure choice allows it.
	c := map[string]any{"id": fmt.Sprintf("loadtest-%d", d.seq.Add(1)), "employer_id": d.emps[rng.IntN(len(d.emps))],
		"specialist": d.roster[rng.IntN(len(d.roster))].ID, "at": d.at,
		"type": "face_to_face", "purpose": "learn_business"}
	return d.post(ctx, "/v1/contacts", map[string]any{"contacts": []any{c}}, http.StatusCreated)
}

func (d *driver) post(ctx context.Context, path string, body any, want int) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", d.base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+d.secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != want {
		return fmt.Errorf("%s: status %d: %.200s", path, resp.StatusCode, msg)
	}
	return nil
}

func (s *loadStats) add(op string, d time.Duration, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lat[op] = append(s.lat[op], d)
	if err != nil {
		s.errs[op]++
		if s.firstErr == "" {
			s.firstErr = err.Error()
		}
	}
}

func (s *loadStats) errors() int {
	n := 0
	for _, v := range s.errs {
		n += v
	}
	return n
}

func (s *loadStats) print(w io.Writer, clients int) {
	var all []time.Duration
	fmt.Fprintf(w, "%d clients, %.1f s\n", clients, s.elapsed.Seconds())
	fmt.Fprintf(w, "%-8s %9s %10s %9s %9s %7s\n", "op", "requests", "per sec", "p50 ms", "p99 ms", "errors")
	for _, o := range loadOps {
		l := s.lat[o.name]
		all = append(all, l...)
		printRow(w, o.name, l, s.elapsed, s.errs[o.name])
	}
	printRow(w, "all", all, s.elapsed, s.errors())
}

func printRow(w io.Writer, name string, l []time.Duration, elapsed time.Duration, errs int) {
	slices.Sort(l)
	fmt.Fprintf(w, "%-8s %9d %10.1f %9.1f %9.1f %7d\n", name, len(l), float64(len(l))/elapsed.Seconds(),
		msOf(quantile(l, 0.50)), msOf(quantile(l, 0.99)), errs)
}

func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(q*float64(len(sorted))))]
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
