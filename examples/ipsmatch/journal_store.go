package main

import (
	"context"
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// allContacts returns the journal's current contacts; a failed read reads
// as none.
func allContacts(j *journal.Journal) []employer.Contact {
	cs, _ := j.Contacts(context.Background(), store.Filter{})
	return cs
}

// allPlacements returns the journal's current placements; a failed read
// reads as none.
func allPlacements(j *journal.Journal) []employer.Placement {
	ps, _ := j.Placements(context.Background(), store.Filter{})
	return ps
}

// rosterOf puts on the journal's roster the specialists that contacts read
// from a data folder name, so that the folder's log can be recorded.
func rosterOf(ctx context.Context, j *journal.Journal, cs []employer.Contact) error {
	var ss []store.Specialist
	for _, c := range cs {
		if c.Specialist != "" && !slices.ContainsFunc(ss, func(s store.Specialist) bool { return s.ID == c.Specialist }) {
			ss = append(ss, store.Specialist{ID: c.Specialist})
		}
	}
	_, err := j.AddSpecialists(ctx, ss...)
	return err
}
