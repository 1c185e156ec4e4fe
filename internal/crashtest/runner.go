package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// violation is one broken invariant, named so the summary can group them.
type violation struct{ invariant, detail string }

// scenario is one kind of write to interrupt.
type scenario struct {
	name string
	// prepare runs once, in work: it builds what every run starts from and
	// makes a reference run, whose duration bounds the kill delay.
	prepare func(ctx context.Context, work string) error
	// setup lays out a run's folder before the child starts; nil for none.
	setup func(run string) error
	// cmd is the child: the write to interrupt, or to re-run to completion.
	cmd func(run string) *exec.Cmd
	// afterKill checks what the killed child left, given how many batches it
	// acknowledged on its standard output.
	afterKill func(ctx context.Context, run string, acked int) []violation
	// converged checks the folder after the re-run completed.
	converged func(ctx context.Context, run string) []violation

	refDuration time.Duration
	// refAcks are when the reference run acknowledged each batch: a batch
	// is written just before, so kills aimed there catch writes mid-way.
	refAcks []time.Duration
	// grows, when set, names the file the write appends to, and refSize
	// its size after the reference run: half the runs are then killed the
	// moment that file reaches a random size, which lands inside a write.
	grows   func(run string) string
	refSize int64
	// appears, when set, names the folder the write creates: a third of the
	// runs are then killed within 3 ms of its appearing, where creation is.
	appears func(run string) string
}

// tally is a scenario's figures.
type tally struct {
	runs, kills, finished int
	violations            map[string]int
	first                 map[string]string // one example per invariant
	failedRuns            int
}

func (t *tally) add(run string, vs []violation) {
	if len(vs) > 0 {
		t.failedRuns++
	}
	for _, v := range vs {
		if t.violations[v.invariant] == 0 {
			t.first[v.invariant] = filepath.Base(run) + ": " + v.detail
		}
		t.violations[v.invariant]++
	}
}

// delay picks when to kill: a third of the runs in the first 15 ms, where
// creation happens; a third in the 40 ms before a batch was acknowledged in
// the reference run, while it was being written; the rest spread over the
// reference run's length, squared toward its start.
func (s *scenario) delay(r *rand.Rand) time.Duration {
	switch r.IntN(3) {
	case 0:
		return time.Duration(r.Int64N(int64(15 * time.Millisecond)))
	case 1:
		if len(s.refAcks) > 0 {
			at := s.refAcks[r.IntN(len(s.refAcks))] - time.Duration(r.Int64N(int64(40*time.Millisecond)))
			return max(at, 0)
		}
	}
	u := r.Float64()
	return time.Duration(u * u * float64(s.refDuration+s.refDuration/10))
}

// when returns what the parent waits for before the kill: a delay, or,
// for a scenario whose write grows a file, that file reaching a random
// size (with the reference run's length as a time limit).
func (s *scenario) when(r *rand.Rand, run string) func() {
	limit := s.refDuration + s.refDuration/2
	if s.appears != nil && r.IntN(3) == 0 {
		path, d := s.appears(run), time.Duration(r.Int64N(int64(3*time.Millisecond)))
		return func() {
			for start := time.Now(); time.Since(start) < limit && !exists(path); {
				time.Sleep(20 * time.Microsecond)
			}
			time.Sleep(d)
		}
	}
	if s.grows == nil || s.refSize == 0 || r.IntN(2) == 0 {
		d := s.delay(r)
		return func() { time.Sleep(d) }
	}
	path, at := s.grows(run), 1+r.Int64N(s.refSize)
	return func() {
		start := time.Now()
		for time.Since(start) < limit {
			if st, err := os.Stat(path); err == nil && st.Size() >= at {
				return
			}
			time.Sleep(20 * time.Microsecond)
		}
	}
}

// loop runs the scenario until the deadline, at least once.
func (s *scenario) loop(ctx context.Context, work string, r *rand.Rand, until time.Time, keep bool) *tally {
	t := &tally{violations: map[string]int{}, first: map[string]string{}}
	for i := 0; i == 0 || time.Now().Before(until); i++ {
		if ctx.Err() != nil {
			break
		}
		run := filepath.Join(work, fmt.Sprintf("run-%05d", i))
		vs := s.once(ctx, run, s.when(r, run), t)
		t.add(run, vs)
		if len(vs) == 0 || !keep {
			_ = os.RemoveAll(run)
		}
	}
	return t
}

// once is one run: start, kill, check, re-run, check.
func (s *scenario) once(ctx context.Context, run string, wait func(), t *tally) []violation {
	t.runs++
	if err := os.MkdirAll(run, 0o755); err != nil {
		return []violation{{"setup", err.Error()}}
	}
	if s.setup != nil {
		if err := s.setup(run); err != nil {
			return []violation{{"setup", err.Error()}}
		}
	}
	acked, killed, err := killAfter(s.cmd(run), wait)
	if err != nil {
		return []violation{{"write-succeeds", "before the kill: " + err.Error()}}
	}
	if killed {
		t.kills++
	} else {
		t.finished++
	}
	vs := s.afterKill(ctx, run, acked)
	if err := complete(s.cmd(run)); err != nil {
		return append(vs, violation{"rerun-completes", err.Error()})
	}
	return append(vs, s.converged(ctx, run)...)
}

// killAfter starts c, SIGKILLs it once wait returns, and returns how many "ok" lines
// it printed and whether the kill landed before it finished. An error is a
// child that failed on its own.
func killAfter(c *exec.Cmd, wait func()) (acked int, killed bool, err error) {
	out, err := c.StdoutPipe()
	if err != nil {
		return 0, false, err
	}
	var stderr bytes.Buffer
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		return 0, false, err
	}
	done := make(chan int)
	go func() {
		n := 0
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "ok ") {
				n++
			}
		}
		done <- n
	}()
	wait()
	_ = c.Process.Signal(syscall.SIGKILL)
	acked = <-done
	werr := c.Wait()
	var ee *exec.ExitError
	switch {
	case werr == nil:
		return acked, false, nil
	case errors.As(werr, &ee) && isKilled(ee):
		return acked, true, nil
	}
	return acked, false, fmt.Errorf("%v: %s", werr, lastLine(stderr.String()))
}

func isKilled(ee *exec.ExitError) bool {
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// complete runs c to its end, within two minutes.
func complete(c *exec.Cmd) error {
	var stderr bytes.Buffer
	c.Stderr = &stderr
	c.Stdout = nil
	if err := c.Start(); err != nil {
		return err
	}
	t := time.AfterFunc(2*time.Minute, func() { _ = c.Process.Kill() })
	defer t.Stop()
	if err := c.Wait(); err != nil {
		return fmt.Errorf("%v: %s", err, lastLine(stderr.String()))
	}
	return nil
}

// timed runs c to completion and returns how long it took and when it
// acknowledged each batch.
func timed(c *exec.Cmd) (time.Duration, []time.Duration, error) {
	out, err := c.StdoutPipe()
	if err != nil {
		return 0, nil, err
	}
	var stderr bytes.Buffer
	c.Stderr = &stderr
	start := time.Now()
	if err := c.Start(); err != nil {
		return 0, nil, err
	}
	var acks []time.Duration
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "ok ") {
			acks = append(acks, time.Since(start))
		}
	}
	if err := c.Wait(); err != nil {
		return 0, nil, fmt.Errorf("%v: %s", err, lastLine(stderr.String()))
	}
	return time.Since(start), acks, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
