// Crashtest kills real writers at random moments and checks that what they
// leave behind is whole: an index folder is absent or opens, and holds only
// whole batches; a journal holds only whole batches of contacts; the CLI's
// index opens; and running the same write again converges on the result of
// a run that was never interrupted.
//
//	go run ./internal/crashtest -duration 60s -seed 1 -scenarios create,import,journal,cli
//
// Each run starts a child process (this same binary with -child, or the
// ipsmatch CLI built once), SIGKILLs it after a random delay that favours
// the first milliseconds, checks the invariants, then re-runs the write to
// completion and checks again. It prints runs, kills and violations per
// scenario and exits 1 on any violation. It needs nothing but Go.
package main
