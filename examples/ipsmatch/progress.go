package main

import (
	"fmt"
	"io"
	"time"
)

// progress prints "label done/total (rate/s)" on stderr: redrawn in place
// on a terminal, a line every few seconds otherwise (logs stay readable).
type progress struct {
	w        io.Writer
	label    string
	total    int
	done     int
	start    time.Time
	last     time.Time
	terminal bool
}

func newProgress(e *env, label string, total int) *progress {
	now := time.Now()
	return &progress{w: e.stderr, label: label, total: total, start: now, last: now, terminal: e.isTerminal}
}

func (p *progress) add(n int) {
	p.done += n
	now := time.Now()
	every := 2 * time.Second
	if p.terminal {
		every = 100 * time.Millisecond
	}
	if now.Sub(p.last) < every && p.done < p.total {
		return
	}
	p.last = now
	p.print("")
}

func (p *progress) print(end string) {
	rate := float64(p.done) / max(time.Since(p.start).Seconds(), 1e-9)
	line := fmt.Sprintf("%s %d/%d (%.0f/s)", p.label, p.done, p.total, rate)
	if p.total > 0 && p.terminal {
		const width = 30
		filled := width * p.done / p.total
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < filled {
				bar[i] = '='
			}
		}
		line = fmt.Sprintf("%s [%s] %d/%d (%.0f/s)", p.label, bar, p.done, p.total, rate)
	}
	if p.terminal {
		fmt.Fprintf(p.w, "\r%s%s", line, end)
	} else {
		fmt.Fprintln(p.w, line)
	}
}

// finish prints the final line.
func (p *progress) finish() {
	if p.terminal {
		p.print("\n")
	} else if p.done < p.total {
		p.print("")
	}
}
