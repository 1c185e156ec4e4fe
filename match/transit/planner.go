package transit

import (
	"context"
	"fmt"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Options shape the trips a Planner considers. The zero value leaves at
// 08:00 on the next working day, walks at most 800 m to and from stops,
// and allows two changes within two hours.
type Options struct {
	// Depart is the time of day to leave home, HH:MM; "" means 08:00.
	Depart string
	// MaxWalkMeters is the longest walk, straight line, from home to a
	// stop and from a stop to work; 0 means 800. A place within twice
	// this distance may be reached on foot all the way.
	MaxWalkMeters float64
	// MaxTransfers is the most changes between vehicles; 0 means 2,
	// negative means direct trips only.
	MaxTransfers int
	// MaxMinutes is the longest trip searched; 0 means 120.
	MaxMinutes int
	// ChangeSeconds is the least time to change vehicle at a stop; 0
	// means 60, negative means none.
	ChangeSeconds int
}

func (o Options) withDefaults() (Options, int32, error) {
	if o.Depart == "" {
		o.Depart = "08:00"
	}
	dep, err := parseTime(o.Depart + ":00")
	if err != nil || dep >= 24*3600 {
		return o, 0, fmt.Errorf("%w: depart %q is not a time of day HH:MM", ErrOptions, o.Depart)
	}
	if o.MaxWalkMeters == 0 {
		o.MaxWalkMeters = 800
	}
	if o.MaxWalkMeters < 0 || o.MaxWalkMeters > 5000 {
		return o, 0, fmt.Errorf("%w: max walk %v m is outside 0..5000", ErrOptions, o.MaxWalkMeters)
	}
	switch {
	case o.MaxTransfers == 0:
		o.MaxTransfers = 2
	case o.MaxTransfers < 0:
		o.MaxTransfers = 0
	case o.MaxTransfers > 8:
		return o, 0, fmt.Errorf("%w: %d transfers is more than 8", ErrOptions, o.MaxTransfers)
	}
	if o.MaxMinutes == 0 {
		o.MaxMinutes = 120
	}
	if o.MaxMinutes < 0 || o.MaxMinutes > 24*60 {
		return o, 0, fmt.Errorf("%w: max minutes %d is outside 0..1440", ErrOptions, o.MaxMinutes)
	}
	switch {
	case o.ChangeSeconds == 0:
		o.ChangeSeconds = 60
	case o.ChangeSeconds < 0:
		o.ChangeSeconds = 0
	}
	return o, dep, nil
}

// Planner finds earliest arrivals on one feed. It is safe for concurrent
// use; each From allocates its own working memory.
type Planner struct {
	feed   *Feed
	opt    Options
	depart int32
}

// NewPlanner returns a Planner over f.
func NewPlanner(f *Feed, opt Options) (*Planner, error) {
	opt, dep, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Planner{feed: f, opt: opt, depart: dep}, nil
}

// Options returns the planner's options with defaults filled in.
func (p *Planner) Options() Options { return p.opt }

// From is the earliest arrival at every stop leaving home at the
// planner's departure time on the first working day (Monday to Friday)
// after today: a typical journey to work.
func (p *Planner) From(ctx context.Context, home geo.Point, today civil.Date) (*Times, error) {
	return p.FromOn(ctx, home, NextWorkingDay(today))
}

// NextWorkingDay is the first Monday to Friday after today.
func NextWorkingDay(today civil.Date) civil.Date {
	d := today.AddDays(1)
	for d.Time().Weekday() == time.Saturday || d.Time().Weekday() == time.Sunday {
		d = d.AddDays(1)
	}
	return d
}

// FromOn is From on a given day. It returns ErrNoService when no trip of
// the feed runs that day.
func (p *Planner) FromOn(ctx context.Context, home geo.Point, day civil.Date) (*Times, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f := p.feed
	act := [2][]bool{make([]bool, len(f.services)), make([]bool, len(f.services))}
	running := false
	for i := range f.services {
		act[0][i] = f.services[i].runs(day)
		act[1][i] = f.services[i].runs(day.AddDays(-1))
		running = running || act[0][i]
	}
	if !running {
		return nil, fmt.Errorf("%w: no trip of the feed runs on %s (%s); is the feed out of date?", ErrNoService, day, day.Time().Weekday())
	}
	r := newRaptor(p, act)
	r.run(home)
	return &Times{p: p, r: r, home: home, day: day}, nil
}
