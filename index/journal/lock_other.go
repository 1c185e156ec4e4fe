//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package journal

import "os"

// lockFile does nothing where flock is not available: on such systems the
// caller must make sure only one process writes a journal.
func lockFile(*os.File) error { return nil }
