package match

import (
	"context"
	"fmt"
	"testing"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/samber/lo"

	"github.com/ipsmatch/ipsmatch/preference"
	"github.com/stretchr/testify/require"
)

// reference scores every vacancy in the index with the engine's factors and
// filters, with no retrieval at all. The engine must return exactly its top
// results: retrieval may save work, never change the answer.
func reference(t testing.TB, e *Engine, p preference.Profile, opt Options) []scored {
	t.Helper()
	require.NoError(t, p.Validate())
	opt = opt.withDefaults()
	w := compile(e.ix, &p, opt)
	rels := bruteRelations(e.hist, opt.Today)
	var kept []scored
	for _, en := range e.ix.Vacancies() {
		c := newCand(w, en, e.employerOf(en), rels[en.EmployerID], false)
		if w.exclude(c) != "" {
			continue
		}
		kept = append(kept, scored{e: en, score: w.score(c)})
	}
	sortScored(kept)
	return diversify(kept, opt.Limit, opt.PerEmployer)
}

// bruteRelations folds the whole log, as the engine did before the store
// kept derived state, so the reference does not share the engine's path.
func bruteRelations(h History, today employer.Date) map[string]*relation {
	out := map[string]*relation{}
	fh, ok := h.(fakeHistory)
	if !ok {
		return out
	}
	rels := employer.Relationships(fh.contacts, fh.placements, today)
	tracks := employer.TrackRecords(fh.placements, today)
	for _, id := range lo.Uniq(append(lo.Keys(rels), lo.Keys(tracks)...)) {
		r := &relation{}
		if rl, ok := rels[id]; ok {
			r.derived, r.stage, r.stageText = rl, rl.Stage, rl.Stage.String()
			r.stageScore = float64(rl.Stage) / float64(employer.StageHired)
			r.lastContact, r.learned = rl.LastContact, rl.Learned
			if rl.FollowUpOverdue {
				r.followUp, r.followUpDue = fmt.Sprintf("follow-up overdue since %s", rl.FollowUpDue), true
			} else if !rl.FollowUpDue.IsZero() {
				r.followUp = fmt.Sprintf("follow-up due %s", rl.FollowUpDue)
				r.followUpDue = !rl.FollowUpDue.After(today.AddDays(7))
			}
		}
		if tr, ok := tracks[id]; ok {
			r.track, r.starts = tr.Reason(), tr.Starts
			switch {
			case tr.Eligible90 > 0:
				r.trackScore = float64(tr.Retained90) / float64(tr.Eligible90)
			case tr.Starts > 0:
				r.trackScore = 0.5
			}
		}
		out[id] = r
	}
	return out
}

// requireSameAsReference checks the engine against the reference scorer.
func requireSameAsReference(t *testing.T, e *Engine, p preference.Profile, opt Options) Results {
	t.Helper()
	got, err := e.Match(context.Background(), p, opt)
	require.NoError(t, err)
	want := reference(t, e, p, opt)
	require.Len(t, got.Results, len(want), "client %s: result count", p.ID)
	for i := range want {
		require.Equal(t, want[i].e.ID, got.Results[i].ID, "client %s: rank %d", p.ID, i+1)
		require.InDelta(t, want[i].score, got.Results[i].score, 1e-12)
	}
	return got
}
