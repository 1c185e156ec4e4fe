// Package judged measures ranking against a judged set: clients of a
// fictional town, written from IPS practice, and graded (client, vacancy)
// pairs, from 3 (the client's first wish with every preference met) down
// to 0 (unrelated), and X (must never be shown). It scores a ranking by
// nDCG@10 and counts the X items shown, for words-only input (the client's
// words and vacancy titles, as a new user types them) and for coded input
// (occupation codes on both sides). The set in testdata is Skovhavn, a
// harbour town that is not the demo town.
package judged
