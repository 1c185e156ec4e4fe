package taxonomy

import "slices"

// Readings of a title: every plausible occupation a vacancy title names,
// not only the best. A title such as "Cleaner / porter" names two kinds of
// work; reading it as one made the posting invisible to a client who asked
// for the other.
const (
	// maxReadings caps the readings Readings returns.
	maxReadings = 3
	// readingMargin is how far below the best reading another may score
	// and still be plausible.
	readingMargin = 0.2
)

// Readings returns every plausible reading of a vacancy title, best first:
// the best reading Classify gives, then others where a whole label was
// found in the title, scoring within 0.2 of the best, and naming words
// of the title that a better reading's label does not already cover (so
// "Kitchen porter" is not also read as "porter" nor as "kitchen"). At
// most three; none when Classify finds none. Each reading's Score is its
// own (see Understand); callers weigh a reading by its score against the
// first.
func (t *Taxonomy) Readings(title, lang string) []Understood {
	all := t.match.understand(t.occs, title, lang, maxUnderstood)
	if len(all) == 0 || all[0].Score < 0.5 {
		return nil
	}
	var plausible []Understood
	for _, u := range all {
		if u.Score < 0.5 || u.Score < all[0].Score-readingMargin {
			break
		}
		plausible = append(plausible, u)
	}
	out := Distinct(plausible)
	return out[:min(len(out), maxReadings)]
}

// Distinct drops, from readings best first, each whose matched label's
// words a better reading's label already holds: "hospital cleaner" read
// also as "cleaner" (office cleaner) names one kind of work, not two.
func Distinct(rs []Understood) []Understood {
	var out []Understood
	var covered [][]string
	for _, u := range rs {
		words := tokens(u.Matched)
		if slices.ContainsFunc(covered, func(c []string) bool { return subset(words, c) }) {
			continue
		}
		out = append(out, u)
		covered = append(covered, words)
	}
	return out
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
